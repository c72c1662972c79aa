// The prose of a draft, cut into words once per analysis and shared by every writing rule.
//
// Prose is the body and any appendix: never the header zone, the Nơi nhận block, the signature block, an
// all-caps line (titles, headings in capitals), a two-column layout line, a fenced code block or a table
// rule; nor a line the checker judges damaged (OCR or a legacy encoding: many impossible syllables).

import type { DocModel, Range } from '../model';
import { srcEnd, srcStart, type View } from '../text';
import { foldTone } from '../vn';
import { legacyWordCount } from '../legacy-text';
import { analyzeSyllable, vietnameseLetters, type Analysis } from './syllable';
import { key, LOANWORDS, ROMAN_LOWER, UNITS } from './lexicon';

/** A word of a prose line. */
export class Tok {
  private folded: string | null = null;
  /** Set by the scan for lower-case words: whether the syllable rules judge it, and its analysis. */
  checked = false;
  syl: Analysis | null = null;
  constructor(
    /** The view text of the line the word is in. */
    private line: string,
    /** View indices [s, e) of the word inside its line's view. */
    public s: number,
    public e: number,
    /** As written (NFC), and in lower case (the same string when it has no capital). */
    public text: string,
    public low: string,
    /** 0 all lower case, 1 capital first letter only, 2 anything else (all caps, mixed). */
    public caps: 0 | 1 | 2,
  ) {}
  /** The characters right before and after the word in the view ('' at the ends). */
  get pre(): string {
    return this.s > 0 ? this.line[this.s - 1] : '';
  }
  get post(): string {
    return this.e < this.line.length ? this.line[this.e] : '';
  }
  /** Lower case with the new tone placement: the key of the word lists (made on first use). */
  get k(): string {
    let k = this.folded;
    if (k === null) {
      k = foldTone(this.low);
      this.folded = k;
    }
    return k;
  }
}

/**
 * Letters of Vietnamese and its neighbours as a table (1 lower case or a combining mark, 2 capital): words
 * are cut by a character loop, which costs far less than a regex with a match object per word. Greek and
 * Cyrillic count as letters so that "củа" (Cyrillic а) stays one word for the homoglyph rule.
 */
const LETTER = new Uint8Array(0x1f00);
for (const [a, b] of [
  [0x41, 0x5a],
  [0x61, 0x7a],
  [0xc0, 0xd6],
  [0xd8, 0xf6],
  [0xf8, 0x24f],
  [0x300, 0x36f],
  [0x370, 0x3ff],
  [0x400, 0x52f],
  [0x1e00, 0x1eff],
]) {
  for (let c = a; c <= b; c++) {
    const ch = String.fromCharCode(c);
    LETTER[c] = ch.toLowerCase() !== ch && ch.toUpperCase() === ch ? 2 : 1;
  }
}

export interface ProseLine {
  index: number;
  view: View;
  text: string;
  toks: Tok[];
}

export interface WritingScan {
  lines: ProseLine[];
  /** How often each lower-case word occurs in the prose (to rank suggestions; counted on first use). */
  readonly count: Map<string, number>;
}

/** Lines longer than this are data or a damaged file, not prose (the writing rules skip them). */
const MAX_PROSE_LINE = 20_000;
const cache = new WeakMap<DocModel, WritingScan>();
const URLISH = /(?:https?:\/\/|www\.)\S+|[\w.+-]+@[\w-]+\.[\w.]+/g;
/** Markdown code spans: `…` (not prose). */
const CODE_SPAN = /`[^`]*`/g;

/** The prose of the model (computed once per model). */
export function writingScan(model: DocModel): WritingScan {
  let s = cache.get(model);
  if (!s) {
    s = build(model);
    cache.set(model, s);
  }
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
    for (const it of rec.items) {
      skip[it.line] = 1;
      for (const c of it.continuation) skip[c.line] = 1;
    }
  }
  const out: number[] = [];
  let fenced = false;
  const lastBody = model.appendixLine >= 0 ? n - 1 : model.bodyEnd;
  for (let i = model.bodyStart; i <= lastBody && i < n; i++) {
    const l = model.src.lines[i];
    if (/^\s*(```|~~~)/.test(l.raw)) {
      fenced = !fenced;
      continue;
    }
    if (fenced || skip[i] || l.blank || l.pageArtifact || l.segs.length > 1) continue;
    if (model.appendixLine < 0 || i <= model.bodyEnd || i >= model.appendixLine) out.push(i);
  }
  return out;
}

