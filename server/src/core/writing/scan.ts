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

/**
 * A distinct word as written, shared by every occurrence in every draft (interned, see `word`): its lower
 * case, its key for the word lists (new tone placement) and its syllable analysis are computed once.
 */
export class Word {
  private analysis: Analysis | null = null;
  /** Lower case (the same string when the word has no capital). */
  readonly low: string;
  /** Lower case with the new tone placement: the key of the word lists. */
  readonly k: string;
  /** Every letter is one Vietnamese writing uses (not mojibake like "cña"). */
  readonly vn: boolean;
  /** Letters Vietnamese does not use, and not Greek or Cyrillic ones (those are the homoglyph rule's). */
  readonly foreign: boolean;
  constructor(
    /** As written (NFC). */
    readonly text: string,
    /** 0 all lower case, 1 capital first letter only, 2 anything else (all caps, mixed). */
    readonly caps: 0 | 1 | 2,
  ) {
    // Stryker disable next-line ConditionalExpression: a word in lower case is its own lower case (a shortcut)
    this.low = caps === 0 ? text : text.toLowerCase();
    this.k = foldTone(this.low);
    this.vn = vietnameseLetters(this.low);
    this.foreign = !this.vn && !/[\u0370-\u052F]/.test(this.low);
  }
  /** The syllable analysis of the lower-case word (made on first use). */
  get syl(): Analysis {
    return (this.analysis ??= syllable(this.low));
  }
}

const WORDS = new Map<string, Word>();
/** The shared record of a word (bounded: a pathological draft cannot grow the table without end). */
function word(text: string, caps: 0 | 1 | 2): Word {
  let w = WORDS.get(text);
  if (!w) {
    // Stryker disable next-line ConditionalExpression,EqualityOperator: the table's bound changes memory, never a value
    if (WORDS.size > 50_000) WORDS.clear();
    w = new Word(own(text), caps);
    WORDS.set(w.text, w);
  }
  return w;
}

/**
 * A copy of a string that holds only its own characters. A slice of 13 characters or more of a longer
 * string keeps the whole longer string alive in V8 (here: the draft); a table that outlives the analysis
 * must not keep every version of a draft. Concatenation then slicing makes the engine copy the characters.
 */
// Stryker disable next-line all: a copy or the string itself, the same text (memory only)
const own = (s: string): string => (s.length < 13 ? s : (s + ' ').slice(0, -1));

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

/** The words of a line of text, with what the damage test needs; shared by every analysis that meets the line. */
interface LineWords {
  n: number;
  /** View indices [s, e) of each word. */
  s: Int32Array;
  e: Int32Array;
  w: Word[];
  /** 1 when the syllable rules judge the word (see checkable). */
  checked: Uint8Array;
  /** Words judged, and how many of them no Vietnamese syllable can be. */
  judged: number;
  bad: number;
  /** Many impossible syllables or foreign letters: OCR or a legacy encoding, not typos. */
  damaged: boolean;
}

/**
 * A prose line and its words, as arrays indexed by word number (a 30 KB draft has some 6,000 words: one
 * object per word made the garbage collector the largest cost of the analysis). A rule walks
 * `for (let i = 0; i < l.n; i++)` and reads `l.w[i]` (the word), `l.s[i]`, `l.e[i]` (where it is).
 */
