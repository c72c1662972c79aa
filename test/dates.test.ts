// Dates in the text (core/dates.ts findDates): hand-written cases, then a property against a slow reader
// that tries every start and every reading of "day sep month sep year" character by character.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { findDates, type DateMention } from '../server/src/core/dates';

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
  c !== undefined &&
  (/[A-Za-z]/.test(c) ||
    (c >= '\u00C0' && c <= '\u024F') ||
    (c >= '\u1E00' && c <= '\u1EFF'));

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
    if (m.sep !== '.')
      out.push(`${i}+${m.end - i} ${m.day}|${m.month}|${m.year} ${m.sep === '/' ? 'slash' : 'dash'}`);
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
