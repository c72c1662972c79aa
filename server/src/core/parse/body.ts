// Body: the opening paragraph and the outline tree of numbered sections
// (I./I- → 1. → 1.1. → a)). Parsing never fails: an odd line is just text.

import type { Source } from '../text';
import { viewRange } from '../text';
import type { Component, Section } from '../model';
import { intToRoman, isUpperText, romanToInt } from '../vn';
import { comp, RULE_LINE } from './header';

const ROMAN = /^((?:X{0,3})(?:IX|IV|V?I{0,3}))\s*([.\-–])(?=\s|\p{Lu})\s*/u;
const DECIMAL = /^(\d{1,2}(?:\.\d{1,2})+)(\.?)(?=\s)\s*/u;
const ARABIC = /^(\d{1,2})\s*([.\-–])(?=\s)\s*/u;
const LETTER = /^([a-zđ])\)(?=\s|\p{L})\s*/u;
const DIEU = /^(Điều\s+(\d{1,3}))\s*[.:]\s*/u;
const PAREN = /^\((\d{1,2})\)\.?(?=\s)\s*/u;
/** "Phần thứ nhất", "PHẦN THỨ HAI", "Phần I", "PHẦN 2" (parts of a long document, above the Roman sections). */
const PART = /^((?:Phần|PHẦN)\s+((?:thứ|THỨ)\s+\p{L}+|[IVX]{1,5}|\d{1,2}))(?!\p{L})\s*[.:\-–]?\s*/u;

