// Citations (viện dẫn) and dates in the text.
// A citation is "<type word> [số] <number> [,] [ngày <date>] [của <body>] [về …]"; the number may be
// broken across lines by a careless paste ("12-" ⏎ "HD/BTCTW") or hold spaces and en dashes.

import type { Citation, DateRef, Range } from '../model';
import { findNumbers, type NumberToken } from './numbers';
import { intern } from '../intern';
import { findDates, mentionToYmd, ymdOf } from '../dates';
import { isRegexSpace, srcEnd, srcStart, type Source } from '../text';

/** Lines startLine..endLine as one string, mapped back to the original through the lines. */
export interface Joined {
  /** Line texts joined by "\n" as typed (NFC, markup removed; plainSlice gives a part of it to quote). */
  text: string;
  src: Source;
  first: number;
  starts: number[];
  /** Index into starts of the last line found: lookups come mostly in text order. */
  hint: number;
}

export function joinViews(src: Source, startLine = 0, endLine = src.lines.length - 1): Joined {
  const starts: number[] = [],
    lines = src.lines;
  let k = 0,
    // The lines as typed, each ended by "\n" in the source: the joined text is then a slice of the source (no copy).
    // Stryker disable next-line BooleanLiteral: false takes the slower way (joining) to the same text
    asTyped = true;
  for (let i = startLine; i <= endLine; i++) {
    const l = lines[i],
      p = l.view.typed;
    starts.push(k);
    k += p.length + 1;
    if (asTyped && (p !== l.raw || src.text.charCodeAt(l.end) !== 10)) asTyped = false;
  }
  // The typed text, not folded: every pattern read on it accepts both tone placements where a word has a pair
  // ("khóa|khoá", "uỷ|ủy"), and a folded copy of each chunk was the parse's largest allocation.
  if (asTyped) {
    const text = src.text.slice(lines[startLine].start, lines[endLine].end + 1);
    return { text, src, first: startLine, starts, hint: 0 };
  }
  const parts: string[] = [];
  for (let i = startLine; i <= endLine; i++) parts.push(lines[i].view.typed);
  // Stryker disable next-line StringLiteral: what follows the last line's "\n" is no line of the chunk: never read
  parts.push(''); // the text ends with "\n": joined as one flat string, not a concatenation to flatten later
  return { text: parts.join('\n'), src, first: startLine, starts, hint: 0 };
}

/**
 * The characters of joined text [a, b) as the user wrote them (tone placement not folded), taken from
 * the lines' own plain text: a slice of the joined text would keep the whole joined chunk alive for as
 * long as the model keeps the slice.
 */
export function plainSlice(j: Joined, a: number, b: number): string {
  if (b <= a) return '';
  const first = joinedLine(j, a),
    last = joinedLine(j, b - 1);
  let out = '';
  for (let li = first; li <= last; li++) {
    const ls = j.starts[li - j.first];
    const p = j.src.lines[li].view.typed;
    const s = Math.max(0, a - ls),
      e = Math.min(p.length + 1, b - ls);
    out += e > p.length ? p.slice(s) + '\n' : p.slice(s, e);
  }
  return out;
}

/** The line (index into the source) holding joined offset a. */
export function joinedLine(j: Joined, a: number): number {
  const starts = j.starts,
    h = j.hint;
  // The line of the previous lookup, one of the next few or the one before: no search. (A shortcut: skipping it,
  // or trying fewer lines, leaves the answer to the search below.)
  if (starts[h] <= a) {
    // Stryker disable next-line EqualityOperator,ArithmeticOperator,ConditionalExpression,BlockStatement: see above
    for (let k = h; k < h + 4; k++) {
      if (k + 1 >= starts.length || starts[k + 1] > a) {
        j.hint = k;
        return j.first + k;
      }
    }
    // Stryker disable next-line all: the shortcut to the line before (see above)
  } else if (h > 0 && starts[h - 1] <= a) {
    // Stryker disable next-line all: the shortcut to the line before (see above)
    j.hint = h - 1;
    return j.first + h - 1;
  }
  let lo = 0,
    hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= a) lo = mid;
    else hi = mid - 1;
  }
  j.hint = lo;
  return j.first + lo;
}

function mapStart(j: Joined, a: number): number {
  const li = joinedLine(j, a);
  const l = j.src.lines[li];
  const i = a - j.starts[li - j.first];
  return i >= l.view.typed.length ? l.end : srcStart(l.view, i);
}
function mapEnd(j: Joined, b: number): number {
  const li = joinedLine(j, b);
  const l = j.src.lines[li];
  const i = b - j.starts[li - j.first];
  return i >= l.view.typed.length ? l.end : srcEnd(l.view, i);
}

