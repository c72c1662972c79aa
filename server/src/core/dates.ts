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

/** All full dates (day, month, year) in a piece of text. */
export function findDates(text: string): DateMention[] {
  const out: DateMention[] = [];
  for (const m of text.matchAll(NUMERIC)) {
    if (m[2] === '.') continue; // 1.2.2023 is too often a section number; not a date form of these documents
    out.push({
      index: m.index!,
      length: m[0].length,
      dayText: intern(m[1]),
      monthText: intern(m[3]),
      yearText: intern(m[4]),
      kind: m[2] === '/' ? 'slash' : 'dash',
    });
  }
  const numeric = out.length;
  for (const m of text.matchAll(WORDS)) {
    out.push({
      index: m.index!,
      length: m[0].length,
      dayText: intern(m[1]),
      monthText: intern(m[2]),
      yearText: intern(m[3]),
      kind: 'words',
    });
  }
  return out.length === numeric || numeric === 0 ? out : out.sort((a, b) => a.index - b.index);
}

/** One shared, read-only YMD per calendar day named in drafts (a model holds thousands of dates). */
const DAYS_SEEN = new Map<number, YMD>();
export function mentionToYmd(m: { dayText: string; monthText: string; yearText: string }): YMD | null {
  const y = +m.yearText,
    mo = +m.monthText,
    d = +m.dayText;
  if (!isRealDate(y, mo, d)) return null;
  const key = y * 10000 + mo * 100 + d;
  let ymd = DAYS_SEEN.get(key);
  if (!ymd) {
    if (DAYS_SEEN.size >= 20_000) DAYS_SEEN.clear();
    ymd = { y, m: mo, d };
    DAYS_SEEN.set(key, ymd);
  }
  return ymd;
}
