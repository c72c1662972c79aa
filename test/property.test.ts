// Property tests (fixed seed): any input gives a model and findings, every range lies in the text,
// inspect is valid JSON. `npm run fuzz` runs the same properties with many more inputs.
import { describe, it, expect, afterAll } from 'vitest';
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, inspect } from '../server/src/core';
import { readSource, srcStart, srcEnd } from '../server/src/core/text';
import { joinViews, plainSlice, parseCitations } from '../server/src/core/parse/citations';
import { findNumbers } from '../server/src/core/parse/numbers';
import { foldTone } from '../server/src/core/vn';
import { dayNumber } from '../server/src/core/dates';
import { TODAY } from './helpers';

const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
// npm test: a fixed seed. npm run fuzz: FUZZ_SEED if given, else a new random seed each run (printed at the end).
const SEED = process.env.FUZZ_SEED
  ? Number(process.env.FUZZ_SEED)
  : process.env.FUZZ_RANDOM
    ? Math.floor(Math.random() * 2 ** 31)
    : 20261122;
const LONG = RUNS > 500 ? 900_000 : 30_000; // npm run fuzz runs long
const DRAFTS = [
  ...readdirSync(join(__dirname, 'fixtures'))
    .filter((f) => /\.(md|txt|ketluan)$/.test(f))
    .map((f) => readFileSync(join(__dirname, 'fixtures', f), 'utf8')),
  ...readdirSync(join(__dirname, '..', 'examples')).map((f) =>
    readFileSync(join(__dirname, '..', 'examples', f), 'utf8'),
  ),
];

/** The slowest input seen and how many were tried (printed at the end, for the fuzz report). */
const seen = { count: 0, slowestMs: 0, slowest: '' };
afterAll(() => {
  console.log(
    `[fuzz] ${seen.count} inputs analysed (seed ${SEED}, ${RUNS} runs per property); slowest ` +
      `${seen.slowestMs.toFixed(1)} ms: ${seen.slowest}`,
  );
});

export function checkInvariants(text: string) {
  const t0 = performance.now();
  const r = analyze(text, { today: TODAY });
  const ms = performance.now() - t0;
  seen.count++;
  if (ms > seen.slowestMs) {
    seen.slowestMs = ms;
    seen.slowest =
      `${text.length} chars, ${r.model.src.lines.length} lines, starting ` + `${JSON.stringify(text.slice(0, 40))}`;
  }
  expect(r.failures).toEqual([]);
  for (const f of r.findings) {
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeLessThanOrEqual(text.length);
    expect(f.start).toBeLessThanOrEqual(f.end);
    for (const fx of [f.fix, ...f.suggestions].filter(Boolean))
      for (const e of fx!.edits) {
        expect(e.start).toBeGreaterThanOrEqual(0);
        expect(e.end).toBeLessThanOrEqual(text.length);
        expect(e.start).toBeLessThanOrEqual(e.end);
      }
  }
  JSON.parse(JSON.stringify(inspect(r.model)));
  return r;
}

