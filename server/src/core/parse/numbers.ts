// Document numbers ("số và ký hiệu"): Party "12-KL/TU", state "12/KL-TU", legal "30/2020/NĐ-CP",
// "42/2024/QH15". Parsing is lenient: spaces, odd dashes and blanks are accepted and recorded,
// so that rules can report them.

import { DOC_TYPES } from '../doctypes';
import { ISSUERS } from '../profiles/issuers';
import { nd30 } from '../profiles/nd30';

const TYPE_CODES = new Set<string>([
  ...DOC_TYPES.flatMap((d) => [...d.party, ...d.state]),
  ...Object.keys(nd30.typeCodes),
]);
/**
 * A state công văn number has no type code: in "5973/UBND-KT" the first code is the issuer and the
 * second the drafting unit (ND30 PL I II.3). Told apart by the first code: a known issuer code that is
 * not a type code.
 */
export function isIssuerNotType(code: string): boolean {
  return !TYPE_CODES.has(code) && ISSUERS.some((e) => e.family === 'state' && e.codes.test(code));
}

export interface NumberToken {
  /** View offsets of the whole token. */
  index: number;
  end: number;
  shape: 'party' | 'state' | 'law';
  num: string;
  numIndex: number;
  numEnd: number;
  year: number | null;
  typeCode: string | null;
  typeIndex: number;
  issuerCode: string | null;
  /** View offsets of spaces / odd dashes inside the token. */
  spaces: [number, number][];
  oddDashes: [number, number][];
}

const DASH = '[-\u2010\u2011\u2012\u2013\u2014\u2212]';
// Codes are ASCII capitals with Đ (and Ư from OCR); plain classes keep the engine out of Unicode mode.
const CODE = '[A-ZĐƯ][A-Za-zĐđƯư]{0,7}';
const ISSUER = '[A-ZĐƯ][A-Za-zĐđƯư\\d]{0,15}(?:' + DASH + '[A-ZĐƯ][A-Za-zĐđƯư\\d]{0,15})*';
const NOT_BEFORE = '(?<![A-Za-z\\u00C0-\\u024F\\u1E00-\\u1EFF\\d/])';
const NOT_AFTER = '(?![A-Za-z\\u00C0-\\u024F\\u1E00-\\u1EFF\\d])';
// Blanks inside a number; one line break may fall there too (a paragraph wrapped at the dash or slash).
const WS = '[ \\t]*(?:\\n[ \\t]*)?';
const WS1 = '[ \\t]*';

// The patterns only find where a token is (no capture groups, so no strings per part); the parts are
// then read off the matched text, which the pattern guarantees has the expected shape.
// Party: 12-KL/TU, blank "     -KL/TU", "19 – CTr/ĐU", "34 -NQ/TU"
// (Blank numbers are read in the header's cells only, never across lines.)
const PARTY_BLANK = new RegExp(
  `${NOT_BEFORE}\\d{0,6}${WS1}${DASH}${WS1}${CODE}${WS1}\\/${WS1}${ISSUER}${NOT_AFTER}`,
  'g',
);
// Citations always have digits: requiring one lets the engine skip most positions at once.
const PARTY = new RegExp(`${NOT_BEFORE}\\d{1,6}${WS}${DASH}${WS}${CODE}${WS}\\/${WS}${ISSUER}${NOT_AFTER}`, 'g');
// State and legal: 08/CT-TTg, 12/UBND-VX, 30/2020/NĐ-CP, 42/2024/QH15, 35/2023/UBTVQH15, "1894 /TB-SCT"
const STATE = new RegExp(
  `(?<![A-Za-z\\u00C0-\\u024F\\u1E00-\\u1EFF\\d/\\-])\\d{1,6}${WS}\\/${WS}(?:\\d{4}\\/)?${CODE}\\d{0,2}` +
    `(?:${WS}${DASH}${WS}${ISSUER})?${NOT_AFTER}`,
  'g',
);

const NONE: [number, number][] = []; // shared by tokens with no spaces / odd dashes (never written to)

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
/** A blank between the parts of a number: space, tab, or the line break of a wrapped paragraph. */
function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 10;
}
/** A letter of a code: A–Z, a–z, Đ đ Ư ư. */
function isCodeLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 0x110 || c === 0x111 || c === 0x1af || c === 0x1b0;
}
function skip(text: string, i: number, end: number, pred: (c: number) => boolean): number {
  while (i < end && pred(text.charCodeAt(i))) i++;
  return i;
}
const ODD_DASH = /[\u2010-\u2014\u2212]/g;

/** Spaces and odd dashes inside text[from, to). */
function gaps(text: string, from: number, to: number): { spaces: [number, number][]; odd: [number, number][] } {
  let spaces = NONE,
    odd = NONE;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9) {
      let j = i;
      while (j < to && isBlank(text.charCodeAt(j))) j++;
      if (spaces === NONE) spaces = [];
      spaces.push([i, j]);
      i = j - 1;
    } else if ((c >= 0x2010 && c <= 0x2014) || c === 0x2212) {
      if (odd === NONE) odd = [];
      odd.push([i, i + 1]);
    }
  }
  return { spaces, odd };
}

