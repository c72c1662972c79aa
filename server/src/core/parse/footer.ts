// Footer: the Nơi nhận block (items, wrapped lines) and the signature block (authority, titles,
// signer name), in flattened order (one after the other) or row-wise (two columns on a line),
// then an appendix (Phụ lục) after the signature.

import type { Source, Seg, View } from '../text';
import { viewRange } from '../text';
import type { Recipients, RecipientItem, Signature, Component } from '../model';
import { foldTone, isUpperText } from '../vn';
import { HONORIFICS } from '../profiles/party-common';
import { comp, recipientItem } from './header';
import { matchRecipientsLabel } from './ocr';

export const AUTHORITY = /^(T\/M\.?|K\/T\.?|T\/L\.?|TM\.|KT\.|TL\.|TUQ\.|Q\.)\s*(.*)$/u;
const ITEM_DASH = /^([-–—•+])\s*/u;
const APPENDIX = /^(?:Phụ\s+lục|PHỤ\s+LỤC)(?![\p{L}])/u;
const LEFT_COLUMN_MAX = 25;
/** "NguyenVanAn-15", "ABC-268", "PL.(300)": the drafter's (typist's) code and the number of copies. */
export const DRAFTER_CODE = /^[A-Za-z][A-Za-z.]{1,40}\s?[-.]?\s?\(?\d{1,4}\)?$/;

const HONORIFIC_RE = new RegExp(
  '^((?:' +
    [...HONORIFICS]
      .sort((a, b) => b.length - a.length)
      .map((h) => h.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\. /g, '\\.\\s*'))
      .join('|') +
    ')\\s*)',
  'u',
);

/** A person's name: two to six capitalised words, optionally after an honorific. */
export function nameLike(t: string): { honorific: string; name: string } | null {
  const hm = HONORIFIC_RE.exec(t);
  const honorific = hm ? hm[1] : '';
  const rest = t.slice(honorific.length);
  if (!/^\p{Lu}[\p{Ll}]*\.?(?:\s+\p{Lu}[\p{Ll}]*\.?){1,5}$/u.test(rest)) return null;
  if (isUpperText(rest) && rest.replace(/\s/g, '').length > 3) return null;
  return { honorific, name: rest };
}

/** Words of titles and bodies: a line holding one of them is no person's name. */
const TITLE_WORDS = new RegExp(
  '(?<!\\p{L})(?:' +
    [
      'BÍ THƯ',
      'PHÓ',
      'CHỦ TỊCH',
      'CHỦ NHIỆM',
      'CHỦ TRÌ',
      'TRƯỞNG',
      'GIÁM ĐỐC',
      'UỶ VIÊN',
      'UỶ BAN',
      'BAN',
      'ĐẢNG',
      'VĂN PHÒNG',
      'KIÊM',
      'THƯỜNG TRỰC',
      'THƯỜNG VỤ',
      'CHÁNH',
      'TỔNG',
      'TỈNH',
      'HUYỆN',
      'XÃ',
      'PHƯỜNG',
      'HỘI ĐỒNG',
      'CHỈ HUY',
      'THỦ TƯỚNG',
      'BỘ',
      'CỤC',
      'VIỆN',
      'HIỆU',
      'ĐOÀN',
      'NGƯỜI',
      'THƯ KÝ',
      'TRUNG ƯƠNG',
      'KIỂM TRA',
      'TỔ CHỨC',
      'NHÂN DÂN',
      'MẶT TRẬN',
      'CÔNG AN',
      'QUÂN SỰ',
      'THÀNH',
      'QUẬN',
      'THỊ UỶ',
      'CHI BỘ',
      'HỘI',
    ].join('|') +
    ')(?!\\p{L})',
  'u',
);

/** A person's name typed in capitals: two to five words of capital letters, no title word. */
export function capsNameLike(t: string): boolean {
  return /^\p{Lu}{1,7}(?:\s+\p{Lu}{1,7}){1,4}$/u.test(t) && !TITLE_WORDS.test(foldTone(t));
}

function leftSeg(segs: Seg[]): Seg | null {
  return segs.length && segs[0].col < LEFT_COLUMN_MAX ? segs[0] : null;
}

export function findRecipientsLabel(src: Source, from: number): { line: number; seg: Seg } | null {
  for (let i = src.lines.length - 1; i >= from; i--) {
    for (const seg of src.lines[i].segs) {
      if (seg.matchText.length < 40 && matchRecipientsLabel(seg.matchText)) return { line: i, seg };
    }
  }
  return null;
}

