// Dates in the text (core/dates.ts findDates): hand-written cases, then a property against a slow reader
// that tries every start and every reading of "day sep month sep year" character by character.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  addDays,
  compareDates,
  dayNumber,
  daysInMonth,
  findDates,
  formatVi,
  fromDayNumber,
  isRealDate,
  mentionToYmd,
  parseIso,
  toIso,
  today,
  ymdOf,
  type DateMention,
} from '../server/src/core/dates';

const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : 20261201;
const RUNS = Number(process.env.FUZZ_RUNS ?? 150);

/** What a reader sees of a mention: where it is, what it says, and its form. */
const shown = (ms: DateMention[]) =>
  ms.map((m) => `${m.index}+${m.length} ${m.dayText}|${m.monthText}|${m.yearText} ${m.kind}`);

describe('findDates: numeric and spelled-out dates', () => {
  it.each([
    ['ngày 07/6/2023 và 20-01-2026', ['5+9 07|6|2023 slash', '18+10 20|01|2026 dash']],
    ['hạn 1/2/2027.', ['4+8 1|2|2027 slash']],
    // A paragraph wrapped inside the date: one line break beside each separator, no more.
    ['ngày 07/\n6/2023', ['5+10 07|6|2023 slash']],
    ['ngày 07\n/6\n/2023', ['5+11 07|6|2023 slash']],
    ['ngày 07/\n\n6/2023', []],
    // Dotted dates are read (and consumed) but not reported: too often a section number.
    ['mục 1.2.2023 rồi 3/4/2025', ['17+8 3|4|2025 slash']],
    // Mixed separators, a longer number, a letter or a slash in front, a digit or a slash after: no date.
    ['1/2-2023', []],
    ['123/4/2023', []],
    ['a1/2/2023', []],
    ['ă1/2/2023', []],
    ['5/1/2/2023', []],
    ['1/2/20234', []],
    ['1/2/2023/', []],
    ['1/2/2023-5', []],
    ['1/2/2023.5', []],
    // A sentence's full stop after the year is no part of a number.
    ['ngày 1/2/2023. Tiếp', ['5+8 1|2|2023 slash']],
    // The leading zeros as typed; the month's "00" is kept as typed (validity is another question).
    ['00/00/0000', ['0+10 00|00|0000 slash']],
    // Spelled-out dates, upper or lower case, sorted with the numeric ones by position.
    ['Ngày 5 tháng 3 năm 2024, 02/01/2025', ['0+23 5|3|2024 words', '25+10 02|01|2025 slash']],
    ['25/12/2025 và ngày 07 tháng 6 năm 2023', ['0+10 25|12|2025 slash', '14+24 07|6|2023 words']],
    ['NGÀY 9 THÁNG 9 NĂM 2025', ['0+23 9|9|2025 words']],
    // A quote, a colon or a bracket before the day is no part of it.
    ['(“1/2/2023”)', ['2+8 1|2|2023 slash']],
    ['hạn:15-3-2026', ['4+9 15|3|2026 dash']],
    ['bàngày 9 tháng 9 năm 2025', []],
  ])('%j', (text, expected) => {
    expect(shown(findDates(text))).toEqual(expected);
  });

  it('reads the same text twice alike (no state left between calls)', () => {
    const t = 'ngày 07/6/2023, ngày 08/6/2023';
    expect(shown(findDates(t))).toEqual(shown(findDates(t)));
    expect(findDates(t)).toHaveLength(2);
  });
});

// ---- The slow reference: every start, every reading, character by character. ----
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const isWordLetter = (c: string | undefined) =>
  c !== undefined && (/[A-Za-z]/.test(c) || (c >= '\u00C0' && c <= '\u024F') || (c >= '\u1E00' && c <= '\u1EFF'));

