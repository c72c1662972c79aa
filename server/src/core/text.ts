// The text layer: lines, column segments and a normalised "view" of each piece of text.
//
// A view is what the parser matches against: NFC, Markdown emphasis and heading marks removed,
// odd spaces turned into plain spaces, old tone placement folded to the new one, trimmed.
// Every view character keeps the range of original text it came from, so a finding found
// in a view always points at the exact original text.

import { foldTone } from './vn';

export interface View {
  // Which is which: `matchText` is for MATCHING only (tone placement folded: "ủy" reads "uỷ"); `typed` is what
  // the user typed (NFC, markup removed) and is what a message may QUOTE.
  /** Normalised text used for matching (tone placement folded). Never quote it to the user. */
  matchText: string;
  /** The same characters as the user typed them (NFC, markup removed, tone placement kept); same length. */
  typed: string;
  /**
   * For each view character, the original offset where its source starts / ends; null when the view
   * is a plain copy of text[start, end) (character i comes from start + i). Use srcStart / srcEnd.
   */
  from: Int32Array | null;
  to: Int32Array | null;
  /** Original range the view covers (after trimming). */
  start: number;
  end: number;
  /** Markdown markup found at the start of the text: heading marks and leading emphasis ("##", "**", "### **"). */
  markup: string;
}

export interface Seg extends View {
  /** Column of the segment's first character inside its line (in UTF-16 units). */
  col: number;
}

export interface Line {
  index: number;
  /** Offsets of the line in the original text, without the end-of-line characters. */
  start: number;
  end: number;
  raw: string;
  view: View;
  /** Column pieces: parts of the line separated by a tab or three or more spaces (two-column layouts). */
  segs: Seg[];
  /** How many column pieces (segs.length without making the array). */
  readonly segCount: number;
  blank: boolean;
  /** A bare page number or a form feed left by a PDF copy. */
  pageArtifact: boolean;
}

export interface Source {
  text: string;
  lines: Line[];
  lineStarts: number[];
  hasBom: boolean;
  eol: '\n' | '\r\n' | '\r';
}

const SPACE_LIKE = /[\u00A0\u2000-\u200A\u202F\u205F\u3000\t\f\v]/;
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/;

/**
 * A view. Its folded text is made on first use: most lines of a body are only ever read through their
 * plain text (numbers, dates, quotes, list marks hold no tone marks), so their folded copy is never made.
 */
class TextView implements Seg {
  col = 0;
  private folded: string | null = null;
  constructor(
    public typed: string,
    public from: Int32Array | null,
    public to: Int32Array | null,
    public start: number,
    public end: number,
    public markup: string,
  ) {}
  get matchText(): string {
    let t = this.folded;
    // Stryker disable next-line ConditionalExpression: a cache; folding again gives the same text
    if (t === null) {
      t = foldTone(this.typed);
      this.folded = t;
    }
    return t;
  }
}

/**
 * Builds a view of text[start, end). Never throws. Every view is created with the same fields (col
 * included, 0 until a line sets it), so the parser and rules only ever see one object shape.
 */