export function parseRecipients(src: Source, labelLine: number, labelSeg: Seg): Recipients {
  const lm = matchRecipientsLabel(labelSeg.matchText) ?? { len: 0, damaged: false };
  const label = comp(labelSeg, labelLine, 0, lm.len);
  const items: RecipientItem[] = [];
  let dashless = false;
  let blanks = 0;
  let drafterCode: Component | null = null;
  const rest = labelSeg.matchText.slice(lm.len).trim();
  const startLine = rest ? labelLine : labelLine + 1;
  for (let i = startLine; i < src.lines.length; i++) {
    const l = src.lines[i];
    if (l.blank || l.pageArtifact) {
      blanks++;
      if (items.length && blanks >= 3) break;
      continue;
    }
    const seg: View | null = i === labelLine ? labelSeg : leftSeg(l.segs);
    if (!seg) continue; // right column only (signature side of a row-wise footer)
    let vs = 0;
    if (i === labelLine) vs = labelSeg.matchText.indexOf(rest);
    const t = seg.matchText.slice(vs);
    // A title line of the signature that a copy put between the items ("KIÊM CHỦ TỊCH …" flattened to the
    // left) is skipped when items follow it; otherwise the list has ended.
    if (items.length && isUpperText(t) && !ITEM_DASH.test(t) && !AUTHORITY.test(t) && nextStartsItem(src, i)) continue;
    if (AUTHORITY.test(t) || (isUpperText(t) && !ITEM_DASH.test(t)) || APPENDIX.test(t)) break;
    if (items.length && blanks >= 1 && !ITEM_DASH.test(t)) break;
    if (nameLike(t) && !ITEM_DASH.test(t) && items.length) break;
    // The drafter's code and copy count under the list ("NguyenVanAn-15", HD05 ô 12): not an item.
    if (items.length && DRAFTER_CODE.test(t)) {
      drafterCode = comp(seg, i, vs, seg.matchText.length);
      continue;
    }
    blanks = 0;
    const dm = ITEM_DASH.exec(t);
    // A line without "- " after an item that ended with ";" or "." starts a new item (a wrapped line only
    // continues an item that has not ended); after "," too, unless the item already lists with commas
    // ("- Đ/c Phan Văn A, UVBTVTU," ⏎ "Giám đốc Công an tỉnh,": the roles of one person go on).
    const prev = items[items.length - 1];
    const prevEnded =
      !!prev &&
      (/[;.]/.test(prev.endMark) ||
        (prev.endMark === ',' && !prev.continuation.length && !prev.text.slice(0, -1).includes(',')));
    if (dm || !items.length || dashless || prevEnded) {
      if (!items.length && !dm) dashless = true;
      const c = comp(seg, i, vs, seg.matchText.length);
      const body = dm ? t.slice(dm[0].length) : t;
      items.push(recipientItem(c, dm ? dm[1] : null, t.slice(-1), /^Lưu(?![\p{L}])/u.test(body)));
    } else {
      const prev = items[items.length - 1];
      const c = comp(seg, i, vs, seg.matchText.length);
      prev.continuation.push(c);
      prev.endMark = t.slice(-1);
      prev.endAt = c.end;
    }
  }
  return { label, items, drafterCode };
}

/** Whether the next line starts a Nơi nhận item (a blank line or the end of the text do not). */
function nextStartsItem(src: Source, line: number): boolean {
  const l = src.lines[line + 1];
  return !!l && !l.blank && ITEM_DASH.test(l.view.matchText);
}

