// OCR tolerance: a component whose letters lost or changed their diacritics in a scan ("ĐÁNG CỘNG SÁN
// VIỆT NAM", "KÉT LUẬN", "Nơi nhân:") or whose star came out as "*+" is still that component. The parser
// records each such repair so that one information finding can show the likely intended text.

import type { Range } from '../model';
import { DOC_TYPES, type DocType } from '../doctypes';

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
/** The first code unit of BARE[c]. */
const BARE_CODE = Uint16Array.from(BARE, (x) => x.charCodeAt(0));

const PARTY_BARE = /(?<![A-Z])DANG\s+CONG\s+SAN\s+VIET\s+NAM(?![A-Z])/g;
export const PARTY_TITLE_TEXT = 'ĐẢNG CỘNG SẢN VIỆT NAM';

/** Where the Party title stands in t, read without diacritics: [start, end) or null. */
export function findPartyTitleLoose(t: string): [number, number] | null {
  if (t.length < PARTY_TITLE_TEXT.length) return null; // "DANG CONG SAN VIET NAM" takes 22 characters at least
  if (!hasTitleLetters(t)) return null; // most capitalised header lines (issuer names) lack one: no copy made
  PARTY_BARE.lastIndex = 0;
  const m = PARTY_BARE.exec(bare(t));
  return m ? [m.index, m.index + m[0].length] : null;
}

/** A star under the issuer as a scan may give it: "*+", "*.", "+", "**", "* *" (raw text of the line). */
export const DAMAGED_STAR = /^(?:\*\s?[+*.,'`"’x×]|\+)$/u;

/** Each document type with its name read without diacritics. */
const BARE_TYPES: [DocType, string][] = DOC_TYPES.map((dt) => [dt, bare(dt.name)]);

/** The document type named by a title line whose diacritics were damaged ("KÉT LUẬN" for "KẾT LUẬN"). */
export function typeFromTitleLoose(t: string): { dt: DocType; len: number } | null {
  const b = bare(t).replace(/\s+/g, ' ');
  if (b.length !== t.length) return null; // runs of spaces: keep offsets simple, read only single-spaced lines
  let best: DocType | null = null;
  for (const [dt, n] of BARE_TYPES) {
    if ((b === n || b.startsWith(n + ' ')) && (!best || dt.name.length > best.name.length)) best = dt;
  }
  return best ? { dt: best, len: best.name.length } : null;
}

const LABEL_EXACT = /^Nơi\s+nhận\s*[:.]?/iu;
const LABEL_BARE = /^NOI\s+NHAN(?![A-Z])\s*[:.]?/;

/** The "Nơi nhận:" label at the start of t: its length, and whether its letters are damaged. */
export function matchRecipientsLabel(t: string): { len: number; damaged: boolean } | null {
  const c = t.charCodeAt(0);
  if (c !== 78 && c !== 110) return null; // "N" / "n": most lines are thrown out here
  const m = LABEL_EXACT.exec(t);
  if (m) return { len: m[0].length, damaged: false };
  const b = LABEL_BARE.exec(bare(t.slice(0, 16)));
  return b ? { len: b[0].length, damaged: true } : null;
}
