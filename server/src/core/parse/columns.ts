// Two-column rows whose cells were joined by one or two spaces (text copied out of a PDF viewer, or a
// Word table pasted as plain text). The text layer splits a line into cells only at a tab or a wide
// gap; here the header and footer lines are split further where one known component ends and the
// next begins: "TỈNH ỦY LÀO CAI ĐẢNG CỘNG SẢN VIỆT NAM", "Số 12-KL/TU Lào Cai, ngày …",
// "Nơi nhận: T/M BAN THƯỜNG VỤ", "- Ban Thường vụ Tỉnh ủy; PHÓ BÍ THƯ", "- Lưu VPTU. Nguyễn Văn An".

import type { Source, Seg } from '../text';
import { makeView, viewRange } from '../text';
import { isUpperText } from '../vn';
import { findNumbers } from './numbers';
import { findPartyTitleLoose, matchRecipientsLabel } from './ocr';

// Read on the typed text (the cells are cut before any folding): both tone placements, "HÒA" and "HOÀ".
const STATE_TITLE = /CỘNG\s+(?:HO[ÀÃA]|H[ÒÕ]A)\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM/giu;
/** The Tiêu ngữ, also with its hyphens lost in a PDF copy ("Độc lập Tự do Hạnh phúc": state-motto-format). */
const STATE_MOTTO = /Độc\s+lập(?:\s*[-–—]\s*|\s+)Tự\s+do(?:\s*[-–—]\s*|\s+)Hạnh\s+phúc/giu;
const NUMBER_AT = /(?:^|(?<=\s))(?:Số|SỐ)(?![\p{L}])\s*[:.]?\s*/gu;
const DATE_AT = /,?\s*ngày\s+(?:\d{1,2}\s+)?tháng\s/gu;
const AUTHORITY_AT = /(?<=\s)(?:T\/M|K\/T|T\/L|TM\.|KT\.|TL\.|TUQ\.)\s*(?=\p{Lu})/gu;
/** The end of a recipient item, then the right-hand cell. */
const ITEM_END_TAIL = /[,;.:)]\s+(?=\S)/gu;
const ITEM_START = /^[-–—•+]\s*/u;
/** A title in capitals: words of capital letters only ("PHÓ BÍ THƯ", "CHÁNH VĂN PHÒNG"). */
const CAPS_WORDS = /^\p{Lu}+(?:\s+\p{Lu}+)+$/u;
/** A person's name: two to six capitalised words (an honorific in front is allowed). */
const NAME = /^(?:(?:TS|ThS|PGS|GS|CN|KS|BS|PGS\.TS|GS\.TS)\.\s*)?\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,5}$/u;

/** Column given to a right-hand cell split off a row (the footer reads columns from 25 on as the right one). */
const RIGHT_COLUMN = 40;
/** The longest right-hand cell of a footer row ("PHÓ BÍ THƯ THƯỜNG TRỰC", "T/M BAN CHẤP HÀNH ĐẢNG BỘ …"). */
const RIGHT_CELL_MAX = 60;

/** A cell of seg from view offset a to b, as a segment of its own (trimmed; null when blank). */
function cell(src: Source, seg: Seg, lineStart: number, a: number, b: number): Seg | null {
  const t = seg.typed;
  while (a < b && t.charCodeAt(a) === 32) a++;
  while (b > a && t.charCodeAt(b - 1) === 32) b--;
  if (a >= b) return null;
  if (a === 0 && b === t.length) return seg;
  const r = viewRange(seg, a, b);
  const v = makeView(src.text, r.start, r.end);
  v.col = v.start - lineStart;
  return v.typed.length ? v : null;
}

function cutSeg(src: Source, seg: Seg, lineStart: number, cuts: number[]): Seg[] {
  const pts = [...new Set(cuts.filter((c) => c > 0 && c < seg.typed.length))].sort((x, y) => x - y);
  if (!pts.length) return [seg];
  const out: Seg[] = [];
  let a = 0;
  for (const p of [...pts, seg.typed.length]) {
    const c = cell(src, seg, lineStart, a, p);
    if (c) out.push(c);
    a = p;
  }
  return out.length ? out : [seg];
}

/** Where the place name of a date line starts: the capitalised words before ", ngày", not in capitals. */
function placeStart(t: string, at: number): number {
  const words = [...t.slice(0, at).matchAll(/\S+/gu)];
  let s = at;
  for (let k = words.length - 1; k >= 0 && k >= words.length - 7; k--) {
    const w = words[k][0];
    const abbrev = /^\p{Lu}\p{L}{0,2}\.$/u.test(w); // "TP.", "Tp."
    if (!/^\p{Lu}/u.test(w) || /\d/.test(w) || (isUpperText(w) && !abbrev)) break;
    s = words[k].index!;
  }
  return s;
}