export class ProseLine {
  // Three fields; the rest is read through the line's shared words (a 1 MB draft has thousands of prose lines,
  // and each object that lives with the analysis is copied by the garbage collector).
  constructor(
    /** The line's index in the source. */
    readonly index: number,
    readonly view: View,
    private readonly words: LineWords,
  ) {}
  /** The view's text (typed characters, markup removed). */
  get text(): string {
    return this.view.typed;
  }
  get n(): number {
    return this.words.n;
  }
  get s(): Int32Array {
    return this.words.s;
  }
  get e(): Int32Array {
    return this.words.e;
  }
  get w(): readonly Word[] {
    return this.words.w;
  }
  /** The syllable analysis of a word the syllable rules judge; null for the others. */
  syl(i: number): Analysis | null {
    return this.words.checked[i] ? this.words.w[i].syl : null;
  }
  /** The characters right before and after word i ('' at the ends). */
  pre(i: number): string {
    const s = this.s[i];
    return s > 0 ? this.text[s - 1] : '';
  }
  post(i: number): string {
    const e = this.e[i];
    return e < this.text.length ? this.text[e] : '';
  }
  /** The text between words i and j. */
  between(i: number, j: number): string {
    return this.text.slice(this.e[i], this.s[j]);
  }
  /** Whether word i and the next one are separated by exactly one space. */
  spaced(i: number): boolean {
    // Stryker disable next-line all: outside the words the arrays read undefined, which fails the test below anyway
    if (i < 0 || i + 1 >= this.n) return false;
    return this.s[i + 1] === this.e[i] + 1 && this.text.charCodeAt(this.e[i]) === 32;
  }
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

/** A Markdown code fence: ``` or ~~~ after optional blanks (a character test: this runs for every line). */
function isFence(raw: string): boolean {
  let i = 0;
  while (i < raw.length && (raw.charCodeAt(i) === 32 || raw.charCodeAt(i) === 9)) i++;
  const c = raw.charCodeAt(i);
  return (c === 96 || c === 126) && raw.charCodeAt(i + 1) === c && raw.charCodeAt(i + 2) === c;
}

/**
 * The body's lines, then the appendix's. The header and the Kính gửi block lie above the body; the Nơi nhận and the
 * signature between the body and the appendix (the parser looks for an appendix only after them).
 */
function proseLineIndexes(model: DocModel): number[] {
  const n = model.src.lines.length;
  const out: number[] = [];
  let fenced = false;
  const lastLine = model.appendixLine >= 0 ? n - 1 : model.bodyEnd;
  for (let i = model.bodyStart; i <= lastLine; i++) {
    const l = model.src.lines[i];
    if (isFence(l.raw)) {
      fenced = !fenced;
      continue;
    }
    if (fenced || l.blank || l.pageArtifact || l.segCount > 1) continue;
    // Not between the body and the appendix (with no appendix, appendixLine is -1 and every line passes).
    if (i <= model.bodyEnd || i >= model.appendixLine) out.push(i);
  }
  return out;
}

function build(model: DocModel): WritingScan {
  const lines: ProseLine[] = [];
  let bad = 0,
    judged = 0;
  for (const index of proseLineIndexes(model)) {
    const view = model.src.lines[index].view;
    const text = view.typed;
    const words = lineWords(text);
    if (!words) continue;
    bad += words.bad;
    judged += words.judged;
    if (!words.damaged) lines.push(new ProseLine(index, view, words));
  }
  // A whole draft with many impossible syllables is OCR or a legacy encoding: nothing in it is a typo.
  const kept = bad >= 10 && bad * 100 >= judged * 15 ? [] : lines;
  let count: Map<string, number> | null = null;
  return {
    lines: kept,
    get count() {
      if (!count) {
        count = new Map();
        for (const l of kept) {
          for (const w of l.w) if (w.caps === 0) count.set(w.low, (count.get(w.low) ?? 0) + 1);
        }
      }
      return count;
    },
  };
}

/**
 * The words of each line of text met lately, so that an analysis after a keystroke reads again only the line
 * that changed. Two generations: when the newer one is full it becomes the older one, and a line found only
 * in the older one moves to the newer (bounded memory, recently used lines kept).
 */
const LINE_CACHE = 20_000;
let recent = new Map<string, LineWords | null>();
let older = new Map<string, LineWords | null>();
function lineWords(text: string): LineWords | null {
  // Stryker disable all: a cache — reading the line again gives the same words (test/mutation-setup.ts empties it)
  let words = recent.get(text);
  if (words !== undefined) return words;
  words = older.get(text);
  if (words === undefined) words = readLine(text);
  if (recent.size >= LINE_CACHE) {
    older = recent;
    recent = new Map();
  }
  recent.set(own(text), words);
  // Stryker restore all
  return words;
}

/** The words of a line of prose, or null when the line is no prose (data, capitals, mojibake). */
function readLine(text: string): LineWords | null {
  if (text.length > MAX_PROSE_LINE) return null; // not a paragraph a person typed
  if (!/\p{Ll}/u.test(text)) return null; // headings and titles in capitals
  if (/^\s*\|?\s*:?-{3,}/.test(text)) return null;
  // Mojibake of a legacy encoding (TCVN3, VNI): legacy-encoding reports the line; its words are no typos.
  if (legacyWordCount(text) >= 2) return null;
  let masked: [number, number][] | null = null;
  // Stryker disable next-line ConditionalExpression,LogicalOperator,StringLiteral: a shortcut; the patterns need these
  if (text.includes('://') || text.includes('www.') || text.includes('@') || text.includes('`')) {
    masked = [];
    for (const m of text.matchAll(URLISH)) masked.push([m.index!, m.index! + m[0].length]);
    for (const m of text.matchAll(CODE_SPAN)) masked.push([m.index!, m.index! + m[0].length]);
  }
  const starts: number[] = [],
    ends: number[] = [],
    w: Word[] = [];
  const len = text.length;
  for (let i = 0; i < len;) {
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
    } while (i < len && c < 0x1f00 && LETTER[c] !== 0);
    if (masked && masked.some(([a, b]) => s < b && i > a)) continue;
    // The view is NFC already: the word's shared record holds its lower case and its key.
    starts.push(s);
    ends.push(i);
    w.push(word(text.slice(s, i), caps));
  }
  const n = w.length;
  if (!n) return null;
  const line: LineWords = {
    n,
    s: Int32Array.from(starts),
    e: Int32Array.from(ends),
    w,
    checked: new Uint8Array(n),
    judged: 0,
    bad: 0,
    // Stryker disable next-line BooleanLiteral: set below before anyone reads it
    damaged: false,
  };
  // Damaged text: a line with many impossible syllables is OCR or a legacy encoding, not typos.
  let foreign = 0;
  for (let i = 0; i < n; i++) {
    const wd = w[i];
    if (wd.foreign && wd.caps !== 2) foreign++;
    if (!checkable(text, line, i)) continue;
    line.judged++;
    if (!wd.vn) {
      line.bad++; // a legacy encoding or OCR, never a typo to report
      continue;
    }
    line.checked[i] = 1;
    const r = wd.syl.reason;
    if (r !== 'ok' && r !== 'placement') line.bad++;
  }
  line.damaged = (line.bad >= 4 && line.bad * 10 >= line.judged * 4) || foreign >= 2;
  return line;
}