/** Finds the signature block: the authority line (or a direct title), titles, then the name. */
export function parseSignature(src: Source, from: number, preferLine: number): Signature | null {
  let auth: { line: number; seg: Seg; m: RegExpExecArray } | null = null;
  const candidates: { line: number; seg: Seg; m: RegExpExecArray }[] = [];
  for (let i = from; i < src.lines.length; i++) {
    for (const seg of src.lines[i].segs) {
      const m = AUTHORITY.exec(seg.matchText);
      if (m && (m[2] === '' || isUpperText(m[2]))) candidates.push({ line: i, seg, m });
    }
  }
  if (candidates.length) {
    auth = candidates.find((c) => c.line >= preferLine - 2) ?? candidates[candidates.length - 1];
  }
  let startLine: number;
  let authority: Component | null = null;
  let kind: string | null = null;
  let body = '';
  const titles: Component[] = [];
  if (auth) {
    authority = comp(auth.seg, auth.line);
    kind = auth.m[1];
    body = auth.m[2]; // after the spaces the pattern takes, to the end of a trimmed cell
    startLine = auth.line + 1;
    // "T/M BAN THƯỜNG VỤ" may be followed on the same line by nothing else; titles come below.
  } else {
    // A direct title: an upper-case line near the end (or beside the Nơi nhận label) followed by a name.
    const direct = findDirectTitle(src, Math.max(from, preferLine));
    if (!direct) return null;
    titles.push(comp(direct.seg, direct.line));
    startLine = direct.line + 1;
  }
  let name: Component | null = null;
  let honorific: Signature['honorific'] = null;
  let lastLine = auth ? auth.line : titles[0].line;
  const sigCol = auth ? auth.seg.col : 0;
  for (let i = startLine; i < src.lines.length && i < startLine + 16; i++) {
    const l = src.lines[i];
    if (l.blank) continue;
    let stop = false;
    for (const seg of l.segs) {
      const t = seg.matchText;
      if (ITEM_DASH.test(t) || matchRecipientsLabel(t)) continue;
      // left column of a row-wise footer
      if (sigCol >= LEFT_COLUMN_MAX && seg.col < LEFT_COLUMN_MAX && l.segs.length > 1) continue;
      if (/^\(.*\)$/u.test(t)) continue; // "(Đã ký)", "(Ký, đóng dấu)"
      if (APPENDIX.test(t)) {
        stop = true;
        break;
      }
      if (!name && isUpperText(t) && !AUTHORITY.test(t)) {
        titles.push(comp(seg, i));
        lastLine = i;
        continue;
      }
      if (!name && /^kiêm$/iu.test(t)) {
        titles.push(comp(seg, i));
        continue;
      }
      const nl = nameLike(t);
      if (nl && !name) {
        const c = comp(seg, i);
        if (nl.honorific) {
          const r = viewRange(seg, 0, nl.honorific.trimEnd().length);
          honorific = { ...r, text: nl.honorific.trim() };
          name = {
            ...viewRange(seg, nl.honorific.length, t.length),
            text: seg.typed.slice(nl.honorific.length),
            line: i,
          };
        } else name = c;
        lastLine = i;
        stop = true;
        break;
      }
      if (seg.col < LEFT_COLUMN_MAX && sigCol < LEFT_COLUMN_MAX && !isUpperText(t)) {
        stop = true;
        break;
      }
    }
    if (stop) break;
  }
  // A signer name typed in capitals ("NGUYỄN VĂN AN") was read as one more title line: it is the name.
  let nameInCapitals = false;
  const firstTitle = authority ? 0 : 1;
  if (!name && titles.length > firstTitle) {
    const last = titles[titles.length - 1];
    // Stryker disable next-line OptionalChaining: a title line always has the authority or a title above it
    if (capsNameLike(last.text) && src.lines[last.line - 1]?.blank) {
      name = titles.pop()!;
      nameInCapitals = true;
    }
  }
  return {
    authorityKind: kind,
    authorityBody: body,
    authority,
    titles,
    name,
    honorific,
    firstLine: authority ? authority.line : titles[0].line,
    lastLine,
    nameInCapitals,
  };
}

const KNOWN_TITLES = new RegExp(
  [
    String.raw`^(?:PHÓ\s+)?(?:TỔNG\s+)?(?:BÍ\s+THƯ|TRƯỞNG\s+BAN|CHÁNH\s+VĂN\s+PHÒNG|GIÁM\s+ĐỐC|CHỦ\s+TỊCH|`,
    String.raw`CHỦ\s+NHIỆM|TRƯỞNG\s+ĐOÀN|CHỦ\s+TRÌ|NGƯỜI\s+GHI|THƯ\s+KÝ|VIỆN\s+TRƯỞNG|HIỆU\s+TRƯỞNG|`,
    String.raw`CỤC\s+TRƯỞNG|VỤ\s+TRƯỞNG|BỘ\s+TRƯỞNG|THỦ\s+TƯỚNG|TRƯỞNG\s+PHÒNG)`,
  ].join(''),
  'u',
);

function findDirectTitle(src: Source, from: number): { line: number; seg: Seg } | null {
  for (let i = from; i < src.lines.length; i++) {
    for (const seg of src.lines[i].segs) {
      if (KNOWN_TITLES.test(seg.matchText) && isUpperText(seg.matchText)) {
        // Must be followed within a few lines by a name.
        for (let j = i + 1; j < Math.min(src.lines.length, i + 10); j++) {
          if (src.lines[j].segs.some((s) => nameLike(s.matchText))) return { line: i, seg };
        }
      }
    }
  }
  return null;
}

export function findAppendix(src: Source, from: number): number {
  for (let i = from; i < src.lines.length; i++) {
    const t = src.lines[i].view.matchText;
    if (APPENDIX.test(t) && t.length < 120) return i;
    for (const s of src.lines[i].segs) if (APPENDIX.test(s.matchText) && s.matchText.length < 120) return i;
  }
  return -1;
}