export function joinedRange(j: Joined, a: number, b: number): Range {
  if (b <= a) {
    const s = mapStart(j, a);
    return { start: s, end: s };
  }
  return { start: mapStart(j, a), end: mapEnd(j, b - 1) };
}

const TYPE_WORDS = [
  'Nghị quyết liên tịch',
  'Thông tư liên tịch',
  'Chương trình hành động',
  'Kế hoạch liên tịch',
  'Kết luận',
  'Thông báo kết luận',
  'Thông báo',
  'Nghị quyết',
  'Quyết định',
  'Chỉ thị',
  'Quy định',
  'Quy chế',
  'Hướng dẫn',
  'Báo cáo',
  'Kế hoạch',
  'Chương trình',
  'Tờ trình',
  'Công văn',
  'Biên bản',
  'Thông tri',
  'Thông cáo',
  'Đề án',
  'Phương án',
  'Dự án',
  'Quy hoạch',
  'Nghị định',
  'Thông tư',
  'Luật',
  'Pháp lệnh',
  'Công điện',
  'Giấy phép',
  'Giấy mời',
  'Hiến pháp',
  'Lệnh',
].sort((a, b) => b.length - a.length);
const TYPE_WORDS_LOWER = TYPE_WORDS.map((w) => w.toLowerCase());
/** How far before a number its type word may start: the longest type word and "số: " fit. */
const TYPE_WINDOW = 36;
/** Lower case of the first 0x2000 code points where it is one UTF-16 unit ("Đ" → "đ", "Ố" → "ố"), else the code. */
const LOWER = new Uint16Array(0x2000);
/** Letters among the first 0x2000 code points. */
const LETTER = new Uint8Array(0x2000);
for (let c = 0; c < 0x2000; c++) {
  const ch = String.fromCharCode(c),
    lo = ch.toLowerCase();
  LOWER[c] = lo.length === 1 ? lo.charCodeAt(0) : c;
  LETTER[c] = /\p{L}/u.test(ch) ? 1 : 0;
}
// Stryker disable next-line ConditionalExpression,EqualityOperator: no type word holds U+2000 or above, nor a letter
// whose case a wrong answer here would change
const lower = (c: number) => (c < 0x2000 ? LOWER[c] : c);
const isDigit = (c: number) => c >= 48 && c <= 57;
/** The value of the run of digits digitRun read last. */
let runValue = 0;
/** Reads the next run of digits at or after text[k] into runValue; returns the offset after it. */
function digitRun(text: string, k: number, end: number): number {
  while (k < end && !isDigit(text.charCodeAt(k))) k++;
  let v = 0;
  for (; isDigit(text.charCodeAt(k)); k++) v = v * 10 + text.charCodeAt(k) - 48;
  runValue = v;
  return k;
}

/**
 * The type word that ends just before text[end] (optionally followed by "số" or "số:"), within TYPE_WINDOW
 * characters, read backwards character by character (a line break reads as a space): no string is made, and
 * this runs for every number of the draft. Returns the word as listed and its offset in text.
 */
function typeWordBefore(text: string, end: number): { word: string; index: number } | null {
  const min = Math.max(0, end - TYPE_WINDOW);
  let k = end;
  while (k > min && isRegexSpace(text.charCodeAt(k - 1))) k--;
  // "số", "số:", "số :" between the type word and the number.
  let j = k;
  if (j > min && text.charCodeAt(j - 1) === 58) j--; // ":"
  while (j > min && isRegexSpace(text.charCodeAt(j - 1))) j--;
  if (j - 2 >= min && lower(text.charCodeAt(j - 1)) === 0x1ed1 && lower(text.charCodeAt(j - 2)) === 115) {
    // "số" (NFC): the type word ends before it and the blanks in front of it
    k = j - 2;
    while (k > min && isRegexSpace(text.charCodeAt(k - 1))) k--;
  }
  for (let i = 0; i < TYPE_WORDS_LOWER.length; i++) {
    const w = TYPE_WORDS_LOWER[i];
    const at = k - w.length;
    if (at < min) continue;
    let q = w.length - 1;
    for (; q >= 0; q--) {
      const c = text.charCodeAt(at + q);
      const want = w.charCodeAt(q);
      if (want === 32 ? !(c === 32 || c === 10) : lower(c) !== want) break;
    }
    if (q >= 0) continue;
    if (at > 0) {
      const p = text.charCodeAt(at - 1);
      // Stryker disable next-line ConditionalExpression,EqualityOperator: the table holds the same answer as the test
      if (p < 0x2000 ? LETTER[p] === 1 : /\p{L}/u.test(text[at - 1])) continue;
    }
    return { word: TYPE_WORDS[i], index: at };
  }
  return null;
}
// The joined text holds "\n" between lines: a citation's parts may be wrapped onto the next line at any space.
/** Optional blanks, one line break among them; required blanks. */
const NL = '[ \\t]*\\n?[ \\t]*',
  SP = '(?:[ \\t]+\\n?|\\n)[ \\t]*';
