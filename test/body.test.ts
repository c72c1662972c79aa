// The body's outline as the parser reads it: which lines are numbered headings, their numbers and titles, the
// tree they form, and numbering inside a quoted passage. Expectations written by hand.
import { describe, it, expect } from 'vitest';
import { parse } from '../server/src/core';
import { levelKey, matchHeading, partOrdinal, rankOf, spellPart } from '../server/src/core/parse/body';
import type { Section } from '../server/src/core/model';
import { TODAY } from './helpers';

describe('a numbered heading at the start of a line', () => {
  it.each([
    ['I. ĐÁNH GIÁ', 'roman', 'I', '.', 'I. '],
    ['IV- NHIỆM VỤ', 'roman', 'IV', '-', 'IV- '],
    ['II.NHIỆM VỤ', 'roman', 'II', '.', 'II.'],
    ['1. Nội dung', 'arabic', '1', '.', '1. '],
    ['12 - Nội dung', 'arabic', '12', '-', '12 - '],
    ['1.2. Nội dung', 'decimal', '1.2', '.', '1.2. '],
    ['1.2 Nội dung', 'decimal', '1.2', '', '1.2 '],
    ['a) Chi bộ', 'letter', 'a', ')', 'a) '],
    ['đ) Chi bộ', 'letter', 'đ', ')', 'đ) '],
    ['(3) Nội dung', 'paren', '3', ')', '(3) '],
    ['Điều 5. Hiệu lực', 'dieu', '5', '.', 'Điều 5. '],
    ['Phần thứ hai', 'part', 'thứ hai', '', 'Phần thứ hai'],
    ['PHẦN II. KẾT QUẢ', 'part', 'II', '', 'PHẦN II. '],
  ])('%j', (t, kind, number, sep, matched) => {
    const h = matchHeading(t)!;
    expect({ kind: h.kind, number: h.number, sep: h.sep, matched: t.slice(0, h.len) }).toEqual({
      kind,
      number,
      sep,
      matched,
    });
  });
  it('the number with its separator is what the rules quote', () => {
    const at = (t: string) => t.slice(0, matchHeading(t)!.numLen);
    expect(
      ['I. A', 'IV - B', '1. C', '12- D', '1.2. E', '1.2 F', 'a) G', '(3) H', 'Điều 5. I', 'Phần thứ hai'].map(at),
    ).toEqual(['I.', 'IV -', '1.', '12-', '1.2.', '1.2', 'a)', '(3)', 'Điều 5', 'Phần thứ hai']);
  });
  it.each([
    'Ngày 10 tháng 8',
    'Ban Thường vụ',
    'VI phạm',
    'IIII. Sai',

    '1.Nội dung',
    '2026. Năm',
    '(a) Chữ',
    'Điều kiện',
  ])('%j is no heading', (t) => {
    expect(matchHeading(t)).toBeNull();
  });
  it('a digit, "(", a Roman letter, "Đ", "P" or a letter and ")" may start one; nothing else', () => {
    for (const t of ['0. x', '9. x', '(1) x', 'V. X', 'X. Y', 'Điều 1. x', 'Phần I', 'b) x'])
      expect(matchHeading(t)).not.toBeNull();
    for (const t of ['/1. x', ':1. x', '@. x']) expect(matchHeading(t)).toBeNull();
  });
});

describe('parts and levels', () => {
  it.each([
    ['thứ nhất', 1],
    ['THỨ HAI', 2],
    ['thứ tư', 4],
    ['thứ bốn', 4],
    ['thứ mười', 10],
    ['thứ  ba', 3],
    ['thứ mười một', null],
    ['thứ trăm', null],
    ['II', 2],
    ['IIII', null],
    ['3', 3],
    ['12', 12],
    ['3a', null],
  ])('partOrdinal(%j) = %s', (n, expected) => {
    expect(partOrdinal(n)).toBe(expected);
  });
  it('spellPart writes a number like the part it follows', () => {
    expect(spellPart('thứ nhất', 2)).toBe('thứ hai');
    expect(spellPart('THỨ NHẤT', 4)).toBe('THỨ TƯ');
    expect(spellPart('thứ  chín', 10)).toBe('thứ mười');
    expect(spellPart('thứ nhất', 11)).toBe('thứ 11');
    expect(spellPart('I', 3)).toBe('III');
    expect(spellPart('2', 3)).toBe('3');
    expect(spellPart('12', 13)).toBe('13');
  });
  it('ranks: part above Roman above Điều above Arabic and decimal by depth, then (n), then a)', () => {
    const r = (kind: Section['kind'], depth = 1) => rankOf({ kind, depth });
    expect([r('part'), r('roman'), r('dieu'), r('arabic'), r('decimal', 1), r('decimal', 2), r('decimal', 3)]).toEqual([
      -1, 0, 1, 2, 2, 3, 4,
    ]);
    expect([r('paren'), r('letter')]).toEqual([15, 20]);
  });
  it('each kind and depth has its own level key', () => {
    const keys = (['part', 'roman', 'dieu', 'arabic', 'decimal', 'paren', 'letter'] as const).flatMap((kind) =>
      [1, 2, 3].map((depth) => levelKey({ kind, depth })),
    );
    expect(new Set(keys).size).toBe(keys.length);
    expect(levelKey({ kind: 'decimal', depth: 2 })).toBe(4002);
  });
});

