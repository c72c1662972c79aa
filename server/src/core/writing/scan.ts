// The prose of a draft, cut into words once per analysis and shared by every writing rule.
//
// Prose is the body and any appendix: never the header zone, the Nơi nhận block, the signature block, an
// all-caps line (titles, headings in capitals), a two-column layout line, a fenced code block or a table
// rule; nor a line the checker judges damaged (OCR or a legacy encoding: many impossible syllables).

import type { DocModel, Range } from '../model';
import { srcEnd, srcStart, type View } from '../text';
import { isUpperText } from '../vn';
import { analyzeSyllable, type Analysis } from './syllable';
import { key, LOANWORDS, ROMAN_LOWER, UNITS } from './lexicon';

export interface Tok {
  /** View indices [s, e) of the word inside its line's view. */
  s: number; e: number;
  /** As written (NFC). */
  text: string;
  /** Lower case, then with the new tone placement (for look-ups). */
  low: string; k: string;
  /** 0 all lower case, 1 capital first letter only, 2 anything else (all caps, mixed). */
  caps: 0 | 1 | 2;
  /** The characters right before and after the word in the view ('' at the ends). */
  pre: string; post: string;
}

export interface ProseLine { index: number; view: View; text: string; toks: Tok[] }

export interface WritingScan {
  lines: ProseLine[];
  /** How often each lower-case word occurs in the prose (to rank suggestions). */
  count: Map<string, number>;
}

const cache = new WeakMap<DocModel, WritingScan>();
const WORD = /[\p{L}\p{M}]+/gu;
const URLISH = /(?:https?:\/\/|www\.)\S+|[\w.+-]+@[\w-]+\.[\w.]+/g;
/** Markdown code spans: `…` (not prose). */
const CODE_SPAN = /`[^`]*`/g;
const LOWER = /^\p{Ll}+$/u;
const FIRST_UPPER = /^\p{Lu}\p{Ll}*$/u;

/** The prose of the model (computed once per model). */
export function writingScan(model: DocModel): WritingScan {
  let s = cache.get(model);
  if (!s) { s = build(model); cache.set(model, s); }
  return s;
}

function proseLineIndexes(model: DocModel): number[] {
  const n = model.src.lines.length;
  const skip = new Uint8Array(n);
  const h = model.header;
  for (let i = 0; i < Math.min(h.zoneEnd, n); i++) skip[i] = 1;
  const sig = model.signature;
  if (sig) for (let i = sig.firstLine; i <= sig.lastLine && i < n; i++) if (i >= 0) skip[i] = 1;
  const rec = model.recipients;
  if (rec) {
    skip[rec.label.line] = 1;
    for (const it of rec.items) { skip[it.line] = 1; for (const c of it.continuation) skip[c.line] = 1; }
  }
  const out: number[] = [];
  let fenced = false;
  const lastBody = model.appendixLine >= 0 ? n - 1 : model.bodyEnd;
  for (let i = model.bodyStart; i <= lastBody && i < n; i++) {
    const l = model.src.lines[i];
    if (/^\s*(```|~~~)/.test(l.raw)) { fenced = !fenced; continue; }
    if (fenced || skip[i] || l.blank || l.pageArtifact || l.segs.length > 1) continue;
    if (model.appendixLine < 0 || i <= model.bodyEnd || i >= model.appendixLine) out.push(i);
  }
  return out;
}

