// The parser on the same draft written in different ways, and on hostile input.
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, inspect, parse, RULES } from '../server/src/core';
import { bare, findPartyTitleLoose } from '../server/src/core/parse/ocr';
import { TODAY } from './helpers';
import { STATE_CORPUS, describeShared } from './shared';

const CLEAN5 = readFileSync(join(__dirname, 'fixtures', 'clean-hd05.kl.md'), 'utf8');
const CLEAN6 = readFileSync(join(__dirname, 'fixtures', 'clean-hd36.tb.md'), 'utf8');
const shape = (text: string) => {
  const m = inspect(parse(text, { today: TODAY }));
  return JSON.stringify({ ...m, header: { ...m.header }, opening: null });
};
const findings = (text: string) => analyze(text, { today: TODAY }).findings.map((f) => f.ruleId);

describe('the same draft written differently parses the same', () => {
  for (const [name, text] of [
    ['hd05', CLEAN5],
    ['hd36 markdown', CLEAN6],
  ] as const) {
    it(`${name}: CRLF line endings`, () => {
      const crlf = text.replace(/\n/g, '\r\n');
      expect(shape(crlf)).toBe(shape(text));
      expect(findings(crlf)).toEqual([]);
    });
    it(`${name}: decomposed (NFD) Vietnamese`, () => {
      const nfd = text.normalize('NFD');
      expect(nfd).not.toBe(text);
      expect(shape(nfd)).toBe(shape(text));
      expect(findings(nfd).filter((r) => r !== 'unicode-not-nfc')).toEqual([]);
    });
    it(`${name}: old tone placement (hòa, ủy) and new (hoà, uỷ) give the same structure`, () => {
      const swapped = text
        .replace(/ủy/g, 'uỷ')
        .replace(/Ủy/g, 'Uỷ')
        .replace(/ỦY/g, 'UỶ')
        .replace(/óa/g, 'oá')
        .replace(/òa/g, 'oà');
      expect(swapped).not.toBe(text);
      const a = inspect(parse(swapped, { today: TODAY })),
        b = inspect(parse(text, { today: TODAY }));
      expect(a.signature?.authority?.replace('UỶ', 'ỦY')).toBe(b.signature?.authority);
      const outline = (x: typeof a) => JSON.stringify(x.sections, (k, v) => (k === 'title' ? undefined : v));
      expect(outline(a)).toBe(outline(b));
      expect(findings(swapped)).toEqual([]);
    });
  }
  it('a BOM at the start changes nothing', () => {
    expect(findings('\uFEFF' + CLEAN5)).toEqual([]);
  });
  it('finding ranges point at the original text, also through Markdown and NFD', () => {
    const text = CLEAN6.replace('**T/L BAN THƯỜNG VỤ**', '**TL. BAN THƯỜNG VỤ**').normalize('NFD');
    const r = analyze(text, { today: TODAY });
    const f = r.findings.find((x) => x.ruleId === 'signature-authority-invalid')!;
    expect(text.slice(f.start, f.end)).toBe('TL.');
  });
});

describe('profile and reference date (spec §1–2)', () => {
  it('a draft with no date gets hd05 (today is after 27/5/2026)', () => {
    const m = parse(
      CLEAN5.replace('ngày 15 tháng 8 năm 2026', 'ngày     tháng     năm 2026').replace(
        'Ngày 10 tháng 8 năm 2026',
        'Ngày … tháng … năm 2026',
      ),
      { today: TODAY },
    );
    expect(m.profile).toBe('hd05');
    expect(m.reference.source).toBe('today');
    expect(m.reference.compareDate).toBeNull();
  });
  it('the referenceDate setting dates an undated draft', () => {
    const m = parse(
      CLEAN5.replace('ngày 15 tháng 8 năm 2026', 'ngày     tháng     năm 2026').replace(
        'Ngày 10 tháng 8 năm 2026,',
        'Sau khi',
      ),
      { today: TODAY, referenceDate: { y: 2025, m: 3, d: 1 } },
    );
    expect(m.profile).toBe('hd36');
    expect(m.reference.source).toBe('setting');
  });
  it('without an issue date, the meeting date plus 30 days is the comparison date', () => {
    const m = parse(CLEAN5.replace('                              Tân Lập, ngày 15 tháng 8 năm 2026', ''), {
      today: TODAY,
    });
    expect(m.reference.source).toBe('meeting-date');
    expect(m.reference.meetingDate).toEqual({ y: 2026, m: 8, d: 10 });
    expect(m.reference.compareDate).toEqual({ y: 2026, m: 9, d: 9 });
  });
  it('26/5/2026 is hd36, 27/5/2026 is hd05', () => {
    expect(
      parse(CLEAN5.replace('ngày 15 tháng 8 năm 2026', 'ngày 26 tháng 5 năm 2026'), { today: TODAY }).profile,
    ).toBe('hd36');
    expect(
      parse(CLEAN5.replace('ngày 15 tháng 8 năm 2026', 'ngày 27 tháng 5 năm 2026'), { today: TODAY }).profile,
    ).toBe('hd05');
  });
  it('an inline comment forces the profile', () => {
    expect(parse('<!-- ketluan-profile hd36 -->\n' + CLEAN5, { today: TODAY }).profile).toBe('hd36');
  });
});

