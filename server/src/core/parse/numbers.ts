// Document numbers ("số và ký hiệu"): Party "12-KL/TU", state "12/KL-TU", legal "30/2020/NĐ-CP",
// "42/2024/QH15". Parsing is lenient: spaces, odd dashes and blanks are accepted and recorded,
// so that rules can report them.

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
const WS = '[ \\t]*';

// Party: 12-KL/TU, blank "     -KL/TU", "19 – CTr/ĐU", "34 -NQ/TU"
const PARTY_BLANK = new RegExp(`${NOT_BEFORE}(\\d{0,6})(${WS})(${DASH})(${WS})(${CODE})(${WS})\\/(${WS})(${ISSUER})${NOT_AFTER}`, 'g');
// Citations always have digits: requiring one lets the engine skip most positions at once.
const PARTY = new RegExp(`${NOT_BEFORE}(\\d{1,6})(${WS})(${DASH})(${WS})(${CODE})(${WS})\\/(${WS})(${ISSUER})${NOT_AFTER}`, 'g');
// State and legal: 08/CT-TTg, 12/UBND-VX, 30/2020/NĐ-CP, 42/2024/QH15, 35/2023/UBTVQH15, "1894 /TB-SCT"
const STATE = new RegExp(`(?<![A-Za-z\\u00C0-\\u024F\\u1E00-\\u1EFF\\d/\\-])(\\d{1,6})(${WS})\\/(${WS})(?:(\\d{4})\\/)?(${CODE}\\d{0,2})(?:(${WS}${DASH}${WS})(${ISSUER}))?${NOT_AFTER}`, 'g');

function gaps(text: string, from: number, to: number, out: [number, number][], odd: [number, number][]) {
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === ' ' || c === '\t') {
      let j = i; while (j < to && (text[j] === ' ' || text[j] === '\t')) j++;
      out.push([i, j]); i = j - 1;
    } else if (/[\u2010-\u2014\u2212]/.test(c)) odd.push([i, i + 1]);
  }
}

/** Finds all number tokens in a view text. Party and state shapes never overlap. */
export function findNumbers(text: string, opts: { allowBlank?: boolean } = {}): NumberToken[] {
  const out: NumberToken[] = [];
  for (const m of text.matchAll(opts.allowBlank ? PARTY_BLANK : PARTY)) {
    const idx = m.index!;
    const num = m[1];
    if (!num && !opts.allowBlank) continue;
    let start = idx;
    if (!num) { // blank draft number: take the spaces in front
      while (start > 0 && text[start - 1] === ' ') start--;
    }
    const spaces: [number, number][] = [], odd: [number, number][] = [];
    gaps(text, idx + num.length, idx + m[0].length, spaces, odd);
    const typeIndex = idx + num.length + m[2].length + m[3].length + m[4].length;
    out.push({
      index: num ? idx : start, end: idx + m[0].length, shape: 'party', num, numIndex: num ? idx : start, numEnd: idx + num.length,
      year: null, typeCode: m[5], typeIndex, issuerCode: m[8].replace(/[\u2010-\u2014\u2212]/g, '-'), spaces, oddDashes: odd,
    });
  }
  // Party tokens come in text order: a moving pointer finds an overlap without rescanning them all.
  const party = out.slice();
  let pi = 0;
  for (const m of text.matchAll(STATE)) {
    const idx = m.index!;
    while (pi < party.length && party[pi].end <= idx) pi++;
    if (pi < party.length && party[pi].index < idx + m[0].length) continue;
    const year = m[4] ? +m[4] : null;
    const code = m[5];
    const law = !!year;
    if (!m[7] && !law) continue; // "3/QĐ" alone is not a number
    const spaces: [number, number][] = [], odd: [number, number][] = [];
    gaps(text, idx + m[1].length, idx + m[0].length, spaces, odd);
    const typeIndex = idx + m[1].length + m[2].length + 1 + m[3].length + (m[4] ? 5 : 0);
    out.push({
      index: idx, end: idx + m[0].length, shape: law ? 'law' : 'state', num: m[1], numIndex: idx, numEnd: idx + m[1].length, year,
      typeCode: m[7] ? code : null, typeIndex, issuerCode: (m[7] ?? code).replace(/[\u2010-\u2014\u2212]/g, '-'), spaces, oddDashes: odd,
    });
  }
  return out.sort((a, b) => a.index - b.index);
}

/** The canonical spelling of a token: no spaces, ASCII dashes. */
export function canonicalNumber(text: string, t: NumberToken): string {
  return text.slice(t.numIndex, t.end).replace(/[ \t]+/g, '').replace(/[\u2010-\u2014\u2212]/g, '-');
}