/** Mutations of a realistic draft: the kinds of damage copies from PDF and Word bring. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('deleteLine'), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate'), at: fc.nat(), len: fc.integer({ min: 1, max: 8 }) }),
  fc.record({
    kind: fc.constant('insert'),
    at: fc.nat(),
    text: fc.oneof(
      fc.string(),
      fc.constantFrom(
        'Số',
        'Nơi nhận:',
        'T/M',
        'I.',
        '1.1.1.',
        '- Lưu',
        '-----',
        '*',
        '\f3',
        '\u0000',
        '\uD800',
        '\t\t',
        'ngày 31 tháng 02 năm 2023',
        'Kết luận số 12-',
        'HD/TU',
      ),
    ),
  }),
  fc.record({
    kind: fc.constant('transform'),
    how: fc.constantFrom('nfd', 'crlf', 'cr', 'tabs', 'bom', 'upper', 'strip-marks'),
  }),
  fc.record({ kind: fc.constant('longLine'), at: fc.nat(), len: fc.integer({ min: 1000, max: 100000 }) }),
);

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function mutate(text: string, muts: any[]): string {
  let lines = text.split('\n');
  for (const m of muts) {
    const at = lines.length ? m.at % lines.length : 0;
    if (m.kind === 'deleteLine') lines.splice(at, 1);
    else if (m.kind === 'duplicate') lines.splice(at, 0, ...lines.slice(at, at + m.len));
    else if (m.kind === 'insert') lines.splice(at, 0, m.text);
    else if (m.kind === 'longLine')
      lines.splice(at, 0, 'Kết luận số 12-KL/TU ngày 01/02/2023 '.repeat(Math.ceil(m.len / 37)).slice(0, m.len));
    else {
      let t = lines.join('\n');
      if (m.how === 'nfd') t = t.normalize('NFD');
      if (m.how === 'crlf') t = t.replace(/\n/g, '\r\n');
      if (m.how === 'cr') t = t.replace(/\n/g, '\r');
      if (m.how === 'tabs') t = t.replace(/ {4}/g, '\t');
      if (m.how === 'bom') t = '\uFEFF' + t;
      if (m.how === 'upper') t = t.toUpperCase();
      if (m.how === 'strip-marks') t = t.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
      lines = t.split('\n');
    }
  }
  return lines.join('\n');
}

describe('properties', () => {
  it(
    'arbitrary strings',
    () => {
      fc.assert(
        fc.property(fc.string({ maxLength: 2000 }), (s) => {
          checkInvariants(s);
        }),
        { numRuns: RUNS, seed: SEED },
      );
    },
    LONG,
  );
  it(
    'arbitrary Unicode, including lone surrogates',
    () => {
      fc.assert(
        fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), (s) => {
          checkInvariants(s);
        }),
        { numRuns: RUNS, seed: SEED },
      );
    },
    LONG,
  );
  it(
    'Vietnamese-looking text built from document pieces',
    () => {
      const piece = fc.constantFrom(
        'ĐẢNG CỘNG SẢN VIỆT NAM',
        'ĐẢNG ỦY XÃ A',
        '*',
        'Số 01-KL/ĐU',
        'Số: 1/KL-ĐU',
        'Hà Nội, ngày 05 tháng 02 năm 2026',
        'KẾT LUẬN',
        '-----',
        'I. A',
        'II- B',
        '1. c',
        '1.1. d',
        'a) e',
        'f) g',
        'Nơi nhận:',
        '- Ban Thường vụ Tỉnh ủy,',
        '- Lưu: VT, VP.',
        'T/M BAN THƯỜNG VỤ',
        'K/T BÍ THƯ',
        'PHÓ BÍ THƯ TỈNH ỦY',
        'TS. Nguyễn Văn A',
        'Kết luận số 39-KL/ĐU ngày 26/12/2023 của Đảng ủy',
        'Chỉ thị số 08/QĐ-TTg',
        'trước ngày 31/02/2023',
        'Phụ lục',
        '“(1) trích',
        'dẫn”',
        '',
        '   ',
        'S¸u th¸ng',
        'củа',
      );
      fc.assert(
        fc.property(fc.array(piece, { maxLength: 80 }), fc.constantFrom('\n', '\r\n', '   '), (ps, sep) => {
          checkInvariants(ps.join(sep));
        }),
        { numRuns: RUNS, seed: SEED },
      );
    },
    LONG,
  );
  it(
    'mutations of realistic drafts',
    () => {
      fc.assert(
        fc.property(fc.constantFrom(...DRAFTS), fc.array(mutation, { minLength: 1, maxLength: 6 }), (d, muts) => {
          checkInvariants(mutate(d, muts));
        }),
        { numRuns: RUNS, seed: SEED },
      );
    },
    LONG,
  );
});

describe('text layer', () => {
  const piece = fc.constantFrom(
    'Ủy ban',
    'uỷ ban',
    'hòa',
    'hoà',
    'Đảng ủy',
    '**',
    '_',
    '# ',
    '  ',
    '\t',
    'Kết luận số 12-KL/TU',
    '12/01/2026',
    'a\u0301',
    '\u00A0',
    'x',
    '-----',
    '\n',
    '\r\n',
    '\n\n',
  );
  it('plainSlice gives the joined plain text of any range', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), fc.nat(), fc.nat(), (ps, x, y) => {
        const src = readSource(ps.join(''));
        const j = joinViews(src);
        const plain = src.lines.map((l) => l.view.typed).join('\n') + '\n';
        expect(j.text.length).toBe(plain.length);
        const a = x % (plain.length + 1),
          b = y % (plain.length + 1);
        expect(plainSlice(j, Math.min(a, b), Math.max(a, b))).toBe(plain.slice(Math.min(a, b), Math.max(a, b)));
      }),
      { numRuns: RUNS * 2, seed: SEED },
    );
  });
  it('every view character maps to a non-empty, ordered piece of the original line', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (ps) => {
        const src = readSource(ps.join(''));
        for (const l of src.lines)
          for (const v of [l.view, ...l.segs]) {
            expect(v.matchText.length).toBe(v.typed.length);
            let prev = v.start;
            for (let i = 0; i < v.matchText.length; i++) {
              expect(srcStart(v, i)).toBeGreaterThanOrEqual(prev);
              expect(srcEnd(v, i)).toBeGreaterThan(srcStart(v, i));
              expect(srcEnd(v, i)).toBeLessThanOrEqual(l.end);
              prev = srcStart(v, i);
            }
            // A view with no offset table is the original text itself.
            if (!v.from) expect(v.typed).toBe(src.text.slice(v.start, v.end));
          }
      }),
      { numRuns: RUNS * 2, seed: SEED },
    );
  });
});

describe('citations read in chunks', () => {
  it('give the same citations and dates as one pass over the whole text', () => {
    const extra = fc.constantFrom(
      'Kết luận số 12-\n\n\nKL/TU ngày 01/02/2023',
      'Kết luận\nsố 7-KL/TU',
      'trước\nngày 30/11/2026',
      'ban hành\nngày 01/02/2023',
      'Nghị định số 30/2020/NĐ-CP',
      '',
      '\n\n\n\n\n\n',
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...DRAFTS),
        fc.array(fc.tuple(fc.nat(), extra), { maxLength: 6 }),
        fc.integer({ min: 1, max: 400 }),
        (d, inserts, chunk) => {
          const lines = d.split('\n');
          for (const [at, x] of inserts) lines.splice(at % (lines.length + 1), 0, x);
          const src = readSource(lines.join('\n'));
          const last = src.lines.length - 1;
          expect(parseCitations(src, 0, last, chunk)).toEqual(parseCitations(src, 0, last, Infinity));
        },
      ),
      { numRuns: RUNS, seed: SEED },
    );
  });
});

describe('tone placement', () => {
  // The oracle is written out by hand, independent of vn.ts: the fifteen pairs "tone on o/u" -> "tone on a/e/y"
  // (and their capitals), swapped where the pair ends a syllable and the u is not part of "qu".
  const LOWER: [string, string][] = [
    ['òa', 'oà'],
    ['óa', 'oá'],
    ['ỏa', 'oả'],
    ['õa', 'oã'],
    ['ọa', 'oạ'],
    ['òe', 'oè'],
    ['óe', 'oé'],
    ['ỏe', 'oẻ'],
    ['õe', 'oẽ'],
    ['ọe', 'oẹ'],
    ['ùy', 'uỳ'],
    ['úy', 'uý'],
    ['ủy', 'uỷ'],
    ['ũy', 'uỹ'],
    ['ụy', 'uỵ'],
  ];
  const PAIRS = new Map<string, string>();
  for (const [o, n] of LOWER) {
    const up = (x: string) => x.toUpperCase();
    PAIRS.set(o, n);
    PAIRS.set(up(o), up(n));
    PAIRS.set(up(o[0]) + o[1], up(n[0]) + n[1]);
    PAIRS.set(o[0] + up(o[1]), n[0] + up(n[1]));
  }
  /** Slow reference: walk the string; swap a listed pair not after q/Q and not followed by a letter or mark. */
  function referenceFold(s: string): string {
    let out = '';
    for (let i = 0; i < s.length; i++) {
      const pair = s.slice(i, i + 2),
        swapped = PAIRS.get(pair);
      const afterQ = i > 0 && (s[i - 1] === 'q' || s[i - 1] === 'Q');
      const next = s[i + 2] ?? '';
      if (swapped && !afterQ && !/[\p{L}\p{M}]/u.test(next)) {
        out += swapped;
        i++;
      } else out += s[i];
    }
    return out;
  }
  it('hand-written words', () => {
    const words: [string, string][] = [
      ['hòa', 'hoà'],
      ['Hòa Bình', 'Hoà Bình'],
      ['HÒA', 'HOÀ'],
      ['Ủy ban', 'Uỷ ban'],
      ['thủy lợi', 'thuỷ lợi'],
      ['khỏe', 'khoẻ'],
      ['tòa án', 'toà án'],
      ['quý', 'quý'],
      ['Quỳnh', 'Quỳnh'],
      ['hoàn', 'hoàn'],
      ['hòan', 'hòan'],
      ['hoà', 'hoà'],
      ['uỷ', 'uỷ'],
      ['o\u0301a', 'o\u0301a'],
      ['ủy\u0301', 'ủy\u0301'],
      ['(ủy)', '(uỷ)'],
    ];
    for (const [w, folded] of words) expect(foldTone(w), w).toBe(folded);
    for (const [w, folded] of words) expect(referenceFold(w), `reference: ${w}`).toBe(folded);
  });
  const piece = fc.constantFrom(
    'hòa',
    'hoà',
    'Hòa',
    'HÒA',
    'ủy',
    'Ủy',
    'uỷ',
    'quý',
    'Qủy',
    'khỏe',
    'khoẻ',
    'thủy',
    'hòan',
    'òa',
    'ùy',
    'ÙY',
    'ọe',
    'x',
    ' ',
    '\u0301',
    'à',
    'y',
    'a',
    'đ',
    'ỏ',
    'ũ',
    'oE',
    'Òe',
  );
  it('foldTone agrees with the slow reference on any mix of pieces', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 25 }), (ps) => {
        const s = ps.join('');
        expect(foldTone(s)).toBe(referenceFold(s));
      }),
      { numRuns: RUNS * 4, seed: SEED },
    );
  });
});

