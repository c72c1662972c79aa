// Header zone (thể thức đầu văn bản): party title, issuer, "*", number, place and date, type name,
// trích yếu, "-----". Components are found anywhere in the first ~15 non-empty lines, in row-wise
// (two columns on one line) or flattened (one column after the other) order.

import type { Source, Seg, View } from '../text';
import { viewRange } from '../text';
import type { Component, DateLine, DocNumber, Header, RecipientItem } from '../model';
import type { OcrDamage } from './ocr';
import { isUpperText } from '../vn';
import { typeFromTitle } from '../doctypes';
import { isRealDate } from '../dates';
import { findNumbers, isIssuerNotType } from './numbers';
import { DAMAGED_STAR, findPartyTitleLoose, matchRecipientsLabel, PARTY_TITLE_TEXT, typeFromTitleLoose } from './ocr';

const MAX_HEADER_LINES = 15;
const PARTY_TITLE = /ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM/iu;
const STATE_TITLE = /CỘNG\s+HO[ÀÃA]\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM/iu;
const STATE_MOTTO = /Độc\s+lập\s*[-–—]\s*Tự\s+do\s*[-–—]\s*Hạnh\s+phúc/iu;
/** The start of a công văn's trích yếu: "về việc …" (Party), "V/v …" (state). */
export const CONG_VAN_ABOUT = /^(?:V\/v|[Vv]ề\s+việc)\s/u;
// The colon may be typed full-width ("Số：", U+FF1A, from a Chinese or Japanese input method).
const NUMBER_LEAD = /^(Số|SỐ|So)(?![\p{L}])\s*([:.：])?\s*/u;
const PLACE = "\\p{Lu}[\\p{L}.'()\\-]*(?:\\s\\p{L}[\\p{L}.'()\\-]*){0,6}";
// A day or month left blank in a draft may have lost its spaces in a copy ("ngày tháng năm 2026").
const BLANK_OR_NUMBER = '(\\d{1,2}|\\s*?)\\s*(?<=\\s)';
const DATE_LINE = new RegExp(
  // The year may be left blank at the end of the line, whose trailing spaces the view trims ("… năm    ").
  `(${PLACE})(\\s*)(,?)\\s*ngày(\\s+)${BLANK_OR_NUMBER}tháng(\\s+)${BLANK_OR_NUMBER}năm(?:\\s+(\\d{4}|\\s*)|$)`,
  'u',
);
const MARKERS =
  /^(KHẨN|THƯỢNG KHẨN|HOẢ TỐC|HỎA TỐC|MẬT|TỐI MẬT|TUYỆT MẬT|TÀI LIỆU HỘI NGHỊ|LƯU HÀNH NỘI BỘ|DỰ THẢO.*|Dự thảo.*)$/u;
const STATE_BLANK =
  /^\s*\/\s*([A-ZĐ][A-Za-zĐđ]{0,9})(?:-([A-ZĐ][A-Za-zĐđ\d]{0,15}(?:-[A-ZĐ][A-Za-zĐđ\d]{0,15})*))?(?![\p{L}\d])/u;
export const RULE_LINE = /^(?:-{3,}|\*{3,}|_{3,}|[–—]{2,}|={3,})$/;

export function comp(v: View, line: number, vs = 0, ve = v.typed.length): Component {
  const r = viewRange(v, vs, ve);
  return { start: r.start, end: r.end, text: v.typed.slice(vs, ve), line }; // no spread: a hot path of the parser
}

/** A Nơi nhận or Kính gửi item from its component, built field by field (no spread: a hot path of the parser). */
export function recipientItem(c: Component, dash: string | null, endMark: string, isArchive: boolean): RecipientItem {
  return {
    start: c.start,
    end: c.end,
    text: c.text,
    line: c.line,
    dash,
    endMark,
    endAt: c.end,
    continuation: [],
    isArchive,
  };
}

function damaged(h: Header, c: Component, intended: string, component: OcrDamage['component']) {
  (h.ocr ??= []).push({ start: c.start, end: c.end, found: c.text, intended, component });
}

export function emptyHeader(): Header {
  return {
    zoneEnd: 0,
    partyTitle: null,
    stateMotto: [],
    issuer: [],
    star: null,
    issuerRule: null,
    number: null,
    dateLine: null,
    title: null,
    titleCode: null,
    trichYeu: [],
    separator: null,
    kinhGui: null,
  };
}