const DATE_AFTER = new RegExp(
  `${NL},?${NL}(?:ban hành${SP})?ngày${SP}` +
    `(?:(\\d{1,2})${NL}([/\\-.])${NL}(\\d{1,2})${NL}\\2${NL}(\\d{4})` +
    `|(\\d{1,2})${SP}tháng${SP}(\\d{1,2})${SP}năm${SP}(\\d{4}))(?!\\d)`,
  'iy',
);
const LETTER_AFTER = '(?![A-Za-z\\u00C0-\\u024F\\u1E00-\\u1EFF])';
const STOP_WORDS = '(?:về|ban hành|đã|để|và|tại|trong|nhằm|cho|thì|là|được|theo|gắn|với)';
const PHRASE_CHARS = '(?:[^\\n,;:.()]|\\((?:khóa|khoá|nhiệm kỳ)[^)\\n]*\\))+?';
const PHRASE_END = `(?=[ \\t]+${STOP_WORDS}${LETTER_AFTER}|[ \\t]*[,;:.\\n]|[ \\t]*\\((?!khóa|khoá|nhiệm kỳ)|$)`;
const ISSUER_AFTER = new RegExp(`${NL},?${NL}(?:của|do)${SP}(${PHRASE_CHARS})${PHRASE_END}`, 'iy');
/** "ngày" within the 24 characters after a number, "của"/"do" within 16 (read in place, sticky: no slice). */
const NGAY_NEAR = /[^]{0,20}?ngày/iy,
  CUA_NEAR = /[^]{0,13}?của|[^]{0,14}?do/iy;
/** The most words of an issuer name's rest on the next line. */
const MAX_WRAPPED_WORDS = 12;
/** The rest of an issuer phrase wrapped onto the next line ("của Ban Tổ chức" ⏎ "Trung ương"). */
const ISSUER_MORE = new RegExp(`\\n[ \\t]*(${PHRASE_CHARS})${PHRASE_END}`, 'iy');
const BROKEN_NOT_BEFORE = String.raw`(?<![A-Za-z\u00C0-\u024F\u1E00-\u1EFF\d/])`;
const BROKEN_NOT_AFTER = String.raw`(?![A-Za-z\u00C0-\u024F\u1E00-\u1EFF\d])`;
const BROKEN_NUMBER_DASH = String.raw`(\d{1,6})[ \t]*([-\u2010-\u2014\u2212])[ \t]*\n(?:[ \t]*\n){0,3}`;
const BROKEN_CODE_PART = String.raw`[A-ZĐƯ][A-Za-zĐđƯư\d]{0,15}`;
const BROKEN_TYPE = String.raw`[ \t]*([A-ZĐƯ][A-Za-zĐđƯư]{0,7})[ \t]*\/[ \t]*`;
const BROKEN_CODE = `${BROKEN_TYPE}(${BROKEN_CODE_PART}(?:-${BROKEN_CODE_PART})*)`;
const BROKEN = new RegExp(`${BROKEN_NOT_BEFORE}${BROKEN_NUMBER_DASH}${BROKEN_CODE}${BROKEN_NOT_AFTER}`, 'g');
// A deadline phrase just before a date's digits ("trước ngày 30/11/2026"): found in one pass over the text.
const DEADLINE_BEFORE = /(?:trước|chậm nhất(?:\s+là)?|muộn nhất|hạn chót|trong)\s+(?:ngày\s+)?(?=\d)/gi;
const NO_DAMAGE: Citation['damaged'] = { spaces: false, oddDash: false, lineBreak: false }; // shared, read only

/** Joined text per chunk: about this many characters, so that every pass over a chunk finds it in the cache. */
const CHUNK_CHARS = 16_000;
/** Context read around a chunk: type words and deadline phrases before a number or date, broken numbers after. */
const CONTEXT_CHARS = 64,
  CONTEXT_LINES_AFTER = 5;

/**
 * Citations and dates of lines startLine..endLine. The lines are read in chunks (each with a little
 * context on both sides); a chunk keeps the citations and dates that start in its own lines.
 */