describe('inline control comments (spec §4)', () => {
  const bad = CLEAN5.replace('T/M BAN THƯỜNG VỤ', 'TM. BAN THƯỜNG VỤ');
  it('disable-next-line', () => {
    const t = bad.replace('Nơi nhận:', '<!-- ketluan-disable-next-line signature-authority-invalid -->\nNơi nhận:');
    expect(findings(t)).toEqual([]);
  });
  it('disable-file without ids silences every rule', () => {
    expect(findings('<!-- ketluan-disable-file -->\nhello')).toEqual([]);
  });
  it('disable … enable', () => {
    const t = bad
      .replace('Nơi nhận:', '<!-- ketluan-disable signature-authority-invalid -->\nNơi nhận:')
      .replace('Lê Thị Hồng Nhung', 'Lê Thị Hồng Nhung\n<!-- ketluan-enable signature-authority-invalid -->');
    expect(findings(t)).toEqual([]);
  });
  it('a comment for another rule does not silence this one', () => {
    const t = bad.replace('Nơi nhận:', '<!-- ketluan-disable-next-line recipients-missing -->\nNơi nhận:');
    expect(findings(t)).toEqual(['signature-authority-invalid']);
  });
});

describe('never throws, ranges stay inside the text', () => {
  const inputs = [
    '',
    '\uFEFF',
    'Số',
    '\0\0\0',
    '-'.repeat(10000),
    '1.1.1.1.1.1.1.1 '.repeat(200),
    'Nơi nhận:\n',
    'T/M\n',
    '\uD800 lone surrogate',
    'a\r\rb\r\n\nc',
    '*\n*\n*',
    'I.\nI.\nI.',
  ];
  for (const input of inputs) {
    it(JSON.stringify(input.slice(0, 30)), () => {
      const r = analyze(input, { today: TODAY });
      for (const f of r.findings) {
        expect(f.start).toBeGreaterThanOrEqual(0);
        expect(f.end).toBeLessThanOrEqual(input.length);
        expect(f.start).toBeLessThanOrEqual(f.end);
      }
      expect(r.failures).toEqual([]);
      expect(() => JSON.stringify(inspect(r.model))).not.toThrow();
    });
  }
});

describeShared('state documents (../shared/corpus/state)', () => {
  const dir = STATE_CORPUS;
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
  const partyOnly = new Set(RULES.filter((r) => !r.profiles.includes('nd30')).map((r) => r.id));
  it('the corpus is there', () => expect(files.length).toBeGreaterThanOrEqual(8));
  for (const f of files) {
    it(`${f}: nd30 profile and no Party-only rule`, () => {
      const r = analyze(readFileSync(join(dir, f), 'utf8'), { today: TODAY });
      expect(r.model.profile).toBe('nd30');
      expect(r.findings.filter((x) => partyOnly.has(x.ruleId))).toEqual([]);
      expect(r.failures).toEqual([]);
    });
  }
});

describe('each draft gets the punctuation of its own regime', () => {
  const items = (text: string) =>
    analyze(text, { today: TODAY }).findings.filter((f) => f.ruleId === 'recipients-item-format');
  it('dated 15/8/2026 (hd05): ";" is right, "," is reported', () => {
    expect(parse(CLEAN5, { today: TODAY }).profile).toBe('hd05');
    expect(items(CLEAN5)).toEqual([]);
    expect(items(CLEAN5.replace(/;\n/g, ',\n').replace(/;(\s{3,})/g, ',$1'))).toHaveLength(4);
  });
  it('the same draft dated 15/8/2023 (hd36): "," is right, ";" is reported', () => {
    const d2023 = CLEAN5.replace('năm 2026', 'năm 2023').replace(
      'Ngày 10 tháng 8 năm 2026',
      'Ngày 10 tháng 8 năm 2023',
    );
    expect(parse(d2023, { today: TODAY }).profile).toBe('hd36');
    const f = items(d2023);
    expect(f).toHaveLength(4);
    expect(f[0].message).toMatch(/Theo Hướng dẫn 36-HD\/VPTW, .* dấu ","/);
    expect(items(d2023.replace(/;\n/g, ',\n').replace(/;(\s{3,})/g, ',$1'))).toEqual([]);
  });
});