/** Where the header zone ends (exclusive line index). */
function headerZoneEnd(src: Source): number {
  const lines = src.lines;
  let nonEmpty = 0;
  let titleSeen = false;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.blank || l.pageArtifact) {
      if (titleSeen) {
        // After the title block, a blank line ends the header unless the "-----" or more title lines follow.
        let j = i + 1;
        while (j < lines.length && lines[j].blank) j++;
        if (j >= lines.length) return j;
        const next = lines[j].view.matchText;
        // Trích yếu lines start in lower case ("về …", "kết luận của …") or are capitals;
        // the opening paragraph does not.
        const titleLike =
          next.length < 140 &&
          !/[:;]$/.test(next) &&
          (isUpperText(next) || /^\p{Ll}/u.test(next) || /^V\/v\s/u.test(next));
        if (!(RULE_LINE.test(next) || titleLike)) return i;
      }
      continue;
    }
    const t = l.view.matchText;
    if (t.length > 220) return i;
    // "Kính gửi" / "Căn cứ" end the header, unless a stacked copy put the right column (Quốc hiệu, date) below.
    if (/^(?:Căn cứ|Kính gửi|Kính trình)(?![\p{L}\d])/u.test(t) && !rightColumnBelow(src, i)) return i;
    if (isSectionStart(t) && !isUpperText(t)) return i;
    // The opening paragraph ("Ngày 10 tháng 8 năm 2026, …", wrapped into short lines) or a Roman part heading.
    if (nonEmpty > 0 && (/^Ngày\s+\d/u.test(t) || /^[IVX]{1,5}\s*[.-]\s/u.test(t))) return i;
    if (titleSeen && RULE_LINE.test(t)) return i + 1;
    // The footer never stands in the header: a short draft without a title line must not lose its Nơi nhận.
    if (nonEmpty > 0 && matchRecipientsLabel(t)) return i;
    if (l.segs.some((s) => isUpperText(s.matchText) && typeFromTitle(s.matchText))) titleSeen = true;
    // A công văn's trích yếu ("về việc …", or "V/v …") stands where a title would: a blank line and a paragraph
    // after it end the header.
    if (CONG_VAN_ABOUT.test(t)) titleSeen = true;
    nonEmpty++;
    if (nonEmpty >= MAX_HEADER_LINES) return i + 1;
  }
  return lines.length;
}

/** Whether the Party title, the Quốc hiệu, the Tiêu ngữ or the place-and-date line follows within four lines. */
function rightColumnBelow(src: Source, line: number): boolean {
  for (let j = line + 1; j < src.lines.length && j <= line + 4; j++) {
    const t = src.lines[j].view.matchText;
    if (PARTY_TITLE.test(t) || STATE_TITLE.test(t) || STATE_MOTTO.test(t) || /,\s*ngày\s/u.test(t)) return true;
  }
  return false;
}

function isSectionStart(t: string): boolean {
  return /^(?:[IVX]{1,5}\s*[.-]\s|\d{1,2}\s*\.\s|\d{1,2}\.\d)/u.test(t);
}

export function parseNumberSeg(seg: View, line: number): DocNumber | null {
  const lead = NUMBER_LEAD.exec(seg.matchText);
  if (!lead) return null;
  const restAt = lead[0].length;
  const rest = seg.matchText.slice(restAt);
  const toks = findNumbers(rest, { allowBlank: true });
  const t = toks.find((x) => x.index <= 2) ?? null;
  const colon = !!lead[2];
  // Where a blank number stands: the spaces typed after "Số" / "Số:" (the lead's pattern takes them).
  const blankAt = lead[0].trimEnd().length;
  if (!t) {
    // Something after "Số" that is no number we know: keep it as an unknown shape so it can be reported.
    if (!/\d|[-/]/.test(rest)) return null;
    const c = comp(seg, line);
    // A state draft leaves the number blank before the slash: "Số:      /TB-UBND" (Nghị định 30 drafts).
    const sb = STATE_BLANK.exec(rest);
    if (sb) {
      const codeAt = restAt + sb[0].indexOf(sb[1], sb[0].indexOf('/'));
      const end = restAt + sb[0].length;
      // "/TB-UBND": type and issuer; "/UBND-VP" (a công văn): the issuer and the drafting unit, no type.
      const typed = !!sb[2] && !isIssuerNotType(sb[1]);
      const slashAt = restAt + sb[0].indexOf('/');
      const blankRange = slashAt > blankAt ? viewRange(seg, blankAt, slashAt) : viewRange(seg, slashAt, slashAt + 1);
      return {
        ...comp(seg, line, 0, end),
        shape: 'state',
        colon,
        num: '',
        typeCode: typed ? sb[1] : null,
        issuerCode: typed ? sb[2] : sb[1],
        body: viewRange(seg, restAt, end),
        numRange: blankRange,
        typeRange: typed ? viewRange(seg, codeAt, codeAt + sb[1].length) : null,
        oddDashes: [],
        spaces: [],
      };
    }
    const body = viewRange(seg, restAt, seg.matchText.length);
    return {
      start: c.start,
      end: c.end,
      text: c.text,
      line: c.line,
      shape: 'unknown',
      colon,
      num: (/^\d*/.exec(rest) ?? [''])[0],
      typeCode: null,
      issuerCode: null,
      body,
      numRange: body,
      typeRange: null,
      oddDashes: [],
      spaces: [],
    };
  }
  const endAt = restAt + t.end;
  const c = comp(seg, line, 0, endAt);
  const map = (a: number, b: number) => viewRange(seg, restAt + a, restAt + b);
  return {
    start: c.start,
    end: c.end,
    text: c.text,
    line: c.line,
    shape: t.shape === 'party' ? 'party' : 'state',
    colon,
    num: t.num,
    typeCode: t.typeCode,
    issuerCode: t.issuerCode,
    body: viewRange(seg, restAt + t.index, endAt),
    numRange: t.num
      ? map(t.numIndex, t.numEnd)
      : t.index === 0 && restAt > blankAt
        ? viewRange(seg, blankAt, restAt)
        : map(t.index, t.index + Math.max(1, t.numEnd - t.index)),
    typeRange: t.typeCode ? map(t.typeIndex, t.typeIndex + t.typeCode.length) : null,
    oddDashes: t.oddDashes.map(([a, b]) => map(a, b)),
    spaces: t.spaces.map(([a, b]) => map(a, b)),
  };
}

