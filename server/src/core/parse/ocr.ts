// OCR tolerance: a component whose letters lost or changed their diacritics in a scan ("ĐÁNG CỘNG SÁN
// VIỆT NAM", "KÉT LUẬN", "Nơi nhân:") or whose star came out as "*+" is still that component. The parser
// records each such repair so that one information finding can show the likely intended text.

import type { Range } from '../model';
import { DOC_TYPES, type DocType } from '../doctypes';
import { isRegexSpace } from '../text';

export interface OcrDamage extends Range {
  /** The text as the scan gave it, and the text it most likely stands for. */
  found: string;
  intended: string;
  component: 'partyTitle' | 'star' | 'title' | 'recipientsLabel';
}

/** Letters without their diacritics, in capitals, and the digits a scan reads for letters: same length. */
export function bare(s: string): string {
  // Concatenated one unit at a time from a table of one-unit strings: measured ten times faster than a typed
  // array turned into a string with String.fromCharCode(...), which spreads every code as an argument.
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out += c < 0x2000 ? BARE[c] : s[i];
  }
  return out;
}
/** bare() of each character below U+2000, as one-unit strings. */
const BARE: string[] = [];
for (let code = 0; code < 0x2000; code++) {
  const c = String.fromCharCode(code);
  let r: string;
  if (code < 0x80) r = code === 48 ? 'O' : code === 49 ? 'I' : c.toUpperCase();
  else if (c === 'Đ' || c === 'đ') r = 'D';
  else {
    const b = code >= 0xd800 && code <= 0xdfff ? c : (c.normalize('NFD')[0] ?? c);
    const u = b.toUpperCase();
    r = u.length === 1 ? u : b;
  }
  BARE.push(r);
}

// A shortcut before the search: every mutant of it that lets more lines through gives the same answer.
// Stryker disable all
/** Whether t holds, read bare, the letters C, S, V and M of "DANG CONG SAN VIET NAM" (a loop, no string made). */
function hasTitleLetters(t: string): boolean {
  let seen = 0;
  for (let i = 0; i < t.length && seen !== 15; i++) {
    const c = t.charCodeAt(i);
    const b = c < 0x2000 ? BARE_CODE[c] : c;
    seen |= b === 67 ? 1 : b === 83 ? 2 : b === 86 ? 4 : b === 77 ? 8 : 0;
  }
  return seen === 15;
}
// Stryker restore all
/** The first code unit of BARE[c]. */
const BARE_CODE = Uint16Array.from(BARE, (x) => x.charCodeAt(0));

const PARTY_WORDS = ['DANG', 'CONG', 'SAN', 'VIET', 'NAM'];
export const PARTY_TITLE_TEXT = 'ĐẢNG CỘNG SẢN VIỆT NAM';

/** The code unit of bare(t) at i. */
function bareAt(t: string, i: number): number {
  const c = t.charCodeAt(i);
  return c < 0x2000 ? BARE_CODE[c] : c;
}
const isBareLetter = (b: number) => b >= 65 && b <= 90;

/**
 * Where the Party title stands in t, read without diacritics: [start, end) or null. The words DANG CONG SAN VIET
 * NAM, read bare, separated by white space and not inside a longer word; read in place (a header line may be a
 * long paragraph: no bare copy of it is made).
 */
export function findPartyTitleLoose(t: string): [number, number] | null {
  // Shortcuts and bounds: read past the end of t, charCodeAt gives NaN, which is no letter, no space and no "D".
  // Stryker disable next-line ConditionalExpression: "DANG CONG SAN VIET NAM" takes 22 characters at least
  if (t.length < PARTY_TITLE_TEXT.length) return null;
  // Stryker disable next-line ConditionalExpression: most capitalised header lines (issuer names) lack one
  if (!hasTitleLetters(t)) return null;
  // Stryker disable next-line ArithmeticOperator: see above
  for (let i = 0; i <= t.length - PARTY_TITLE_TEXT.length; i++) {
    // Stryker disable next-line EqualityOperator,ConditionalExpression: see above (a "D" that starts a word)
    if (bareAt(t, i) !== 68 || (i > 0 && isBareLetter(bareAt(t, i - 1)))) continue;
    const end = partyWordsEnd(t, i);
    // Stryker disable next-line EqualityOperator: end is -1 or at least 22
    if (end > 0) return [i, end];
  }
  return null;
}

/** The end of the title's five words read from `at`, or -1. */
function partyWordsEnd(t: string, at: number): number {
  let j = at;
  for (let w = 0; w < PARTY_WORDS.length; w++) {
    if (w > 0) {
      const gap = j;
      // Stryker disable next-line ConditionalExpression,EqualityOperator: past the end charCodeAt gives NaN, no space
      while (j < t.length && isRegexSpace(t.charCodeAt(j))) j++;
      if (j === gap) return -1;
    }
    const word = PARTY_WORDS[w];
    for (let k = 0; k < word.length; k++, j++) {
      // Stryker disable next-line ConditionalExpression,EqualityOperator: past the end bareAt gives NaN, no letter
      if (j >= t.length || bareAt(t, j) !== word.charCodeAt(k)) return -1;
    }
  }
  // Stryker disable next-line ConditionalExpression,EqualityOperator: past the end bareAt gives NaN, no letter
  return j < t.length && isBareLetter(bareAt(t, j)) ? -1 : j;
}

/** A star under the issuer as a scan may give it: "*+", "*.", "+", "**", "* *" (raw text of the line). */
export const DAMAGED_STAR = /^(?:\*\s?[+*.,'`"’x×]|\+)$/u;

/** Each document type with its name read without diacritics. */
const BARE_TYPES: [DocType, string][] = DOC_TYPES.map((dt) => [dt, bare(dt.name)]);

/** The document type named by a title line whose diacritics were damaged ("KÉT LUẬN" for "KẾT LUẬN"). */
export function typeFromTitleLoose(t: string): { dt: DocType; len: number } | null {
  // Stryker disable next-line Regex: a run of blanks fails the length test below, or the name match, either way
  const b = bare(t).replace(/\s+/g, ' ');
  if (b.length !== t.length) return null; // runs of spaces: keep offsets simple, read only single-spaced lines
  let best: DocType | null = null;
  for (const [dt, n] of BARE_TYPES) {
    // No type's name starts another's today; the longest would win if one did.
    // Stryker disable next-line ConditionalExpression,EqualityOperator: see above
    if ((b === n || b.startsWith(n + ' ')) && (!best || dt.name.length > best.name.length)) best = dt;
  }
  return best ? { dt: best, len: best.name.length } : null;
}

const LABEL_EXACT = /^Nơi\s+nhận(?!\p{L})\s*[:.]?/iu;
const LABEL_BARE = /^NOI\s+NHAN(?![A-Z])\s*[:.]?/;

/** The "Nơi nhận:" label at the start of t: its length, and whether its letters are damaged. */
export function matchRecipientsLabel(t: string): { len: number; damaged: boolean } | null {
  const c = t.charCodeAt(0);
  if (c !== 78 && c !== 110) return null; // "N" / "n": most lines are thrown out here
  const m = LABEL_EXACT.exec(t);
  if (m) return { len: m[0].length, damaged: false };
  // Stryker disable next-line MethodExpression: the label is read at the start: the rest of t changes nothing
  const b = LABEL_BARE.exec(bare(t.slice(0, 16)));
  return b ? { len: b[0].length, damaged: true } : null;
}