function build(model: DocModel): WritingScan {
  const lines: ProseLine[] = [];
  const count = new Map<string, number>();
  for (const i of proseLineIndexes(model)) {
    const view = model.src.lines[i].view;
    const text = view.plain;
    if (!/\p{Ll}/u.test(text) || isUpperText(text)) continue; // headings and titles in capitals
    if (/^\s*\|?\s*:?-{3,}/.test(text)) continue;
    let masked: [number, number][] | null = null;
    if (text.includes('://') || text.includes('www.') || text.includes('@') || text.includes('`')) {
      masked = [];
      for (const m of text.matchAll(URLISH)) masked.push([m.index!, m.index! + m[0].length]);
      for (const m of text.matchAll(CODE_SPAN)) masked.push([m.index!, m.index! + m[0].length]);
    }
    const toks: Tok[] = [];
    for (const m of text.matchAll(WORD)) {
      const s = m.index!, e = s + m[0].length;
      if (masked && masked.some(([a, b]) => s < b && e > a)) continue;
      const w = m[0];
      const low = w.toLowerCase();
      const caps = LOWER.test(w) ? 0 : FIRST_UPPER.test(w) ? 1 : 2;
      const k = key(w);
      toks.push({ s, e, text: w, low, k, caps, pre: s > 0 ? text[s - 1] : '', post: e < text.length ? text[e] : '' });
      if (caps === 0) count.set(low, (count.get(low) ?? 0) + 1);
    }
    if (!toks.length) continue;
    lines.push({ index: i, view, text, toks });
  }
  // Damaged text: a line with many impossible syllables is OCR or a legacy encoding, not typos.
  let bad = 0, checked = 0;
  const badPerLine = lines.map((l) => {
    let b = 0, c = 0;
    for (const t of l.toks) {
      if (!checkable(l, t)) continue;
      c++;
      const a = syllable(t.low);
      if (a.reason !== 'ok' && a.reason !== 'placement') b++;
    }
    bad += b; checked += c;
    return b >= 3 && b * 10 >= c * 3;
  });
  const wholeDamaged = bad >= 10 && bad * 100 >= checked * 15;
  return { lines: wholeDamaged ? [] : lines.filter((_, j) => !badPerLine[j]), count };
}

// --- Syllable analysis, cached across analyses (bounded) -----------------------------------------
const analyses = new Map<string, Analysis>();
export function syllable(low: string): Analysis {
  let a = analyses.get(low);
  if (!a) {
    a = analyzeSyllable(low);
    if (analyses.size > 50_000) analyses.clear();
    analyses.set(low, a);
  }
  return a;
}

const DIGIT = /\d/;
/**
 * Whether a lower-case word is to be judged as a Vietnamese syllable: not next to digits (COVID-19,
 * km26), not part of a hyphenated name with capitals (Mát-xcơ-va), an address, a path, an abbreviation
 * with dots (v.v., tp.hcm) or an apostrophe name (H'leo); not a single letter, unit, roman numeral or
 * loanword.
 */
export function checkable(line: ProseLine, t: Tok): boolean {
  if (t.caps !== 0 || t.text.length < 2) return false;
  const { pre, post, text } = t;
  if (DIGIT.test(pre) || DIGIT.test(post)) return false;
  if (pre === "'" || pre === '’' || post === "'" || post === '’') return false;
  if (pre === '/' || post === '/' || pre === '_' || post === '_' || pre === '@' || post === '@' || pre === '\\') return false;
  if (pre === '.' && /\p{L}/u.test(line.text[t.s - 2] ?? '')) return false;
  if (post === '.' && /\p{L}/u.test(line.text[t.e + 1] ?? '')) return false;
  if (pre === '-' || post === '-') {
    let a = t.s, b = t.e;
    while (a > 0 && /[\p{L}\p{M}\d-]/u.test(line.text[a - 1])) a--;
    while (b < line.text.length && /[\p{L}\p{M}\d-]/u.test(line.text[b])) b++;
    if (/\p{Lu}|\d/u.test(line.text.slice(a, b))) return false;
  }
  return !(LOANWORDS.has(t.k) || UNITS.has(t.k) || ROMAN_LOWER.has(t.k) || text.length > 7);
}

/** Original range of view characters [s, e) of a prose line. */
export function rangeOf(line: ProseLine, s: number, e: number): Range {
  return { start: srcStart(line.view, s), end: srcEnd(line.view, e - 1) };
}

/** Whether view characters [s, e) come from one unbroken piece of the original (no markup inside). */
export function contiguous(line: ProseLine, s: number, e: number): boolean {
  const v = line.view;
  if (!v.from) return true;
  for (let i = s + 1; i < e; i++) if (srcStart(v, i) !== srcEnd(v, i - 1)) return false;
  return true;
}

/** The user dictionary check: the word or its lower-case form is listed. */
export function inDictionary(words: ReadonlySet<string> | undefined, w: string): boolean {
  return !!words && words.size > 0 && (words.has(key(w)));
}