export function parseDateLine(v: View, line: number): DateLine | null {
  // The place-name pattern backtracks: lines without the three words cannot match and skip it. They are looked
  // for in the typed text (folding tone placement changes none of them), so most lines are never folded.
  const t = v.typed;
  // Stryker disable next-line ConditionalExpression,LogicalOperator,StringLiteral: a shortcut; the pattern needs them
  if (!t.includes('ngày') || !t.includes('tháng') || !t.includes('năm')) return null;
  const m = DATE_LINE.exec(v.matchText);
  if (!m) return null;
  const idx = m.index;
  let p = idx;
  const place = m[1];
  const placeEnd = p + place.length;
  p = placeEnd + m[2].length;
  const comma = m[3] === ',';
  const dayKwEnd = v.matchText.indexOf('ngày', p) + 4;
  const dayStart = dayKwEnd + m[4].length;
  // The pattern takes the digits or nothing (a blank is left to the spaces around): no trimming needed.
  const dayText = m[5];
  const monthKw = v.matchText.indexOf('tháng', dayStart + m[5].length);
  const monthKwEnd = monthKw + 5;
  const monthStart = monthKwEnd + m[6].length;
  const monthText = m[7];
  const yearKw = v.matchText.indexOf('năm', monthStart + m[7].length);
  const yearStart = v.matchText.slice(yearKw + 3).search(/\S|$/) + yearKw + 3;
  const yearText = m[8] ?? '';
  const y = +yearText,
    mo = +monthText,
    d = +dayText;
  // A blank part reads 0, which is no real date.
  const date = isRealDate(y, mo, d) ? { y, m: mo, d } : null;
  const c = comp(v, line, idx, idx + m[0].length);
  const r = (a: number, b: number) => viewRange(v, a, Math.max(a + 1, b));
  return {
    start: c.start,
    end: c.end,
    text: c.text,
    line: c.line,
    place,
    placeRange: r(idx, placeEnd),
    dayText,
    monthText,
    yearText,
    // A blank day or month: the spaces left for it between the words.
    dayRange: dayText ? r(dayStart, dayStart + dayText.length) : r(dayKwEnd, monthKw),
    monthRange: monthText ? r(monthStart, monthStart + monthText.length) : r(monthKwEnd, yearKw),
    // A year left blank at the end of the line: the empty place right after "năm".
    yearRange:
      m[8] === undefined ? { start: c.end, end: c.end } : r(yearStart, yearStart + Math.max(1, yearText.length)),
    comma,
    commaAt: viewRange(v, placeEnd - 1, placeEnd).end,
    date,
  };
}

