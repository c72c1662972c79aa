// Vietnamese text helpers: tone-mark placement, letters, case.
// Pure functions, no I/O. All work on NFC text and keep string length.

const TONES = {
  o: 'òóỏõọ',
  O: 'ÒÓỎÕỌ',
  a: 'àáảãạ',
  A: 'ÀÁẢÃẠ',
  e: 'èéẻẽẹ',
  E: 'ÈÉẺẼẸ',
  u: 'ùúủũụ',
  U: 'ÙÚỦŨỤ',
  y: 'ỳýỷỹỵ',
  Y: 'ỲÝỶỸỴ',
} as const;

type Base = keyof typeof TONES;

function toneOf(ch: string, base: Base): number {
  return TONES[base].indexOf(ch);
}

/**
 * Old placement puts the mark on the first vowel of an open "oa", "oe", "uy" syllable
 * (hòa, khỏe, thủy, ủy); new placement puts it on the second (hoà, khoẻ, thuỷ, uỷ).
 * The syllable must end there (no letter follows) and "qu" is a consonant, so "quý" is neither.
 */
// No Unicode mode (faster): "no letter follows" is spelled out for the Latin and Vietnamese ranges.
export const OLD_STYLE =
  // eslint-disable-next-line no-misleading-character-class -- the class lists combining marks on purpose
  /(?<![qQ])([òóỏõọÒÓỎÕỌ][aAeE]|[ùúủũụÙÚỦŨỤ][yY])(?![A-Za-z\u00C0-\u024F\u0300-\u036F\u1E00-\u1EFF])/g;
export const NEW_STYLE =
  // eslint-disable-next-line no-misleading-character-class -- the class lists combining marks on purpose
  /(?<![qQ])([oO][àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸ]|[uU][ỳýỷỹỵỲÝỶỸỴ])(?![A-Za-z\u00C0-\u024F\u0300-\u036F\u1E00-\u1EFF])/g;

const SWAP = new Map<string, string>();
/** Empties the pair cache (mutation testing runs changed code in one process: a cached answer would hide it). */
export function resetToneCache(): void {
  SWAP.clear();
}

/** Rewrites one two-letter pair to the other placement, keeping each letter's case (table lookup). */
export function swapTonePair(pair: string): string {
  // A cache of computeSwap: a miss or a full cache gives the same answer.
  const hit = SWAP.get(pair);
  // Stryker disable next-line ConditionalExpression: see above
  if (hit !== undefined) return hit;
  const r = computeSwap(pair);
  // Stryker disable next-line ConditionalExpression,EqualityOperator: see above
  if (SWAP.size < 4096) SWAP.set(pair, r);
  return r;
}

function computeSwap(pair: string): string {
  const [x, y] = [pair[0], pair[1]];
  for (const [first, second] of [
    ['o', 'a'],
    ['o', 'e'],
    ['u', 'y'],
  ] as const) {
    const fU = first.toUpperCase() as Base,
      sU = second.toUpperCase() as Base;
    const xl = x === first || x === fU || toneOf(x, first) >= 0 || toneOf(x, fU) >= 0;
    const yl = y === second || y === sU || toneOf(y, second) >= 0 || toneOf(y, sU) >= 0;
    if (!xl || !yl) continue;
    const xUpper = x === fU || toneOf(x, fU) >= 0;
    const yUpper = y === sU || toneOf(y, sU) >= 0;
    const xb: Base = xUpper ? fU : first,
      yb: Base = yUpper ? sU : second;
    const tx = toneOf(x, xb),
      ty = toneOf(y, yb);
    if (tx >= 0 && ty < 0) return xb + TONES[yb][tx];
    if (ty >= 0 && tx < 0) return TONES[xb][ty] + yb;
    return pair;
  }
  return pair;
}