export function makeView(text: string, start: number, end: number, whole?: string): Seg {
  // 1. Trim.
  let a = start,
    b = end;
  while (a < b && isSpace(text.charCodeAt(a))) a++;
  while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
  // Fast paths: a blank line, and a line of plain characters that is no heading and no rule line
  // (the view is then the text itself; most lines of a draft are one of the two).
  // Stryker disable next-line ConditionalExpression: a fast path; the general reading gives the same empty view
  if (a === b) return new TextView('', null, null, a, a, '');
  // Stryker disable next-line ConditionalExpression: a fast path (test/text.test.ts holds it to the general reading)
  if (plainRun(text, a, b)) {
    // Untrimmed: the line's own string serves as the view (one string per line, not two).
    // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: the same text either way
    const plain = whole !== undefined && a === start && b === end ? whole : text.slice(a, b);
    return new TextView(plain, null, null, a, b, '');
  }
  // 2. Collect characters with their source offsets, handling Markdown. Plain runs are copied whole;
  // while everything is a plain copy of the source, no offset arrays are built at all.
  let cap = 0;
  let from: Int32Array | null = null,
    to: Int32Array | null = null;
  const parts: string[] = [];
  let n = 0;
  // Stryker disable next-line UnaryOperator: set before it is read (when the first character is copied)
  let copyStart = -1; // source offset of view char 0 while the view is a plain copy
  const materialise = () => {
    // Stryker disable next-line ArithmeticOperator: a capacity; ensure() grows it to whatever is needed
    cap = Math.max(16, b - a, n * 2);
    from = new Int32Array(cap);
    to = new Int32Array(cap);
    // Stryker disable next-line EqualityOperator: one slot more is written within the capacity, and never read
    for (let k = 0; k < n; k++) {
      from[k] = copyStart + k;
      to[k] = copyStart + k + 1;
    }
  };
  const ensure = (k: number) => {
    if (!from) materialise();
    // Stryker disable next-line ArithmeticOperator,ConditionalExpression,EqualityOperator: a capacity check
    if (n + k <= cap) return;
    // Stryker disable next-line all: growing the capacity (a larger or equal buffer holds the same characters)
    while (n + k > cap) cap *= 2;
    const f2 = new Int32Array(cap),
      t2 = new Int32Array(cap);
    f2.set(from!.subarray(0, n));
    t2.set(to!.subarray(0, n));
    from = f2;
    to = t2;
  };
  let markup = '';
  let i = a;
  const slice = text.slice(a, b);
  const ruleLine = /^[\s*_\-=—–]+$/.test(slice);
  if (!ruleLine) {
    const h = /^(#{1,6})\s+/.exec(slice);
    if (h) {
      markup = h[1];
      i = a + h[0].length;
    }
    const em = /^(\*\*|__|\*|_)(?=\S)/.exec(text.slice(i, Math.min(b, i + 3)));
    if (em) markup = markup ? `${markup} ${em[1]}` : em[1];
  }
  while (i < b) {
    // A run of plain characters: copied as is, one source character per view character.
    let j = i;
    const table = ruleLine ? PLAIN_RULE : PLAIN;
    for (
      let c = text.charCodeAt(j);
      j < b && (c < 0x2000 ? table[c] === 1 : isPlain(c, ruleLine));
      c = text.charCodeAt(++j)
    );
    // Stryker disable next-line EqualityOperator: the character at b (after a trimmed view or piece) is no mark
    if (j > i && j < b && isCombining(text.charCodeAt(j))) j--; // the base of a combining sequence goes with it
    if (j > i) {
      // The general path (explicit offset arrays) instead of the copy gives the same offsets:
      // Stryker disable next-line ArithmeticOperator,EqualityOperator,LogicalOperator,BooleanLiteral: see above
      if (!from && (n === 0 || copyStart + n === i)) {
        if (n === 0) copyStart = i;
        n += j - i;
      } else {
        ensure(j - i);
        for (let k = i; k < j; k++) {
          from![n] = k;
          to![n] = k + 1;
          n++;
        }
      }
      parts.push(text.slice(i, j));
      i = j;
      continue;
    }
    const c = text[i];
    if (!ruleLine) {
      if (c === '\\' && i + 1 < b && /[\\*_#\-.[\]()`>+!]/.test(text[i + 1])) {
        // Markdown escape
        ensure(1);
        parts.push(text[i + 1]);
        from![n] = i;
        to![n] = i + 2;
        n++;
        i += 2;
        continue;
      }
      if (c === '*' || (c === '_' && isEmphasisUnderscore(text, i, a, b))) {
        i++;
        continue;
      }
      if (c === '<' && text.startsWith('<!--', i)) {
        // inline control comments are not text
        const close = text.indexOf('-->', i + 4);
        // Stryker disable next-line EqualityOperator: a comment closing exactly at b gives b either way
        i = close < 0 || close + 3 > b ? b : close + 3;
        continue;
      }
    }
    if (ZERO_WIDTH.test(c)) {
      i++;
      continue;
    }
    // A cluster: one code point plus following combining marks.
    let e = i + 1;
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff) e = i + 2;
    while (e < b && isCombining(text.charCodeAt(e))) e++;
    let cluster = text.slice(i, e);
    // Stryker disable next-line EqualityOperator: a lone character of Latin-1 is its own NFC form
    if (e - i > 1 || cp > 0x7f) cluster = cluster.normalize('NFC');
    if (SPACE_LIKE.test(cluster)) cluster = ' ';
    ensure(cluster.length);
    for (let k = 0; k < cluster.length; k++) {
      from![n] = i;
      to![n] = e;
      n++;
    }
    parts.push(cluster);
    i = e;
  }
  const chars = parts.length === 1 ? parts[0] : parts.join('');
  // 3. Re-trim (emphasis removal can leave spaces at the ends).
  let s = 0,
    e = n;
  while (s < e && chars.charCodeAt(s) === 32) s++;
  while (e > s && chars.charCodeAt(e - 1) === 32) e--;
  const plain = s === 0 && e === chars.length ? chars : chars.slice(s, e);
  let vStart: number, vEnd: number;
  if (from) {
    from = (from as Int32Array).subarray(s, e);
    to = (to as unknown as Int32Array).subarray(s, e);
    vStart = from.length ? from[0] : a;
    vEnd = to.length ? to[to.length - 1] : a;
  } else {
    vStart = e > s ? copyStart + s : a;
    vEnd = e > s ? copyStart + e : a;
  }
  return new TextView(plain, from, to, vStart, vEnd, markup);
}

/**
 * Whether text[a, b) (not empty) is its own view: no heading or rule mark in front, only characters copied as
 * they are (the fast path of most lines of a draft).
 */
function plainRun(text: string, a: number, b: number): boolean {
  const c0 = text.charCodeAt(a);
  if (c0 === 35 || c0 === 45 || c0 === 61) return false; // "#", "-", "="
  let j = a;
  for (let c = c0; j < b && (c < 0x2000 ? PLAIN[c] === 1 : isPlain(c, false)); c = text.charCodeAt(++j));
  return j === b;
}

/** isPlain for the first 0x2000 code points, as lookup tables (the hot loop of the text layer). */
const PLAIN = new Uint8Array(0x2000),
  PLAIN_RULE = new Uint8Array(0x2000);
for (let c = 0; c < 0x2000; c++) {
  PLAIN[c] = isPlain(c, false) ? 1 : 0;
  PLAIN_RULE[c] = isPlain(c, true) ? 1 : 0;
}

/** Characters copied as they are: printable, no Markdown marker, no combining mark, no surrogate, no odd space. */
function isPlain(c: number, ruleLine: boolean): boolean {
  if (c < 0x20) return false;
  if (c < 0x80) return ruleLine || (c !== 42 && c !== 95 && c !== 92 && c !== 60);
  if (c === 0xa0 || (c >= 0x300 && c <= 0x36f) || (c >= 0xd800 && c <= 0xdfff)) return false;
  if (c >= 0x2000 && c <= 0x206f) return false; // odd spaces, zero-width characters
  if (c === 0xfeff || c === 0x3000 || (c >= 0x1dc0 && c <= 0x1dff) || (c >= 0x20d0 && c <= 0x20ff)) return false;
  return c < 0x1100 || (c >= 0x1e00 && c <= 0x1eff);
}

/** Whether a UTF-16 code unit is white space as a regular expression's `\s` reads it. */
export function isRegexSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

function isSpace(c: number): boolean {
  return (
    c === 32 ||
    c === 9 ||
    c === 0xa0 ||
    c === 0x0c ||
    c === 0x0b ||
    c === 0xfeff ||
    (c >= 0x2000 && c <= 0x200b) ||
    c === 0x3000 ||
    c === 0x202f
  );
}
function isCombining(c: number): boolean {
  return (c >= 0x300 && c <= 0x36f) || (c >= 0x1dc0 && c <= 0x1dff) || (c >= 0x20d0 && c <= 0x20ff);
}
function isEmphasisUnderscore(text: string, i: number, a: number, b: number): boolean {
  // "_" inside a word (file_name) is kept; "_" next to a space or the ends is emphasis.
  const prev = i > a ? text[i - 1] : ' ';
  const next = i + 1 < b ? text[i + 1] : ' ';
  return !(/[\p{L}\p{N}]/u.test(prev) && /[\p{L}\p{N}]/u.test(next));
}

/** Original offset where view character i starts. */
export function srcStart(v: View, i: number): number {
  return v.from ? v.from[i] : v.start + i;
}
/** Original offset just after view character i. */
export function srcEnd(v: View, i: number): number {
  return v.to ? v.to[i] : v.start + i + 1;
}

/** Original range of view characters [vs, ve). */
export function viewRange(v: View, vs: number, ve: number): { start: number; end: number } {
  const n = v.typed.length; // the same length as the folded text
  if (n === 0) return { start: v.start, end: v.end };
  const s = Math.max(0, Math.min(vs, n - 1));
  const e = Math.max(s + 1, Math.min(ve, n));
  if (ve <= vs) return { start: srcStart(v, s), end: srcStart(v, s) };
  return { start: srcStart(v, s), end: srcEnd(v, e - 1) };
}

/** Splits the text into lines with views and column segments. Never throws. */
export function readSource(input: string): Source {
  const text = typeof input === 'string' ? input : String(input ?? '');
  const hasBom = text.charCodeAt(0) === 0xfeff;
  const lines: Line[] = [];
  const lineStarts: number[] = [];
  let crlf = 0,
    lf = 0,
    cr = 0;
  let pos = 0;
  const n = text.length;
  const EOL = /\r\n?|\n/g;
  // Without any CR, the next line break is found by indexOf (no match object per line).
  const anyCr = text.includes('\r');
  while (pos <= n) {
    let e: number;
    if (anyCr) {
      EOL.lastIndex = pos;
      const m = EOL.exec(text);
      e = m ? m.index : n;
    } else {
      e = text.indexOf('\n', pos);
      if (e < 0) e = n;
    }
    lineStarts.push(pos);
    lines.push(makeLine(text, lines.length, pos, e));
    if (e >= n) break;
    if (text.charCodeAt(e) === 13 && text.charCodeAt(e + 1) === 10) {
      crlf++;
      pos = e + 2;
    } else {
      if (text.charCodeAt(e) === 13) cr++;
      else lf++;
      pos = e + 1;
    }
  }
  const eol = crlf >= lf && crlf >= cr && crlf > 0 ? '\r\n' : cr > lf ? '\r' : '\n';
  return { text, lines, lineStarts, hasBom, eol };
}

const MAX_SEGMENTED_LINE = 4000;

/**
 * A line. The common single-column line keeps no segment array of its own: `segs` then hands out a fresh
 * one-element array (or an empty one for a blank line) on each read. A 1 MB draft has some 27,000 lines, and
 * every object that stays alive with the model is copied by the garbage collector while it lives.
 */
class SourceLine implements Line {
  constructor(
    public index: number,
    public start: number,
    public end: number,
    public raw: string,
    public view: View,
    private columns: Seg[] | null,
    public blank: boolean,
    public pageArtifact: boolean,
  ) {}
  get segs(): Seg[] {
    return this.columns ?? (this.blank ? [] : [this.view as Seg]);
  }
  get segCount(): number {
    return this.columns ? this.columns.length : this.blank ? 0 : 1;
  }
  /** The parser may split a row into cells (text pasted from Word or PDF: parse/columns.ts). */
  set segs(cells: Seg[]) {
    this.columns = cells;
  }
}

/** What a line that is its own view answers for the view's fields it never varies. */
abstract class SelfView {
  get view(): View {
    return this as unknown as View;
  }
  /** The line is its own single column, from its first character (the parser never moves it). */
  get col(): number {
    return 0;
  }
  get from(): null {
    return null;
  }
  get to(): null {
    return null;
  }
  get markup(): string {
    return '';
  }
}

/**
 * A line that is its own view: typed exactly as it reads (no markup, no odd character, nothing to trim). Most
 * lines of a draft are such a line or an empty one, and one object instead of a line and its view is half the
 * work for the garbage collector, which copies every object of the model while it is young.
 */
class PlainLine extends SelfView implements Line, Seg {
  private folded: string | null = null;
  constructor(
    public index: number,
    public start: number,
    public end: number,
    public raw: string,
    private columns: Seg[] | null,
    public pageArtifact: boolean,
  ) {
    super();
  }
  get typed(): string {
    return this.raw;
  }
  /** Never blank: an empty line is an EmptyLine. */
  get blank(): boolean {
    return false;
  }
  get matchText(): string {
    let t = this.folded;
    // Stryker disable next-line ConditionalExpression: a cache; folding again gives the same text
    if (t === null) {
      t = foldTone(this.raw);
      this.folded = t;
    }
    return t;
  }
  get segs(): Seg[] {
    return this.columns ?? [this];
  }
  get segCount(): number {
    return this.columns ? this.columns.length : 1;
  }
  set segs(cells: Seg[]) {
    this.columns = cells;
  }
}

/** An empty line (half the lines of a typical draft): two fields, the rest is the same for every empty line. */
class EmptyLine extends SelfView implements Line, Seg {
  constructor(
    public index: number,
    public start: number,
  ) {
    super();
  }
  get end(): number {
    return this.start;
  }
  get raw(): string {
    return '';
  }
  get typed(): string {
    return '';
  }
  get matchText(): string {
    return '';
  }
  get blank(): boolean {
    return true;
  }
  get pageArtifact(): boolean {
    return false;
  }
  get segs(): Seg[] {
    return [];
  }
  get segCount(): number {
    return 0;
  }
}

function makeLine(text: string, index: number, start: number, end: number): Line {
  if (start === end) return new EmptyLine(index, start);
  const raw = text.slice(start, end);
  if (!isSpace(text.charCodeAt(start)) && !isSpace(text.charCodeAt(end - 1)) && plainRun(text, start, end)) {
    // A plain line holds no tab and no no-break space (not plain characters): only a run of spaces can split it.
    const gapped = raw.length <= MAX_SEGMENTED_LINE && raw.includes('   ');
    const columns = gapped ? splitColumns(text, raw, raw, start) : null;
    return new PlainLine(index, start, end, raw, columns, pageArtifactLine(raw, raw));
  }
  const view = makeView(text, start, end, raw);
  let columns: Seg[] | null = null;
  if (view.typed.length !== 0) {
    columns = raw.length > MAX_SEGMENTED_LINE ? null : splitColumns(text, raw, text.slice(view.start, view.end), start);
    // One column: the segment is the line view itself.
    if (columns === null) (view as Seg).col = view.start - start;
  }
  const t = view.typed; // a page number or a blank holds no tone mark
  return new SourceLine(index, start, end, raw, view, columns, t.length === 0, pageArtifactLine(raw, t));
}

/** A bare page number (optionally "- 3 -") or a line holding only a form feed, left by a PDF copy. */
function pageArtifactLine(raw: string, t: string): boolean {
  return (
    t.length <= 9 &&
    (/^\f\s*$/.test(raw) ||
      // Stryker disable next-line StringLiteral: any replacement of a removed character makes the two differ
      (/^(?:-\s*)?\d{1,3}(?:\s*-)?$/.test(t) && raw.trim() === raw.trim().replace(/[^\d\s-]/g, '')))
  );
}

/** The column pieces of a line (raw, from start) whose trimmed text (inner) has a wide gap; null for one column. */
function splitColumns(text: string, raw: string, inner: string, start: number): Seg[] | null {
  if (!(inner.includes('   ') || inner.includes('\t') || inner.includes('\u00A0\u00A0'))) return null;
  const end = start + raw.length;
  const segs: Seg[] = [];
  const gap = /(?:\t| {3,}|\u00A0{2,})+/g;
  let segStart = start;
  let m: RegExpExecArray | null;
  while ((m = gap.exec(raw))) {
    const gs = start + m.index,
      ge = gs + m[0].length;
    if (raw.slice(segStart - start, m.index).trim()) pushSeg(text, segs, segStart, gs, start);
    segStart = ge;
  }
  if (raw.slice(segStart - start).trim()) pushSeg(text, segs, segStart, end, start);
  return segs;
}

function pushSeg(text: string, segs: Seg[], s: number, e: number, lineStart: number) {
  const v = makeView(text, s, e);
  v.col = v.start - lineStart;
  if (v.typed.length) segs.push(v);
}

/** 0-based line and UTF-16 character of an offset. */
export function positionAt(src: Source, offset: number): { line: number; character: number } {
  const starts = src.lineStarts;
  let lo = 0,
    hi = starts.length - 1;
  const off = Math.max(0, Math.min(offset, src.text.length));
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= off) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo, character: off - starts[lo] };
}

export function offsetAt(src: Source, line: number, character: number): number {
  if (line < 0) return 0;
  if (line >= src.lines.length) return src.text.length;
  const l = src.lines[line];
  return Math.min(l.start + Math.max(0, character), l.end);
}