export function parseCitations(
  src: Source,
  startLine: number,
  endLine: number,
  chunkChars = CHUNK_CHARS,
  withDates = true,
): { citations: Citation[]; dates: DateRef[] } {
  const citations: Citation[] = [];
  const dates: DateRef[] = [];
  const len = (i: number) => src.lines[i].view.typed.length + 1;
  for (let own = startLine; own <= endLine;) {
    let ownTo = own,
      chars = len(own);
    while (ownTo < endLine && chars < chunkChars) chars += len(++ownTo);
    let from = own,
      back = 0;
    // Stryker disable next-line EqualityOperator: "<=" reads one more line only when the lines before hold exactly
    // 64 characters, more than the longest type word or deadline phrase read back (36)
    while (from > startLine && back < CONTEXT_CHARS) back += len(--from);
    let to = ownTo,
      ahead = 0,
      n = 0;
    // Stryker disable next-line EqualityOperator,ConditionalExpression,LogicalOperator: what is read after a line
    // (a wrapped date or issuer, the codes of a broken number after at most three blank lines) lies within four
    // short lines or one long one: five lines, 64 characters, either or both give the same citations
    while (to < endLine && (n < CONTEXT_LINES_AFTER || ahead < CONTEXT_CHARS)) {
      ahead += len(++to);
      n++;
    }
    parseChunk(src, from, to, own, ownTo, citations, withDates ? dates : null);
    own = ownTo + 1;
  }
  return { citations, dates };
}