describe('calendar', () => {
  it('dayNumber counts days as Date.UTC does, rolling over out-of-range months and days alike', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1800, max: 2300 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        (y, m, d) => {
          expect(dayNumber({ y, m, d })).toBe(Math.floor(Date.UTC(y, m - 1, d) / 86400000));
        },
      ),
      { numRuns: RUNS * 10, seed: SEED },
    );
  });
});

describe('number tokens', () => {
  // Hand-written readings (the oracle does not reuse the tokenizer's patterns):
  // [text, allowBlank, [matched text, shape, number, type code, issuer code, year][]]
  type Tok = [string, string, string, string | null, string, number | null];
  const TABLE: [string, boolean, Tok[]][] = [
    ['Số 12-KL/TU ngày', false, [['12-KL/TU', 'party', '12', 'KL', 'TU', null]]],
    ['số 19 – CTr/ĐU ngày', false, [['19 – CTr/ĐU', 'party', '19', 'CTr', 'ĐU', null]]],
    ['Quy chế 05-QC/BTCTU-BNCTU.', false, [['05-QC/BTCTU-BNCTU', 'party', '05', 'QC', 'BTCTU-BNCTU', null]]],
    ['Quy định 08-QĐi/TW,', false, [['08-QĐi/TW', 'party', '08', 'QĐi', 'TW', null]]],
    ['Chỉ thị 08/CT-TTg', false, [['08/CT-TTg', 'state', '08', 'CT', 'TTg', null]]],
    ['Nghị định 30/2020/NĐ-CP;', false, [['30/2020/NĐ-CP', 'law', '30', 'NĐ', 'CP', 2020]]],
    ['Luật 42/2024/QH15', false, [['42/2024/QH15', 'law', '42', null, 'QH15', 2024]]],
    ['Nghị quyết 35/2023/UBTVQH15', false, [['35/2023/UBTVQH15', 'law', '35', null, 'UBTVQH15', 2023]]],
    ['Công văn 5973/UBND-KT', false, [['5973/UBND-KT', 'state', '5973', null, 'UBND', null]]],
    ['Công văn 215/HĐND-VP', false, [['215/HĐND-VP', 'state', '215', null, 'HĐND', null]]],
    ['Phương án 316/PA-UBND', false, [['316/PA-UBND', 'state', '316', 'PA', 'UBND', null]]],
    ['Kết luận 12/KL-TU', false, [['12/KL-TU', 'state', '12', 'KL', 'TU', null]]],
    ['Quyết định 1050 /QĐ-SCT', false, [['1050 /QĐ-SCT', 'state', '1050', 'QĐ', 'SCT', null]]],
    ['Kết luận 12–KL/TU', false, [['12–KL/TU', 'party', '12', 'KL', 'TU', null]]],
    ['Số     -KL/TU', true, [['     -KL/TU', 'party', '', 'KL', 'TU', null]]],
    ['Số     -KL/TU', false, []],
    ['điểm 3/QĐ', false, []],
    ['mã x12-KL/TU', false, []],
    ['số 1234567-KL/TU', false, []],
    ['tỷ lệ 35/40 chi bộ', false, []],
    [
      '12-KL/TU và 13-KL/TU',
      false,
      [
        ['12-KL/TU', 'party', '12', 'KL', 'TU', null],
        ['13-KL/TU', 'party', '13', 'KL', 'TU', null],
      ],
    ],
  ];
  for (const [text, allowBlank, want] of TABLE) {
    it(`reads ${JSON.stringify(text)}${allowBlank ? ' (blank numbers allowed)' : ''}`, () => {
      const got = findNumbers(text, { allowBlank }).map((t) => [
        text.slice(t.index, t.end),
        t.shape,
        t.num,
        t.typeCode,
        t.issuerCode,
        t.year,
      ]);
      expect(got).toEqual(want);
    });
  }
  // Any mix of pieces: the tokens are well-formed, whatever the grammar says about which ones exist.
  const piece = fc.constantFrom(
    '12',
    '0',
    '2024',
    '-',
    '–',
    ' ',
    '\t',
    '/',
    'KL',
    'TU',
    'ĐU',
    'Đ',
    'NĐ',
    'CP',
    'QH15',
    'UBND',
    'x',
    'a',
    'số ',
    '\n',
    'BTCTW',
    'HD',
    '7',
    '1234567',
  );
  for (const allowBlank of [false, true]) {
    const blank = allowBlank ? ' (blank numbers allowed)' : '';
    it(`findNumbers gives ordered, disjoint, self-consistent tokens${blank}`, () => {
      fc.assert(
        fc.property(fc.array(piece, { maxLength: 30 }), (ps) => {
          const text = ps.join('');
          let prevEnd = 0;
          for (const t of findNumbers(text, { allowBlank })) {
            expect(t.index).toBeGreaterThanOrEqual(prevEnd);
            expect(t.end).toBeGreaterThan(t.index);
            expect(t.end).toBeLessThanOrEqual(text.length);
            prevEnd = t.end;
            expect(text.slice(t.numIndex, t.numEnd)).toBe(t.num);
            expect(t.num).toMatch(/^\d{0,6}$/);
            if (!allowBlank) expect(t.num).not.toBe('');
            if (t.typeCode !== null) expect(text.startsWith(t.typeCode, t.typeIndex)).toBe(true);
            expect(t.issuerCode).toBeTruthy();
            expect(t.issuerCode).not.toMatch(/[\s\u2010-\u2014\u2212]/); // odd dashes read as "-"
            expect(t.shape === 'law').toBe(t.year !== null);
            if (t.year !== null) expect(text.slice(t.index, t.end)).toContain(`/${t.year}/`);
          }
        }),
        { numRuns: RUNS * 4, seed: SEED },
      );
    });
  }
});

describe('adversarial inputs', () => {
  const cases: [string, () => string][] = [
    ['a 10 MB single line', () => 'a'.repeat(10_000_000)],
    ['1,000,000 "-" characters', () => '-'.repeat(1_000_000)],
    ['100,000 nested-looking numbers', () => Array.from({ length: 100_000 }, () => '1').join('.')],
    [
      '100,000 lines of nested-looking headings',
      () => Array.from({ length: 100_000 }, (_, i) => '1.'.repeat((i % 10) + 1) + ' x').join('\n'),
    ],
    [
      '50,000 citations',
      () => Array.from({ length: 50_000 }, (_, i) => `Kết luận số ${i}-KL/TU ngày 01/02/2023 của Tỉnh ủy.`).join('\n'),
    ],
    ['a file of only "Số"', () => 'Số'],
    ['binary data', () => Array.from({ length: 200_000 }, (_, i) => String.fromCharCode((i * 7919) % 256)).join('')],
    ['an empty file', () => ''],
    ['a file with only a BOM', () => '\uFEFF'],
  ];
  for (const [name, make] of cases) {
    it(
      name,
      () => {
        const text = make();
        const r = checkInvariants(text);
        expect(r.model).toBeDefined();
      },
      20000,
    );
  }
});