describe('a Party title damaged by a scan (parse/ocr)', () => {
  it('is found read without diacritics, digits read as letters, at its place in the line', () => {
    expect(findPartyTitleLoose('ĐÁNG CỘNG SÁN VIỆT NAM')).toEqual([0, 22]);
    expect(findPartyTitleLoose('DANG C0NG SAN VIET NAM')).toEqual([0, 22]);
    expect(findPartyTitleLoose('TỈNH ỦY LÂM ĐỒNG     ĐÀNG CÔNG SẢN VIÊT NAM')).toEqual([21, 43]);
  });
  it('near misses: an issuer line, a line missing one word, the words inside a longer word', () => {
    expect(findPartyTitleLoose('ĐẢNG BỘ TỈNH LÂM ĐỒNG ĐẢNG ỦY XÃ TÂN LẬP')).toBeNull();
    expect(findPartyTitleLoose('ĐẢNG CỘNG SẢN VIỆT     NHÀ NƯỚC CỘNG HÒA')).toBeNull();
    expect(findPartyTitleLoose('ĐẢNG CỘNG SẢN VIỆT NAMX VÀ CÁC BẠN CÙNG')).toBeNull();
    expect(findPartyTitleLoose('XĐẢNG CỘNG SẢN VIỆT NAM và các bạn')).toBeNull();
    expect(findPartyTitleLoose('ĐẢNGCỘNG SẢN VIỆT NAM và các bạn cùng')).toBeNull();
    expect(findPartyTitleLoose('ĐẢNG CỘNG SẢN VIỆT NA')).toBeNull();
  });
  it('lower case, any white space between the words, punctuation after, the first of two, at the very end', () => {
    expect(findPartyTitleLoose('đảng cộng sản việt nam')).toEqual([0, 22]);
    expect(findPartyTitleLoose('ĐẢNG\tCỘNG\u00a0SẢN\u2003VIỆT  NAM,')).toEqual([0, 23]);
    expect(findPartyTitleLoose('Đảng Cộng sản Việt Nam và Đảng Cộng sản Việt Nam')).toEqual([0, 22]);
    expect(findPartyTitleLoose('1. Lãnh đạo của ĐẢNG CỘNG SẢN VIỆT NAM')).toEqual([16, 38]);
    expect(findPartyTitleLoose('ĐẢNG ỦY, ĐẢNG CỘNG SẢN VIỆT NAM')).toEqual([9, 31]);
  });
  it('finds what the bare text read with the pattern finds (a slow reference), on generated lines', () => {
    const reference = (t: string): [number, number] | null => {
      const m = /(?<![A-Z])DANG\s+CONG\s+SAN\s+VIET\s+NAM(?![A-Z])/.exec(bare(t));
      return m ? [m.index, m.index + m[0].length] : null;
    };
    const parts = ['ĐẢNG', 'Đảng', 'dang', 'CỘNG', 'C0NG', 'SẢN', 'sán', 'VIỆT', 'NAM', 'Nam', 'NAMX', 'X', 'Ủy', '1.'];
    const gaps = [' ', '  ', '\t', '\u00a0', '\u2003', '', ',', '\n'];
    let seed = 7;
    const pick = <T,>(xs: T[]) => xs[(seed = (seed * 1103515245 + 12345) % 2147483648) % xs.length];
    let found = 0;
    for (let n = 0; n < 4000; n++) {
      let t = '';
      for (let k = 0; k < 6 + (n % 9); k++) t += pick(parts) + pick(gaps);
      // Every other line holds the five words in order, with random gaps: the matches are not all misses.
      if (n % 2) t += ['ĐẢNG', 'CỘNG', 'SẢN', 'VIỆT', 'NAM'].map((w) => w + pick(gaps)).join('');
      const r = reference(t);
      if (r) found++;
      expect(findPartyTitleLoose(t), JSON.stringify(t)).toEqual(r);
    }
    expect(found).toBeGreaterThan(300);
  });
});