/** Numeric dates as the guides write them, found left to right without overlaps (dotted ones consumed, skipped). */
function slowNumericDates(t: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < t.length) {
    const m = readAt(t, i);
    if (!m) {
      i++;
      continue;
    }
    if (m.sep !== '.') out.push(`${i}+${m.end - i} ${m.day}|${m.month}|${m.year} ${m.sep === '/' ? 'slash' : 'dash'}`);
    i = m.end;
  }
  return out;
}
function readAt(t: string, i: number) {
  const before = t[i - 1];
  if (isDigit(before) || isWordLetter(before) || before === '/' || before === '.' || before === '-') return null;
  for (const dayLen of [2, 1]) {
    const day = t.slice(i, i + dayLen);
    if (day.length !== dayLen || ![...day].every(isDigit)) continue;
    for (const nl1 of [0, 1]) {
      let k = i + dayLen;
      if (nl1 && t[k++] !== '\n') continue;
      const sep = t[k++];
      if (sep !== '/' && sep !== '-' && sep !== '.') continue;
      for (const nl2 of [0, 1])
        for (const monthLen of [2, 1])
          for (const nl3 of [0, 1])
            for (const nl4 of [0, 1]) {
              let q = k;
              if (nl2 && t[q++] !== '\n') continue;
              const month = t.slice(q, q + monthLen);
              if (month.length !== monthLen || ![...month].every(isDigit)) continue;
              q += monthLen;
              if (nl3 && t[q++] !== '\n') continue;
              if (t[q++] !== sep) continue;
              if (nl4 && t[q++] !== '\n') continue;
              const year = t.slice(q, q + 4);
              if (year.length !== 4 || ![...year].every(isDigit)) continue;
              q += 4;
              const after = t[q];
              if (isDigit(after) || after === '/' || after === '-' || (after === '.' && isDigit(t[q + 1]))) continue;
              return { end: q, day, month, year, sep };
            }
    }
  }
  return null;
}

describe('findDates against the slow reference', () => {
  // Digits, the three separators and line breaks, in every order: where the fast reader's shortcuts would err.
  const pieces = fc.constantFrom('1', '2', '0', '9', '12', '2025', '/', '-', '.', '\n', ' ', 'a', 'ư', ', ');
  it('finds the same numeric dates in text made of date parts', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
        const t = parts.join('');
        const fast = shown(findDates(t)).filter((s) => !s.endsWith('words'));
        expect(fast).toEqual(slowNumericDates(t));
      }),
      { numRuns: RUNS * 20, seed: SEED },
    );
  });
  it('finds the same numeric dates in dates with damage around them', () => {
    const date = fc
      .tuple(
        fc.constantFrom('1', '07', '20', '31', '123'),
        fc.constantFrom('/', '-', '.', '/\n', '\n/', '\n-'),
        fc.constantFrom('6', '01', '12', '1\n'),
        fc.constantFrom('/', '-', '.', '/\n', '\n/'),
        fc.constantFrom('2023', '2026', '202', '20261'),
      )
      .map((p) => p.join(''));
    const glue = fc.constantFrom('', ' ', 'ngày ', 'x', '/', '.', '5', '.5', ', ', '\n');
    fc.assert(
      fc.property(fc.array(fc.tuple(glue, date), { maxLength: 6 }), glue, (xs, tail) => {
        const t = xs.map(([g, d]) => g + d).join('') + tail;
        const fast = shown(findDates(t)).filter((s) => !s.endsWith('words'));
        expect(fast).toEqual(slowNumericDates(t));
      }),
      { numRuns: RUNS * 20, seed: SEED },
    );
  });
});