function build(model: DocModel): WritingScan {
  const lines: ProseLine[] = [];
  for (const i of proseLineIndexes(model)) {
    const view = model.src.lines[i].view;
    const text = view.typed;
    if (text.length > MAX_PROSE_LINE) continue; // not a paragraph a person typed
    if (!/\p{Ll}/u.test(text)) continue; // headings and titles in capitals
    if (/^\s*\|?\s*:?-{3,}/.test(text)) continue;
    // Mojibake of a legacy encoding (TCVN3, VNI): legacy-encoding reports the line; its words are no typos.
    if (legacyWordCount(text) >= 2) continue;
    let masked: [number, number][] | null = null;
    if (text.includes('://') || text.includes('www.') || text.includes('@') || text.includes('`')) {
      masked = [];
      for (const m of text.matchAll(URLISH)) masked.push([m.index!, m.index! + m[0].length]);
      for (const m of text.matchAll(CODE_SPAN)) masked.push([m.index!, m.index! + m[0].length]);
    }
    const toks: Tok[] = [];
    const n = text.length;
    for (let i = 0; i < n;) {
      let c = text.charCodeAt(i);
      if (c >= 0x1f00 || LETTER[c] === 0) {
        i++;
        continue;
      }
      const s = i;
      let caps: 0 | 1 | 2 = 0;
      do {
        if (LETTER[c] === 2) caps = i === s ? 1 : 2;
        c = text.charCodeAt(++i);
      } while (i < n && c < 0x1f00 && LETTER[c] !== 0);
      if (masked && masked.some(([a, b]) => s < b && i > a)) continue;
      // The view is NFC already: lower-casing and the tone fold are all a look-up key needs.
      const w = text.slice(s, i);
      toks.push(new Tok(text, s, i, w, caps === 0 ? w : w.toLowerCase(), caps));
    }
    if (!toks.length) continue;
    lines.push({ index: i, view, text, toks });
  }
  // Damaged text: a line with many impossible syllables is OCR or a legacy encoding, not typos.
  let bad = 0,
    checked = 0;
  const badPerLine = lines.map((l) => {
    let b = 0,
      c = 0;
    for (const t of l.toks) {
      if (!checkable(l, t)) continue;
      c++;
      if (!vietnameseLetters(t.low)) {
        b++;
        continue;
      } // a legacy encoding or OCR, never a typo to report
      const a = syllable(t.low);
      t.checked = true;
      t.syl = a;
      if (a.reason !== 'ok' && a.reason !== 'placement') b++;
    }
    bad += b;
    checked += c;
    return (b >= 4 && b * 10 >= c * 4) || foreignLetters(l) >= 2;
  });
  const wholeDamaged = bad >= 10 && bad * 100 >= checked * 15;
  const kept = wholeDamaged ? [] : lines.filter((_, j) => !badPerLine[j]);
  let count: Map<string, number> | null = null;
  return {
    lines: kept,
    get count() {
      if (!count) {
        count = new Map();
        for (const l of kept) for (const t of l.toks) if (t.caps === 0) count.set(t.low, (count.get(t.low) ?? 0) + 1);
      }
      return count;
    },
  };
}

/** Words of a line with letters that Vietnamese does not use (mojibake of TCVN3/VNI, OCR). */
function foreignLetters(l: ProseLine): number {
  let n = 0;
  for (const t of l.toks) if (t.caps !== 2 && !vietnameseLetters(t.low) && !/[\u0370-\u052F]/.test(t.low)) n++;
  return n;
}

// --- Syllable analysis, cached across analyses (bounded) -----------------------------------------
const analyses = new Map<string, Analysis>();
export function syllable(low: string): Analysis {
  if (low.length > 12) return analyzeSyllable(low.slice(0, 13)); // no syllable is that long: never cached
  let a = analyses.get(low);
  if (!a) {
    a = analyzeSyllable(low);
    if (analyses.size > 50_000) analyses.clear();
    analyses.set(low, a);
  }
  return a;
}

/** Single-character tests without a regex (they run for every word). */
export const isDigit = (ch: string): boolean => ch >= '0' && ch <= '9';
// eslint-disable-next-line no-misleading-character-class -- the class lists combining marks on purpose
const LETTER_CH = /[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u0300-\u036F\u0370-\u03FF\u0400-\u052F\u1E00-\u1EFF]/;
export const isLetter = (ch: string | undefined): boolean => !!ch && LETTER_CH.test(ch);
/**
 * Whether a lower-case word is to be judged as a Vietnamese syllable: not next to digits (COVID-19,
 * km26), not part of a hyphenated name with capitals (Mát-xcơ-va), an address, a path, an abbreviation
 * with dots (v.v., tp.hcm) or an apostrophe name (H'leo); not a single letter, unit, roman numeral or
 * loanword.
 */
export function checkable(line: ProseLine, t: Tok): boolean {
  if (t.caps !== 0 || t.text.length < 2 || t.text.length > 7) return false;
  const { pre, post } = t;
  if (isDigit(pre) || isDigit(post)) return false;
  if (pre === "'" || pre === '’' || post === "'" || post === '’') return false;
  if (pre === '/' || post === '/' || pre === '_' || post === '_') return false;
  if (pre === '@' || post === '@' || pre === '\\') return false;
  if (pre === '.' && isLetter(line.text[t.s - 2])) return false;
  if (post === '.' && isLetter(line.text[t.e + 1])) return false;
  if (pre === '-' || post === '-') {
    let a = t.s,
      b = t.e;
    const inWord = (ch: string) => ch === '-' || isDigit(ch) || isLetter(ch);
    while (a > 0 && inWord(line.text[a - 1])) a--;
    while (b < line.text.length && inWord(line.text[b])) b++;
    const group = line.text.slice(a, b);
    if (group !== group.toLowerCase() || /\d/.test(group)) return false;
  }
  // These lists hold no old-style tone pair, so the lower-case word is their key.
  return !(LOANWORDS.has(t.low) || UNITS.has(t.low) || ROMAN_LOWER.has(t.low));
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
  return !!words && words.size > 0 && words.has(key(w));
}