// --- Syllable analysis, cached across analyses (bounded) -----------------------------------------
const analyses = new Map<string, Analysis>();
export function syllable(low: string): Analysis {
  // Stryker disable next-line all: whether a long word goes through the cache changes no answer
  if (low.length > 12) return analyzeSyllable(low.slice(0, 13)); // no syllable is that long: never cached
  let a = analyses.get(low);
  if (!a) {
    a = analyzeSyllable(low);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: the table's bound changes memory, never a value
    if (analyses.size > 50_000) analyses.clear();
    analyses.set(low, a);
  }
  return a;
}

/**
 * Empties the caches shared across analyses: words, lines and syllables. For mutation testing, which runs changed
 * code in one process — a cached answer would hide the change.
 */
export function resetWritingCaches(): void {
  WORDS.clear();
  recent = new Map();
  older = new Map();
  analyses.clear();
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
function checkable(text: string, line: LineWords, i: number): boolean {
  const w = line.w[i];
  if (w.caps !== 0 || w.text.length < 2 || w.text.length > 7) return false;
  const s = line.s[i],
    e = line.e[i];
  const pre = s > 0 ? text[s - 1] : '',
    post = e < text.length ? text[e] : '';
  if (isDigit(pre) || isDigit(post)) return false;
  if (pre === "'" || pre === '’' || post === "'" || post === '’') return false;
  if (pre === '/' || post === '/' || pre === '_' || post === '_') return false;
  if (pre === '@' || post === '@' || pre === '\\') return false;
  if (pre === '.' && isLetter(text[s - 2])) return false;
  if (post === '.' && isLetter(text[e + 1])) return false;
  if (pre === '-' || post === '-') {
    let a = s,
      b = e;
    const inWord = (ch: string) => ch === '-' || isDigit(ch) || isLetter(ch);
    while (a > 0 && inWord(text[a - 1])) a--;
    while (b < text.length && inWord(text[b])) b++;
    const group = text.slice(a, b);
    if (group !== group.toLowerCase() || /\d/.test(group)) return false;
  }
  // These lists hold no old-style tone pair, so the lower-case word is their key.
  return !(LOANWORDS.has(w.low) || UNITS.has(w.low) || ROMAN_LOWER.has(w.low));
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