describe('calendar helpers', () => {
  it('knows the leap years of the Gregorian calendar', () => {
    expect([1900, 2000, 2023, 2024, 2100, 2400].map((y) => daysInMonth(y, 2))).toEqual([28, 29, 28, 29, 28, 29]);
    expect([1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2026, m))).toEqual([
      31, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
  });
  it.each([
    [2026, 12, 1, true],
    [2024, 2, 29, true],
    [2023, 2, 29, false],
    [1900, 1, 1, true],
    [1899, 12, 31, false],
    [2200, 12, 31, true],
    [2201, 1, 1, false],
    [2026, 0, 1, false],
    [2026, 13, 1, false],
    [2026, 1, 0, false],
    [2026, 4, 31, false],
    [2026.5, 1, 1, false],
    [2026, 1.5, 1, false],
    [2026, 1, 1.5, false],
    [NaN, 1, 1, false],
  ])('isRealDate(%d, %d, %d) is %s', (y, m, d, real) => {
    expect(isRealDate(y, m, d)).toBe(real);
    expect(ymdOf(y, m, d)).toEqual(real ? { y, m, d } : null);
  });
  it('gives one shared record per day, and the right one', () => {
    expect(ymdOf(2026, 3, 4)).toBe(ymdOf(2026, 3, 4));
    expect(ymdOf(2026, 3, 4)).not.toBe(ymdOf(2026, 4, 3));
    expect(mentionToYmd({ dayText: '04', monthText: '3', yearText: '2026' })).toEqual({ y: 2026, m: 3, d: 4 });
    expect(mentionToYmd({ dayText: '31', monthText: '02', yearText: '2026' })).toBeNull();
  });
  it('reads and writes ISO dates', () => {
    expect(parseIso('2026-03-04')).toEqual({ y: 2026, m: 3, d: 4 });
    expect(parseIso(' 2026-03-04 ')).toEqual({ y: 2026, m: 3, d: 4 });
    for (const bad of ['x2026-03-04', '2026-03-04x', '2026-3-4', '2026-02-30', '', null, undefined])
      expect(parseIso(bad)).toBeNull();
    expect(toIso({ y: 2026, m: 3, d: 4 })).toBe('2026-03-04');
    expect(toIso({ y: 987, m: 12, d: 31 })).toBe('0987-12-31');
  });
  it('writes dates as the guides do', () => {
    expect(formatVi({ y: 2023, m: 6, d: 7 })).toBe('07/6/2023');
    expect(formatVi({ y: 2026, m: 1, d: 20 })).toBe('20/01/2026');
    expect(formatVi({ y: 2026, m: 2, d: 3 })).toBe('03/02/2026');
    expect(formatVi({ y: 2025, m: 12, d: 15 })).toBe('15/12/2025');
  });
  it("counts days as JavaScript's own calendar does (every day of 1899–2201, then the edges)", () => {
    for (let n = Date.UTC(1899, 0, 1) / 864e5; n <= Date.UTC(2201, 11, 31) / 864e5; n += 1) {
      const t = new Date(n * 864e5);
      const d = { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
      if (dayNumber(d) !== n) expect({ d, n: dayNumber(d) }).toEqual({ d, n });
      if (n % 97 === 0) expect(fromDayNumber(n)).toEqual(d);
    }
    expect(dayNumber({ y: 1970, m: 1, d: 1 })).toBe(0);
    expect(compareDates({ y: 2026, m: 5, d: 27 }, { y: 2026, m: 5, d: 26 })).toBe(1);
    expect(compareDates({ y: 2024, m: 3, d: 1 }, { y: 2024, m: 2, d: 28 })).toBe(2);
    expect(addDays({ y: 2024, m: 2, d: 28 }, 1)).toEqual({ y: 2024, m: 2, d: 29 });
    expect(addDays({ y: 2026, m: 12, d: 31 }, 1)).toEqual({ y: 2027, m: 1, d: 1 });
  });
  it("today is the machine's local calendar day", () => {
    const before = new Date();
    const t = today();
    const after = new Date();
    const local = (x: Date) => ({ y: x.getFullYear(), m: x.getMonth() + 1, d: x.getDate() });
    expect([local(before), local(after)]).toContainEqual(t);
  });
});