/** Finds all number tokens in a view text. Party and state shapes never overlap. */
export function findNumbers(text: string, opts: { allowBlank?: boolean } = {}): NumberToken[] {
  const out: NumberToken[] = [];
  const party = opts.allowBlank ? PARTY_BLANK : PARTY;
  party.lastIndex = 0;
  for (let m = party.exec(text); m; m = party.exec(text)) {
    const idx = m.index,
      end = idx + m[0].length;
    // Both patterns match at least a dash and two codes, never an empty string (a guard against a pattern edited to
    // allow one).
    // Stryker disable next-line ConditionalExpression,BlockStatement,UpdateOperator: see above
    if (end === idx) {
      party.lastIndex++;
      continue;
    }
    // <digits> [ ] <dash> [ ] <code> [ ] / [ ] <issuer>
    const numEnd = skip(text, idx, end, isDigit);
    // Stryker disable next-line ConditionalExpression: without allowBlank the pattern requires a digit
    if (numEnd === idx && !opts.allowBlank) continue;
    const typeIndex = skip(text, skip(text, numEnd, end, isBlank) + 1, end, isBlank);
    const codeEnd = skip(text, typeIndex, end, isCodeLetter);
    const issuerStart = skip(text, skip(text, codeEnd, end, isBlank) + 1, end, isBlank);
    let start = idx;
    if (numEnd === idx) {
      // blank draft number: take the spaces in front
      // Stryker disable next-line ConditionalExpression,EqualityOperator: before the text's start charCodeAt gives NaN
      while (start > 0 && text.charCodeAt(start - 1) === 32) start--;
    }
    const { spaces, odd } = gaps(text, numEnd, end);
    const issuer = text.slice(issuerStart, end);
    out.push({
      index: start,
      end,
      shape: 'party',
      num: text.slice(idx, numEnd),
      numIndex: start,
      numEnd,
      year: null,
      typeCode: text.slice(typeIndex, codeEnd),
      typeIndex,
      issuerCode: odd.length ? issuer.replace(ODD_DASH, '-') : issuer,
      spaces,
      oddDashes: odd,
    });
  }
  // Party tokens come in text order: a moving pointer finds an overlap without rescanning them all.
  const nParty = out.length;
  let pi = 0;
  STATE.lastIndex = 0;
  for (let m = STATE.exec(text); m; m = STATE.exec(text)) {
    const idx = m.index,
      end = idx + m[0].length;
    // A state token cannot start where a Party token ends, nor end where one starts (neither pattern matches next to
    // a letter or digit).
    // Stryker disable next-line ConditionalExpression,EqualityOperator: see above
    while (pi < nParty && out[pi].end <= idx) pi++;
    // Stryker disable next-line EqualityOperator: as above
    if (pi < nParty && out[pi].index < end) continue;
    // <digits> [ ] / [ ] [<year>/] <code><digits> [[ ] <dash> [ ] <issuer>]
    const numEnd = skip(text, idx, end, isDigit);
    let codeStart = skip(text, skip(text, numEnd, end, isBlank) + 1, end, isBlank);
    let year: number | null = null;
    if (isDigit(text.charCodeAt(codeStart))) {
      year = +text.slice(codeStart, codeStart + 4);
      codeStart += 5;
    }
    const codeEnd = skip(text, skip(text, codeStart, end, isCodeLetter), end, isDigit);
    const hasIssuer = codeEnd < end;
    if (!hasIssuer && !year) continue; // "3/QĐ" alone is not a number
    const code = text.slice(codeStart, codeEnd);
    const { spaces, odd } = gaps(text, numEnd, end);
    let issuer = code;
    if (hasIssuer && !year && isIssuerNotType(code)) {
      out.push({
        index: idx,
        end,
        shape: 'state',
        num: text.slice(idx, numEnd),
        numIndex: idx,
        numEnd,
        year,
        typeCode: null,
        typeIndex: codeStart,
        issuerCode: code,
        spaces,
        oddDashes: odd,
      });
      continue;
    }
    if (hasIssuer) {
      issuer = text.slice(skip(text, skip(text, codeEnd, end, isBlank) + 1, end, isBlank), end);
      if (odd.length) issuer = issuer.replace(ODD_DASH, '-');
    }
    out.push({
      index: idx,
      end,
      shape: year ? 'law' : 'state',
      num: text.slice(idx, numEnd),
      numIndex: idx,
      numEnd,
      year,
      typeCode: hasIssuer ? code : null,
      typeIndex: codeStart,
      issuerCode: issuer,
      spaces,
      oddDashes: odd,
    });
  }
  // Stryker disable next-line ConditionalExpression,LogicalOperator: a shortcut; sorting a sorted list changes nothing
  return nParty === out.length || nParty === 0 ? out : out.sort((a, b) => a.index - b.index);
}

/** The canonical spelling of a token: no spaces, ASCII dashes. */
export function canonicalNumber(text: string, t: NumberToken): string {
  return (
    text
      .slice(t.numIndex, t.end)
      // Stryker disable next-line Regex: one blank or a run of them, each is removed
      .replace(/[ \t]+/g, '')
      .replace(/[\u2010-\u2014\u2212]/g, '-')
  );
}