function parseChunk(
  src: Source,
  startLine: number,
  endLine: number,
  ownFrom: number,
  ownTo: number,
  citations: Citation[],
  dates: DateRef[] | null,
) {
  const j = joinViews(src, startLine, endLine);
  const text = j.text;
  // Offsets of the chunk's own lines in the joined text.
  const ownStart = j.starts[ownFrom - startLine];
  const ownEnd = ownTo < endLine ? j.starts[ownTo + 1 - startLine] : text.length;
  const found: NumberToken[] = [];
  for (const t of findNumbers(text)) if (t.index >= ownStart && t.index < ownEnd) found.push(t);
  /** Numbers found broken across lines (rare: no set until one is). */
  let broken: Set<NumberToken> | null = null;
  const nFound = found.length;
  // A number broken across lines ends a line with its dash: only such lines are searched, each with
  // the few lines after it (up to three blank lines, then the codes).
  const nLines = j.starts.length;
  for (let k = ownFrom - startLine; k <= ownTo - startLine; k++) {
    const v = src.lines[startLine + k].view.typed;
    const c = v.charCodeAt(v.length - 1);
    if (!(c === 45 || (c >= 0x2010 && c <= 0x2014) || c === 0x2212)) continue;
    const from = j.starts[k];
    BROKEN.lastIndex = 0;
    const m = BROKEN.exec(text.slice(from, k + 5 < nLines ? j.starts[k + 5] : text.length));
    if (!m || m.index > v.length) continue;
    const idx = from + m.index;
    const end = idx + m[0].length;
    if (found.some((f) => f.index < end && f.end > idx)) continue;
    const typeIndex = idx + m[0].indexOf(m[3], m[0].indexOf('\n'));
    const t: NumberToken = {
      index: idx,
      end,
      shape: 'party',
      num: m[1],
      numIndex: idx,
      numEnd: idx + m[1].length,
      year: null,
      typeCode: m[3],
      typeIndex,
      issuerCode: m[4],
      spaces: [],
      oddDashes: /[\u2010-\u2014\u2212]/.test(m[2]) ? [[idx + m[1].length, idx + m[1].length + 1]] : [],
    };
    found.push(t);
    (broken ??= new Set()).add(t);
  }
  if (found.length > nFound) found.sort((a, b) => a.index - b.index); // number tokens come sorted
  for (const t of found) {
    const lineBreak = broken !== null && broken.has(t);
    const tm = typeWordBefore(text, t.index);
    const typeWord = tm ? tm.word : '';
    const typeStart = tm ? tm.index : t.index;
    let pos = t.end;
    let dateText: string | null = null,
      dateRange: Range | null = null,
      date = null;
    DATE_AFTER.lastIndex = pos;
    // "ngày" stands within a few characters of the number, or there is no date: most numbers skip the pattern.
    NGAY_NEAR.lastIndex = pos;
    // test, not exec: no match array per citation; the day, month and year are the match's three runs of digits
    // (nothing else in the pattern is a digit).
    if (NGAY_NEAR.test(text) && DATE_AFTER.test(text)) {
      const dEnd = DATE_AFTER.lastIndex;
      let k = pos;
      while (k < dEnd && !isDigit(text.charCodeAt(k))) k++;
      const dStart = k;
      k = digitRun(text, k, dEnd);
      const day = runValue;
      k = digitRun(text, k, dEnd);
      const month = runValue;
      digitRun(text, k, dEnd);
      dateText = intern(plainSlice(j, dStart, dEnd).replace(/\s*\n\s*/g, ' '));
      dateRange = joinedRange(j, dStart, dEnd);
      date = ymdOf(runValue, month, day);
      pos = dEnd;
    }
    ISSUER_AFTER.lastIndex = pos;
    CUA_NEAR.lastIndex = pos;
    const im = CUA_NEAR.test(text) ? ISSUER_AFTER.exec(text) : null;
    const issuerAt = im ? pos + im[0].indexOf(im[1]) : 0;
    let issuerPhrase = im ? plainSlice(j, issuerAt, issuerAt + im[1].length).trim() : null;
    if (im) {
      pos += im[0].length;
      // A name goes on after a line break when the next line starts with a capital or "uỷ"/"ủy" ("Tỉnh" ⏎ "ủy").
      ISSUER_MORE.lastIndex = pos;
      const more =
        text.charCodeAt(pos) === 10 && /^\n[ \t]*(?:\p{Lu}|(?:uỷ|ủy)(?!\p{L}))/u.test(text.slice(pos, pos + 8))
          ? ISSUER_MORE.exec(text)
          : null;
      // A wrapped name is the rest of one name ("Trung ương", "Thường vụ Đảng ủy Khối Doanh nghiệp tỉnh Lâm Đồng":
      // ten words); a longer run is the next sentence of a line that lacks its full stop ("… của Ủy ban nhân dân xã"
      // ⏎ "Ủy ban nhân dân xã đề nghị các thôn …").
      if (more && more[1].split(/\s+/).length <= MAX_WRAPPED_WORDS) {
        const at = pos + more[0].indexOf(more[1]);
        issuerPhrase += ' ' + plainSlice(j, at, at + more[1].length).trim();
        pos += more[0].length;
      }
      issuerPhrase = intern(issuerPhrase!);
    }
    const raw = plainSlice(j, t.numIndex, t.end);
    const wrapped = lineBreak || raw.includes('\n');
    const number = /[\s\u2010-\u2014\u2212]/.test(raw)
      ? raw.replace(/\s+/g, '').replace(/[\u2010-\u2014\u2212]/g, '-')
      : raw;
    const shape = t.shape;
    const start = mapStart(j, typeStart);
    citations.push({
      start,
      end: pos > typeStart ? mapEnd(j, pos - 1) : start,
      typeWord: intern(plainSlice(j, typeStart, typeStart + typeWord.length)),
      number,
      raw,
      shape,
      typeCode: t.typeCode === null ? null : intern(t.typeCode),
      issuerCode: t.issuerCode === null ? null : intern(t.issuerCode),
      lawYear: t.year,
      date,
      dateText,
      dateRange,
      issuerPhrase,
      line: joinedLine(j, t.index),
      numberRange: joinedRange(j, t.numIndex, t.end),
      damaged:
        t.spaces.length || t.oddDashes.length || wrapped
          ? { spaces: t.spaces.length > 0, oddDash: t.oddDashes.length > 0, lineBreak: wrapped }
          : NO_DAMAGE,
    });
  }
  if (!dates) return; // the register's index reads no dates
  const mentions = findDates(text);
  const deadlineAt = new Set<number>();
  if (mentions.length) {
    DEADLINE_BEFORE.lastIndex = 0;
    for (let m = DEADLINE_BEFORE.exec(text); m; m = DEADLINE_BEFORE.exec(text)) deadlineAt.add(m.index + m[0].length);
  }
  for (const d of mentions) {
    if (d.index < ownStart || d.index >= ownEnd) continue;
    const deadline =
      d.kind === 'words'
        ? /(?:trước|chậm nhất)\s*$/i.test(text.slice(Math.max(0, d.index - 24), d.index))
        : deadlineAt.has(d.index);
    const start = mapStart(j, d.index);
    dates.push({
      start,
      end: d.length > 0 ? mapEnd(j, d.index + d.length - 1) : start,
      dayText: d.dayText,
      monthText: d.monthText,
      yearText: d.yearText,
      date: mentionToYmd(d),
      line: joinedLine(j, d.index),
      deadline,
    });
  }
}