/** The outline of a body: "number title [line–endLine]", children indented. */
function outline(body: string[]): string[] {
  const head = [
    'ĐẢNG ỦY XÃ TÂN LẬP                       ĐẢNG CỘNG SẢN VIỆT NAM',
    '*',
    'Số 07-KL/ĐU',
    '',
    'KẾT LUẬN',
    '-----',
    '',
  ];
  const m = parse([...head, ...body].join('\n'), { today: TODAY });
  const out: string[] = [];
  const walk = (ss: Section[], d: number) => {
    for (const s of ss) {
      out.push(
        `${'  '.repeat(d)}${s.number}${s.sep} ${s.title} [${s.line - head.length + 1}–${s.endLine - head.length + 1}]`,
      );
      walk(s.children, d + 1);
    }
  };
  walk(m.sections, 0);
  return out;
}

describe('the outline of a body', () => {
  it('a tree of Roman, Arabic and letter headings; a section ends at its last line of text', () => {
    expect(
      outline([
        'Mở đầu.',
        '',
        'I. ĐÁNH GIÁ:',
        '',
        '1. Ưu điểm.',
        '',
        'a) Một;',
        'b) Hai.',
        '',
        '',
        'II. NHIỆM VỤ',
        'Nội dung.',
      ]),
    ).toEqual([
      'I. ĐÁNH GIÁ [3–8]',
      '  1. Ưu điểm [5–8]',
      '    a) Một; [7–7]',
      '    b) Hai [8–8]',
      'II. NHIỆM VỤ [11–12]',
    ]);
  });
  it('a final colon or full stop is no part of a title; a bare number is no heading', () => {
    expect(outline(['I.', 'Nội dung.', 'II. Hai:', 'III. Ba.', 'IV. Bốn', '1.', '2. Hai.'])).toEqual([
      'II. Hai [3–3]',
      'III. Ba [4–4]',
      'IV. Bốn [5–7]',
      '  2. Hai [7–7]',
    ]);
  });
  it('rule lines and page numbers are not headings, and do not end a section', () => {
    expect(outline(['I. MỘT', '-----', '2', '', 'Nội dung.'])).toEqual(['I. MỘT [1–5]']);
  });
  it('numbering inside a quoted passage belongs to the quotation, until its closing quote', () => {
    expect(
      outline([
        'I. TRÍCH DẪN',
        'Điều lệ ghi: “Đảng viên có nhiệm vụ:',
        '1. Tuyệt đối trung thành;',
        '2. Chấp hành nghiêm.”',
        '1. Sau trích dẫn.',
      ]),
    ).toEqual(['I. TRÍCH DẪN [1–5]', '  1. Sau trích dẫn [5–5]']);
  });
  it('a line that starts with a quote is quoted text; two quotes opened and one closed keep the passage open', () => {
    expect(outline(['I. MỘT', '“1. Trích nguyên văn.”', '2. Sau.'])).toEqual(['I. MỘT [1–3]', '  2. Sau [3–3]']);
    expect(outline(['I. MỘT', 'Câu “a” và “b', '1. Trong.', 'hết”', '2. Ngoài.'])).toEqual([
      'I. MỘT [1–5]',
      '  2. Ngoài [5–5]',
    ]);
    expect(outline(['I. MỘT', 'Câu ” lạc.', '1. Ngoài.'])).toEqual(['I. MỘT [1–3]', '  1. Ngoài [3–3]']);
  });
  it('only a part takes its title from below; a blank before a final colon is no part of a title', () => {
    expect(outline(['Điều 5.', 'HIỆU LỰC THI HÀNH', '', 'II. Hai :'])).toEqual(['5.  [1–2]', 'II. Hai [4–4]']);
  });
  it('a part as the last line of the body takes no title from the signature under it', () => {
    expect(
      outline(['Phần thứ nhất', 'KẾT QUẢ', '', 'Phần thứ hai', '', 'T/M BAN THƯỜNG VỤ', 'BÍ THƯ', '', 'Nguyễn Văn An']),
    ).toEqual(['thứ nhất KẾT QUẢ [1–2]', 'thứ hai  [4–4]']);
    expect(outline(['Phần thứ nhất', 'KẾT QUẢ', '', 'T/M BAN THƯỜNG VỤ', 'BÍ THƯ', '', 'Nguyễn Văn An'])).toEqual([
      'thứ nhất KẾT QUẢ [1–2]',
    ]);
  });
  it('a part takes the Roman sections under it and its title from the line below', () => {
    expect(
      outline(['Phần thứ nhất', 'KẾT QUẢ', '', 'I. MỘT', '', 'Phần thứ hai', '', 'PHƯƠNG HƯỚNG', 'I. HAI']),
    ).toEqual(['thứ nhất KẾT QUẢ [1–4]', '  I. MỘT [4–4]', 'thứ hai PHƯƠNG HƯỚNG [6–9]', '  I. HAI [9–9]']);
  });
});