export function parseHeader(src: Source): Header {
  const h = emptyHeader();
  const end = headerZoneEnd(src);
  h.zoneEnd = end;
  let titleLine = -1;
  const capsCandidates: { seg: Seg; line: number }[] = [];
  for (let i = 0; i < end; i++) {
    const l = src.lines[i];
    // A star a scan turned into "*+", "+", "**" (read on the raw line: Markdown takes "*" for emphasis).
    const rawT = l.raw.trim();
    if (!h.star && rawT !== '*' && DAMAGED_STAR.test(rawT) && capsCandidates.length > 0) {
      const at = l.start + l.raw.indexOf(rawT);
      h.star = { start: at, end: at + rawT.length, text: rawT, line: i };
      damaged(h, h.star, '*', 'star');
      continue;
    }
    if (l.blank) continue;
    const fullDate = parseDateLine(l.view, i);
    let dateTaken = false;
    for (const seg of l.segs) {
      const t = seg.matchText;
      const pt = PARTY_TITLE.exec(t);
      if (pt && !h.partyTitle) {
        h.partyTitle = comp(seg, i, pt.index, pt.index + pt[0].length);
        continue;
      }
      const loose = !pt && !h.partyTitle && isUpperText(t) ? findPartyTitleLoose(t) : null;
      if (loose) {
        // a scan damaged its letters ("ĐÁNG CỘNG SẢN VIỆT NAM"): the title is there
        h.partyTitle = comp(seg, i, loose[0], loose[1]);
        damaged(h, h.partyTitle, PARTY_TITLE_TEXT, 'partyTitle');
        continue;
      }
      const st = STATE_TITLE.exec(t) ?? STATE_MOTTO.exec(t);
      if (st) {
        h.stateMotto.push(comp(seg, i, st.index, st.index + st[0].length));
        continue;
      }
      if (!h.number || (h.number.text.startsWith('SỐ') && t.startsWith('Số'))) {
        const n = parseNumberSeg(seg, i);
        // "SỐ 2 TÂN LẬP" in the issuer block names a body ("Chi bộ Trường … số 2"): no number, no citation.
        const issuerLine = n && n.shape === 'unknown' && isUpperText(t) && !/[-/]/.test(t);
        if (n && !issuerLine) {
          h.number = n;
          continue;
        }
      }
      if (!h.dateLine) {
        const d = parseDateLine(seg, i);
        if (d) {
          h.dateLine = d;
          dateTaken = true;
          continue;
        }
      }
      if (t === '*') {
        if (!h.star) h.star = comp(seg, i);
        continue;
      }

      if (RULE_LINE.test(t)) {
        if (titleLine >= 0) {
          if (!h.separator) h.separator = comp(seg, i);
          // Stryker disable next-line Regex: t is a rule line (one character repeated): anchors change nothing
        } else if (!h.issuerRule && /^[-_*]{3,}$/.test(t)) h.issuerRule = comp(seg, i);
        continue;
      }
      if (titleLine < 0 && isUpperText(t)) {
        const dt = typeFromTitle(t);
        if (dt) {
          h.title = comp(seg, i);
          h.titleCode = dt.party[0] ?? dt.state[0] ?? null;
          titleLine = i;
          continue;
        }
        const lt = h.number || h.dateLine || h.partyTitle ? typeFromTitleLoose(t) : null;
        if (lt) {
          // "KÉT LUẬN": the type name with damaged letters
          h.title = comp(seg, i);
          h.titleCode = lt.dt.party[0] ?? lt.dt.state[0] ?? null;
          titleLine = i;
          damaged(h, comp(seg, i, 0, lt.len), lt.dt.name, 'title');
          continue;
        }
      }
      if (titleLine >= 0 && i >= titleLine) {
        if (i > titleLine || seg !== l.segs[0]) h.trichYeu.push(comp(seg, i));
        continue;
      }
      if (isUpperText(t) && !MARKERS.test(t) && !/^\d/.test(t)) capsCandidates.push({ seg, line: i });
      if (/^Kính\s+(gửi|trình)\b/u.test(t) && !h.kinhGui) h.kinhGui = comp(seg, i);
    }
    // A blank draft number or a date split by wide spaces ("Số     -KL/TU", "ngày     tháng     năm 2026")
    // only matches on the whole line; the pieces of such a line are then not issuer candidates.
    let wholeLine = false;
    if (
      !h.number &&
      NUMBER_LEAD.test(l.view.matchText) &&
      !(isUpperText(l.view.matchText) && !/[-/]/.test(l.view.matchText))
    ) {
      const n = parseNumberSeg(l.view, i);
      if (n) {
        h.number = n;
        wholeLine = true;
      }
    }
    if (!h.dateLine && !dateTaken && fullDate) {
      h.dateLine = fullDate;
      wholeLine = true;
    }
    if (wholeLine)
      while (capsCandidates.length && capsCandidates[capsCandidates.length - 1].line === i) capsCandidates.pop();
  }
  // The issuer block: upper-case lines before the star, the number or the title.
  const limitLine = Math.min(
    h.star?.line ?? Infinity,
    h.title?.line ?? Infinity,
    h.number ? h.number.line + 1 : Infinity,
  );
  for (const c of capsCandidates) {
    if (c.line < limitLine || (h.number && c.line === h.number.line)) h.issuer.push(comp(c.seg, c.line));
  }
  // Kính gửi / Kính trình may stand just below the header zone.
  if (!h.kinhGui) {
    for (let i = end; i < Math.min(src.lines.length, end + 8); i++) {
      const t = src.lines[i].view.matchText;
      if (/^Kính\s+(gửi|trình)\b/u.test(t)) {
        h.kinhGui = comp(src.lines[i].view, i);
        break;
      }
    }
  }
  return h;
}