/** Cut points of a header cell: around the Party title, the Quốc hiệu, the Tiêu ngữ, the number and the date. */
export function headerCuts(t: string): number[] {
  // Stryker disable next-line ArrayDeclaration: cut points outside the cell are dropped (cutSeg)
  const cuts: number[] = [];
  const loose = findPartyTitleLoose(t); // also with letters damaged by a scan
  if (loose && isUpperText(t.slice(loose[0], loose[1]))) cuts.push(loose[0], loose[1]);
  for (const re of [STATE_TITLE, STATE_MOTTO]) {
    re.lastIndex = 0;
    for (let m = re.exec(t); m; m = re.exec(t)) cuts.push(m.index, m.index + m[0].length);
  }
  NUMBER_AT.lastIndex = 0;
  for (let m = NUMBER_AT.exec(t); m; m = NUMBER_AT.exec(t)) {
    const rest = t.slice(m.index + m[0].length);
    const tok = findNumbers(rest).find((x) => x.index === 0);
    if (tok) cuts.push(m.index, m.index + m[0].length + tok.end);
  }
  DATE_AT.lastIndex = 0;
  const d = DATE_AT.exec(t);
  // A cut at 0 is dropped (cutSeg).
  // Stryker disable next-line ConditionalExpression,EqualityOperator: see above
  if (d && d.index > 0) {
    const ps = placeStart(t, d.index);
    if (ps > 0 && ps < d.index) cuts.push(ps);
  }
  if (/^\*\s+\S/u.test(t)) cuts.push(1);
  return cuts;
}

/** No cut points (shared: the answer for most lines; read only). */
const NO_CUTS: number[] = [];

/** Cut points of a footer cell: after the Nơi nhận label, before an authority, a title or a name on the right. */
export function footerCuts(t: string): number[] {
  const lm = matchRecipientsLabel(t);
  if (lm && lm.len < t.length) {
    const rest = t.slice(lm.len);
    if (isUpperText(rest) && !ITEM_START.test(rest)) return [lm.len];
  }
  const item = ITEM_START.test(t);
  if (!item && !lm) return NO_CUTS;
  // A right-hand cell is short and ends the line: only the end of a long line is searched.
  const from = Math.max(0, t.length - RIGHT_CELL_MAX);
  AUTHORITY_AT.lastIndex = from;
  for (let m = AUTHORITY_AT.exec(t); m; m = AUTHORITY_AT.exec(t)) {
    if (isUpperText(t.slice(m.index))) return [m.index];
  }
  ITEM_END_TAIL.lastIndex = from;
  for (let m = ITEM_END_TAIL.exec(t); m; m = ITEM_END_TAIL.exec(t)) {
    const at = m.index + m[0].length;
    const tail = t.slice(at);
    if (CAPS_WORDS.test(tail) || NAME.test(tail)) return [at];
  }
  return NO_CUTS;
}

/** Splits the cells of lines [from, to) with `cutsOf`. The lines' segments are replaced in place. */
export function splitRows(src: Source, from: number, to: number, cutsOf: (t: string) => number[]): void {
  for (let i = Math.max(0, from); i < to && i < src.lines.length; i++) {
    const l = src.lines[i];
    if (l.blank || l.raw.length > 4000) continue;
    if (l.segCount === 1) {
      // One column (most lines): the line's view is its only cell; no array is made unless it is cut.
      const seg = l.view as Seg;
      const cuts = cutsOf(seg.typed);
      if (!cuts.length) continue;
      const parts = cutSeg(src, seg, l.start, cuts);
      if (parts.length > 1) {
        for (let k = 1; k < parts.length; k++) parts[k].col = Math.max(parts[k].col, RIGHT_COLUMN);
        l.segs = parts;
      }
      continue;
    }
    const cur = l.segs; // read once: a one-column line hands out a new array on each read
    // Cells after the first one of a row (split at a tab or a gap, or cut below) are the right-hand column.
    for (let k = 1; k < cur.length; k++) cur[k].col = Math.max(cur[k].col, RIGHT_COLUMN);
    // The new cells, made only once a cell has cut points (most lines have none).
    let segs: Seg[] | null = null;
    let changed = false;
    for (let s = 0; s < cur.length; s++) {
      const seg = cur[s];
      const cuts = cutsOf(seg.typed); // plain text (same offsets): a body line's folded copy is never made
      if (!cuts.length) {
        segs?.push(seg);
        continue;
      }
      segs ??= cur.slice(0, s);
      const parts = cutSeg(src, seg, l.start, cuts);
      if (parts.length > 1) {
        changed = true;
        // A cell cut off the right of a row stands in the right-hand column, however close it was typed; so do all
        // the pieces of a cell that already stood right of a gap.
        for (let k = s > 0 ? 0 : 1; k < parts.length; k++) parts[k].col = Math.max(parts[k].col, RIGHT_COLUMN);
      }
      segs.push(...parts);
    }
    if (changed) l.segs = segs!;
  }
}