const OLD_FIRST = /[òóỏõọÒÓỎÕỌùúủũụÙÚỦŨỤ]/g;
/** 1: o with a tone mark (then a/e), 2: u with a tone mark (then y), 0: anything else. */
const FIRST_KIND = new Uint8Array(0x1f00);
for (const ch of 'òóỏõọÒÓỎÕỌ') FIRST_KIND[ch.charCodeAt(0)] = 1;
for (const ch of 'ùúủũụÙÚỦŨỤ') FIRST_KIND[ch.charCodeAt(0)] = 2;
/**
 * Folds old placement to new placement (same length): used only for matching. The same pairs as
 * OLD_STYLE (this runs over the whole text of every draft).
 */
export function foldTone(s: string): string {
  let parts: string[] | null = null,
    last = 0;
  const n = s.length;
  // The regex engine finds the candidates (an o or u with a tone mark); the pair is checked by hand.
  OLD_FIRST.lastIndex = 0;
  while (OLD_FIRST.test(s)) {
    const i = OLD_FIRST.lastIndex - 1;
    // Past the text's end charCodeAt gives NaN: no vowel, no "q", no letter. The pair test is a shortcut too:
    // swapTonePair leaves any other pair as it is.
    // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator: see above
    if (i + 1 >= n) break;
    const kind = FIRST_KIND[s.charCodeAt(i)];
    const d = s.charCodeAt(i + 1);
    // a A e E / y Y
    // Stryker disable next-line ConditionalExpression: see above
    if (kind === 1 ? !(d === 97 || d === 65 || d === 101 || d === 69) : !(d === 121 || d === 89)) continue;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: see above
    const p = i > 0 ? s.charCodeAt(i - 1) : 0;
    if (p === 113 || p === 81) continue; // "qu" is a consonant
    // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator: see above
    if (i + 2 < n && isLetterAfter(s.charCodeAt(i + 2))) continue; // the syllable must end here
    if (!parts) parts = [];
    parts.push(s.slice(last, i), swapTonePair(s.slice(i, i + 2)));
    last = i + 2;
    OLD_FIRST.lastIndex = last;
  }
  if (!parts) return s;
  parts.push(s.slice(last));
  return parts.join('');
}
/** The letters that OLD_STYLE's lookahead refuses after a pair. */
function isLetterAfter(c: number): boolean {
  return (
    (c >= 65 && c <= 90) ||
    (c >= 97 && c <= 122) ||
    (c >= 0xc0 && c <= 0x24f) ||
    (c >= 0x300 && c <= 0x36f) ||
    (c >= 0x1e00 && c <= 0x1eff)
  );
}

/** Vietnamese sequence of letters used for điểm: a b c d đ e g h i k l m n o p q r s t u v x y. */
export const VI_LETTERS = 'abcdđeghiklmnopqrstuvxy';

const TWO_CAPITALS = /\p{Lu}[^]*\p{Lu}/u;
const ASCII_LOWER = /[a-z]/;

export function isUpperText(s: string): boolean {
  // No lower-case letter (upper-casing changes nothing), and at least two capitals. A Latin small letter
  // answers at once, before the upper-cased copy (most lines of a draft hold one early).
  // Stryker disable next-line ConditionalExpression: a shortcut; the full test below gives the same answer
  if (ASCII_LOWER.test(s)) return false;
  return s.toUpperCase() === s && TWO_CAPITALS.test(s);
}

/** Compares ignoring case and tone placement. Both inputs should already be NFC. */
export function sameWords(a: string, b: string): boolean {
  return norm(a) === norm(b);
}

export function norm(s: string): string {
  return foldTone(s.normalize('NFC')).toLocaleUpperCase('vi').replace(/\s+/g, ' ').trim();
}

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
export function romanToInt(s: string): number | null {
  // Another letter reads as NaN and fails the test below, as does an empty string: this test is a shortcut.
  // Stryker disable next-line ConditionalExpression,Regex: see above
  if (!/^[IVXLC]+$/.test(s)) return null;
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN[s[i]],
      next = ROMAN[s[i + 1]] ?? 0;
    total += v < next ? -v : v;
  }
  // Stryker disable next-line ConditionalExpression,EqualityOperator: see above
  return total > 0 && intToRoman(total) === s ? total : null;
}
export function intToRoman(n: number): string {
  const t: [number, string][] = [
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  for (const [v, r] of t)
    while (n >= v) {
      out += r;
      n -= v;
    }
  return out;
}