const PART_WORDS = ['nhất', 'hai', 'ba', 'tư', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười'];
/** The ordinal of a part number as written ("thứ nhất" 1, "THỨ TƯ" 4, "II" 2, "3" 3), or null. */
export function partOrdinal(n: string): number | null {
  const w = /^(?:thứ|THỨ)\s+(\p{L}+)$/u.exec(n);
  if (w) {
    const word = w[1].toLocaleLowerCase('vi');
    const i = PART_WORDS.indexOf(word === 'bốn' ? 'tư' : word);
    return i >= 0 ? i + 1 : null;
  }
  if (/^\d+$/.test(n)) return +n;
  return romanToInt(n);
}
/** The part number n written in the style of `like`. */
export function spellPart(like: string, n: number): string {
  const w = /^(thứ|THỨ)\s+(\p{L}+)$/u.exec(like);
  if (w) {
    const word = PART_WORDS[n - 1] ?? String(n);
    return `${w[1]} ${w[1] === 'THỨ' ? word.toLocaleUpperCase('vi') : word}`;
  }
  return /^\d+$/.test(like) ? String(n) : intToRoman(n);
}

export function rankOf(s: Pick<Section, 'kind' | 'depth'>): number {
  switch (s.kind) {
    case 'part':
      return -1;
    case 'roman':
      return 0;
    case 'dieu':
      return 1;
    case 'arabic':
      return 2;
    case 'paren':
      return 15;
    case 'decimal':
      return 2 + s.depth - 1;
    case 'letter':
      return 20;
  }
}

const KIND_CODE: Record<Section['kind'], number> = {
  part: 7,
  roman: 1,
  dieu: 2,
  arabic: 3,
  decimal: 4,
  paren: 5,
  letter: 6,
};
/** One number per numbering level (kind and depth), for grouping sections without building strings. */
export function levelKey(s: Pick<Section, 'kind' | 'depth'>): number {
  return KIND_CODE[s.kind] * 1000 + s.depth;
}

/** Recognises a numbered heading at the start of a line view. */
export function matchHeading(
  t: string,
): { kind: Section['kind']; depth: number; number: string; sep: string; len: number; numLen: number } | null {
  // Cheap first-character filter: headings start with a Roman numeral, a digit, "(", "Đ" (Điều) or a letter and ")".
  const c0 = t.charCodeAt(0);
  const digit = c0 >= 48 && c0 <= 57;
  if (!digit && c0 !== 40 && t[1] !== ')' && !/^[IVXĐP]/.test(t)) return null;
  const p = PART.exec(t);
  if (p) return { kind: 'part', depth: 1, number: p[2], sep: '', len: p[0].length, numLen: p[1].length };
  let m = DIEU.exec(t);
  if (m) return { kind: 'dieu', depth: 1, number: m[2], sep: '.', len: m[0].length, numLen: m[1].length };
  m = PAREN.exec(t);
  if (m) return { kind: 'paren', depth: 1, number: m[1], sep: ')', len: m[0].length, numLen: m[1].length + 2 };
  m = ROMAN.exec(t);
  if (m && m[1] && romanToInt(m[1]))
    return {
      kind: 'roman',
      depth: 1,
      number: m[1],
      sep: m[2],
      len: m[0].length,
      numLen: m[1].length + (t.slice(m[1].length).indexOf(m[2]) + 1),
    };
  m = DECIMAL.exec(t);
  if (m)
    return {
      kind: 'decimal',
      depth: m[1].split('.').length,
      number: m[1],
      sep: m[2],
      len: m[0].length,
      numLen: m[1].length + m[2].length,
    };
  m = ARABIC.exec(t);
  if (m)
    return {
      kind: 'arabic',
      depth: 1,
      number: m[1],
      sep: m[2],
      len: m[0].length,
      numLen: m[1].length + (t.slice(m[1].length).indexOf(m[2]) + 1),
    };
  m = LETTER.exec(t);
  if (m) return { kind: 'letter', depth: 1, number: m[1], sep: ')', len: m[0].length, numLen: 2 };
  return null;
}

export function parseBody(src: Source, start: number, end: number): { opening: Component | null; sections: Section[] } {
  const roots: Section[] = [];
  const stack: Section[] = [];
  let opening: Component | null = null;
  let anySection = false;
  let quoteDepth = 0;
  for (let i = start; i <= end && i < src.lines.length; i++) {
    const l = src.lines[i];
    if (l.blank || l.pageArtifact) continue;
    const t = l.view.typed; // numbers, quotes and rule lines hold no tone marks: the folded text is not needed
    if (RULE_LINE.test(t)) continue;
    // Numbering inside a quoted passage (“(4) Tổ chức, cá nhân …”) belongs to the quoted text.
    const quoted = quoteDepth > 0 || t.startsWith('“');
    if (quoteDepth > 0 || t.includes('“'))
      quoteDepth = Math.max(0, quoteDepth + (t.match(/“/g)?.length ?? 0) - (t.match(/”/g)?.length ?? 0));
    const h = quoted ? null : matchHeading(t);
    if (!h) {
      if (!opening && !anySection) opening = comp(l.view, i);
      continue;
    }
    let title = headingTitle(l.view.typed, h.len);
    // "Phần thứ nhất" stands alone; its title is the upper-case line under it.
    if (h.kind === 'part' && !title) title = partTitleBelow(src, i + 1, end);
    const s: Section = {
      kind: h.kind,
      depth: h.depth,
      number: h.number,
      sep: h.sep,
      markup: l.view.markup,
      title,
      line: i,
      numberRange: viewRange(l.view, 0, h.numLen),
      range: { start: l.view.start, end: l.view.end },
      endLine: end,
      children: [],
    };
    const r = rankOf(s);
    while (stack.length && rankOf(stack[stack.length - 1]) >= r) {
      const done = stack.pop()!;
      done.endLine = prevContentLine(src, i - 1, done.line);
    }
    (stack.length ? stack[stack.length - 1].children : roots).push(s);
    stack.push(s);
    anySection = true;
  }
  for (const s of stack) s.endLine = prevContentLine(src, end, s.line);
  return { opening, sections: roots };
}

/** The heading text after its number, without a final ":" or "." (one slice, no copies of long paragraphs). */
function headingTitle(p: string, from: number): string {
  let e = p.length;
  const last = p.charCodeAt(e - 1);
  if (e > from && (last === 58 || last === 46)) e--;
  return p.slice(from, e).trim();
}

function partTitleBelow(src: Source, from: number, end: number): string {
  for (let i = from; i <= end && i <= from + 1; i++) {
    const l = src.lines[i];
    if (l.blank) continue;
    const t = l.view.typed;
    return isUpperText(t) && !matchHeading(t) ? headingTitle(t, 0) : '';
  }
  return '';
}

function prevContentLine(src: Source, from: number, min: number): number {
  let i = Math.min(from, src.lines.length - 1);
  while (i > min && src.lines[i].blank) i--;
  return i;
}

/**
 * The last tree flattened and its list (a model's sections never change once parsed). One entry, not a WeakMap:
 * the rules of one analysis ask for the same tree in turn, and a WeakMap entry per model slowed the garbage
 * collector of the register's index (thousands of models) by a third.
 */
let lastTree: Section[] | null = null,
  lastFlat: readonly Section[] = [];
/** Every section of a tree, depth first (one shared, read-only list per tree: several rules walk it). */
export function flatten(sections: Section[]): readonly Section[] {
  if (sections !== lastTree) {
    lastFlat = flattenTree(sections);
    lastTree = sections;
  }
  return lastFlat;
}
function flattenTree(sections: Section[]): Section[] {
  const out: Section[] = [];
  const walk = (ss: Section[]) => {
    for (const s of ss) {
      out.push(s);
      walk(s.children);
    }
  };
  walk(sections);
  return out;
}
