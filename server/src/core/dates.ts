// Calendar dates: parsing the forms used in Party and state documents, validity, ISO strings.

import { intern } from './intern';

export interface YMD {
  y: number;
  m: number;
  d: number;
}

export function isRealDate(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return false;
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1) return false;
  return d <= daysInMonth(y, m);
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
export function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return DAYS[m - 1];
}

export function toIso(d: YMD): string {
  return `${String(d.y).padStart(4, '0')}-${String(d.m).padStart(2, '0')}-${String(d.d).padStart(2, '0')}`;
}

export function parseIso(s: string | null | undefined): YMD | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(s ?? '').trim());
  if (!m) return null;
  const d = { y: +m[1], m: +m[2], d: +m[3] };
  return isRealDate(d.y, d.m, d.d) ? d : null;
}

/** Days since 1970-01-01 (for comparisons and tolerances). */
export function dayNumber(d: YMD): number {
  // Days from civil date (proleptic Gregorian), counted from March so that leap days come last; months
  // and days out of range roll over as Date.UTC does.
  const m = d.m,
    y = m <= 2 ? d.y - 1 : d.y;
  const era = Math.floor(y / 400),
    yoe = y - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d.d - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

export function fromDayNumber(n: number): YMD {
  const t = new Date(n * 86400000);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

export function compareDates(a: YMD, b: YMD): number {
  return dayNumber(a) - dayNumber(b);
}

export function addDays(d: YMD, n: number): YMD {
  return fromDayNumber(dayNumber(d) + n);
}

export function today(): YMD {
  const t = new Date();
  return { y: t.getFullYear(), m: t.getMonth() + 1, d: t.getDate() };
}

/**
 * A date as the guides write it (HD05 3.1.3, Nghị định 30 PL I II.4): a day below 10 and the months
 * 1 and 2 take a leading zero, the other months none ("07/6/2023", "20/01/2026", "15/12/2025").
 */
export function formatVi(d: YMD): string {
  const dd = d.d < 10 ? `0${d.d}` : `${d.d}`;
  const mm = d.m <= 2 ? `0${d.m}` : `${d.m}`;
  return `${dd}/${mm}/${d.y}`;
}

/** A date written in the text: numbers as typed (they may be impossible). */
export interface DateMention {
  /** View offsets of the whole match and of the parts. */
  index: number;
  length: number;
  dayText: string;
  monthText: string;
  yearText: string;
  kind: 'slash' | 'dash' | 'words';
}

// dd/mm/yyyy or dd-mm-yyyy (not part of a longer number or a document number)
// A paragraph wrapped inside a date ("07/6/" ⏎ "2023") leaves a line break next to a separator.
const NUMERIC = new RegExp(
  '(?<![A-Za-z\\u00C0-\\u024F\\u1E00-\\u1EFF\\d/.-])' + // not inside a word or a longer number
    '(\\d{1,2})\\n?([/\\-.])\\n?(\\d{1,2})\\n?\\2\\n?(\\d{4})' + // day, separator, month, the same separator, year
    '(?![\\d/-]|\\.\\d)',
  'g',
);
// ngày 07 tháng 6 năm 2023
const WORDS = /(?<![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})(?!\d)/gi;

const isDigitAt = (text: string, k: number) => {
  const c = text.charCodeAt(k);
  return c >= 48 && c <= 57;
};
/** "0" … "99" by value, then "00" … "99" by 100 + value: a day's or month's digits as typed, made once. */
const SHORT_DIGITS: string[] = [];
for (let v = 0; v < 100; v++) SHORT_DIGITS[v] = String(v);
for (let v = 0; v < 100; v++) SHORT_DIGITS[100 + v] = String(v).padStart(2, '0');
/** The digits text[a, b) as a shared string (no copy per date). */
// Stryker disable all: sharing only — every way through gives the characters text[a, b) (a wrong branch or bound
// gives a copy of them instead of the shared string, which no reader can tell apart)
function digitsText(text: string, a: number, b: number): string {
  let v = 0;
  for (let k = a; k < b; k++) v = v * 10 + text.charCodeAt(k) - 48;
  if (b - a === 1) return SHORT_DIGITS[v];
  if (b - a === 2) return SHORT_DIGITS[100 + v];
  if (b - a !== 4) return intern(text.slice(a, b));
  let year = YEARS.get(v);
  if (year === undefined) {
    if (YEARS.size >= 10_000) YEARS.clear();
    year = intern(text.slice(a, b));
    YEARS.set(v, year);
  }
  return year;
}
// Stryker restore all
/** Four-digit years by value ("0202" is 202: every key here stands for four digits). */
const YEARS = new Map<number, string>();

/** All full dates (day, month, year) in a piece of text. */
export function findDates(text: string): DateMention[] {
  const out: DateMention[] = [];
  // test, not exec: no match array per date (a 1 MB draft holds thousands). The pattern tells where a match
  // ends; its parts are read back from there: four digits, an optional line break, the separator, an optional
  // line break, the month's one or two digits, the same again for the day (each part is of its own kind of
  // character, so there is one way to read it).
  NUMERIC.lastIndex = 0;
  while (NUMERIC.test(text)) {
    const end = NUMERIC.lastIndex;
    let k = end - 4;
    const yearAt = k;
    if (text.charCodeAt(k - 1) === 10) k--;
    const sep = text.charCodeAt(--k);
    if (text.charCodeAt(k - 1) === 10) k--;
    const monthEnd = k;
    while (isDigitAt(text, k - 1)) k--; // a separator or a line break stands before the month
    const monthAt = k;
    if (text.charCodeAt(k - 1) === 10) k--;
    k--; // the same separator
    if (text.charCodeAt(k - 1) === 10) k--;
    const dayEnd = k;
    while (isDigitAt(text, k - 1)) k--; // the pattern allows no digit before the day
    if (sep === 46) continue; // 1.2.2023 is too often a section number; not a date form of these documents
    out.push({
      index: k,
      length: end - k,
      dayText: digitsText(text, k, dayEnd),
      monthText: digitsText(text, monthAt, monthEnd),
      yearText: digitsText(text, yearAt, end),
      kind: sep === 47 ? 'slash' : 'dash',
    });
  }
  const numeric = out.length;
  WORDS.lastIndex = 0;
  for (let m = WORDS.exec(text); m; m = WORDS.exec(text)) {
    out.push({
      index: m.index!,
      length: m[0].length,
      dayText: intern(m[1]),
      monthText: intern(m[2]),
      yearText: intern(m[3]),
      kind: 'words',
    });
  }
  // Stryker disable next-line ConditionalExpression,LogicalOperator: a shortcut; dates in order stay as they are
  return out.length === numeric || numeric === 0 ? out : out.sort((a, b) => a.index - b.index);
}

/** One shared, read-only YMD per calendar day named in drafts (a model holds thousands of dates). */
const DAYS_SEEN = new Map<number, YMD>();
export function mentionToYmd(m: { dayText: string; monthText: string; yearText: string }): YMD | null {
  return ymdOf(+m.yearText, +m.monthText, +m.dayText);
}
/** The shared YMD of a day given as numbers, or null when there is no such day. */
export function ymdOf(y: number, mo: number, d: number): YMD | null {
  if (!isRealDate(y, mo, d)) return null;
  // Stryker disable next-line ArithmeticOperator: any key telling real days apart will do (d < 100, mo * 100 < 10 000)
  const key = y * 10000 + mo * 100 + d;
  let ymd = DAYS_SEEN.get(key);
  if (!ymd) {
    // Stryker disable next-line ConditionalExpression,EqualityOperator: the bound caps memory; the answer is the same
    if (DAYS_SEEN.size >= 20_000) DAYS_SEEN.clear();
    ymd = { y, m: mo, d };
    DAYS_SEEN.set(key, ymd);
  }
  return ymd;
}
