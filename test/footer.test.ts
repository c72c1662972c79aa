// The footer reader (parse/footer.ts) on small drafts: the Nơi nhận items (dashes, wrapped lines, blank lines,
// what ends the list), the signature block (authority, titles, the signer's name) and the appendix. Each
// expectation is the text a range covers, written from the draft.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '../server/src/core';
import { capsNameLike, findAppendix, nameLike } from '../server/src/core/parse/footer';
import { readSource } from '../server/src/core/text';
import { TODAY } from './helpers';

const CLEAN = readFileSync(join(__dirname, 'fixtures', 'clean-hd05.kl.md'), 'utf8');
/** The clean draft up to its body's last line, then `footer`. */
const BODY = CLEAN.split('\n').slice(0, 32).join('\n');
const withFooter = (...footer: string[]) => BODY + '\n' + footer.join('\n');

function footer(text: string) {
  const m = parse(text, { today: TODAY });
  const cut = (r: { start: number; end: number } | null | undefined) => (r ? text.slice(r.start, r.end) : null);
  const r = m.recipients;
  const s = m.signature;
  return {
    label: cut(r?.label),
    items: (r?.items ?? []).map((i) =>
      [
        cut(i),
        ...i.continuation.map((c) => '  + ' + cut(c)),
        `  [dash ${i.dash ?? '—'}, end "${i.endMark}"${i.isArchive ? ', archive' : ''}]`,
      ].join('\n'),
    ),
    drafterCode: cut(r?.drafterCode),
    signature: s && {
      authority: cut(s.authority),
      kind: s.authorityKind,
      body: s.authorityBody,
      titles: s.titles.map(cut),
      name: cut(s.name),
      honorific: s.honorific?.text ?? null,
      capitals: s.nameInCapitals,
      lines: [s.firstLine, s.lastLine],
    },
    appendixLine: m.appendixLine,
  };
}

describe('the Nơi nhận list', () => {
  it('the clean row-wise footer: the left column only', () => {
    const f = footer(CLEAN);
    expect(f.label).toBe('Nơi nhận:');
    expect(f.items).toEqual([
      '- Ban Thường vụ Tỉnh ủy (để báo cáo);\n  [dash -, end ";"]',
      '- Các đồng chí Đảng ủy viên;\n  [dash -, end ";"]',
      '- Ủy ban nhân dân xã;\n  [dash -, end ";"]',
      '- Các chi bộ trực thuộc;\n  [dash -, end ";"]',
      '- Lưu Văn phòng Đảng ủy.\n  [dash -, end ".", archive]',
    ]);
    expect(f.signature).toEqual({
      authority: 'T/M BAN THƯỜNG VỤ',
      kind: 'T/M',
      body: 'BAN THƯỜNG VỤ',
      titles: ['PHÓ BÍ THƯ'],
      name: 'Lê Thị Hồng Nhung',
      honorific: null,
      capitals: false,
      lines: [32, 39],
    });
  });
  it('an item on the label line; a wrapped item; a new item after ";" without its dash', () => {
    const f = footer(
      withFooter(
        'Nơi nhận: - Như trên;',
        '- Ủy ban nhân dân xã và các',
        'cơ quan, đơn vị;',
        'Các chi bộ trực thuộc;',
        '- Lưu VP.',
      ),
    );
    expect(f.items).toEqual([
      '- Như trên;\n  [dash -, end ";"]',
      '- Ủy ban nhân dân xã và các\n  + cơ quan, đơn vị;\n  [dash -, end ";"]',
      'Các chi bộ trực thuộc;\n  [dash —, end ";"]',
      '- Lưu VP.\n  [dash -, end ".", archive]',
    ]);
  });
  it('after ",": a new item, unless the item already lists with commas (the roles of one person)', () => {
    const f = footer(
      withFooter(
        'Nơi nhận:',
        '- Đ/c Phan Văn A, UVBTVTU,',
        'Giám đốc Công an tỉnh,',
        '- Thường trực Đảng ủy,',
        'Các chi bộ,',
        '- Lưu VP.',
      ),
    );
    expect(f.items).toEqual([
      '- Đ/c Phan Văn A, UVBTVTU,\n  + Giám đốc Công an tỉnh,\n  [dash -, end ","]',
      '- Thường trực Đảng ủy,\n  [dash -, end ","]',
      'Các chi bộ,\n  [dash —, end ","]',
      '- Lưu VP.\n  [dash -, end ".", archive]',
    ]);
  });
  it('a list without dashes: each line an item; "Lưuý" glued is no archive line', () => {
    const f = footer(withFooter('Nơi nhận:', 'Như trên', 'Lưuý các chi bộ', 'Lưu: VT'));
    expect(f.items).toEqual([
      'Như trên\n  [dash —, end "n"]',
      'Lưuý các chi bộ\n  [dash —, end "ộ"]',
      'Lưu: VT\n  [dash —, end "T", archive]',
    ]);
  });
  it('one blank line between items goes on when a dash follows; a line without a dash after it ends the list', () => {
    const on = footer(withFooter('Nơi nhận:', '- Như trên;', '', '- Lưu VP.'));
    expect(on.items).toHaveLength(2);
    const off = footer(withFooter('Nơi nhận:', '- Như trên;', '', 'Ghi chú: gửi bản điện tử.'));
    expect(off.items).toEqual(['- Như trên;\n  [dash -, end ";"]']);
  });
  it('blank lines before the first item are passed; three after an item end the list', () => {
    expect(footer(withFooter('Nơi nhận:', '', '', '', '- Như trên;')).items).toHaveLength(1);
    expect(footer(withFooter('Nơi nhận:', '- Như trên;', '', '', '', '- Lưu VP.')).items).toHaveLength(1);
    expect(footer(withFooter('Nơi nhận:', '- Như trên;', '', '', '- Lưu VP.')).items).toHaveLength(2);
  });
  it('a page number between items counts as a blank line', () => {
    const f = footer(withFooter('Nơi nhận:', '- Như trên;', '- 2 -', '- Lưu VP.'));
    expect(f.items).toEqual(['- Như trên;\n  [dash -, end ";"]', '- Lưu VP.\n  [dash -, end ".", archive]']);
  });
  it('an authority, a line in capitals, an appendix or a name end the list', () => {
    expect(footer(withFooter('Nơi nhận:', '- Như trên;', 'T/M BAN THƯỜNG VỤ', '- Lưu VP.')).items).toHaveLength(1);
    expect(footer(withFooter('Nơi nhận:', '- Như trên;', 'BÍ THƯ', '', '- Lưu VP.')).items).toHaveLength(1);
    expect(footer(withFooter('Nơi nhận:', '- Như trên;', 'Phụ lục kèm theo')).items).toHaveLength(1);
    expect(footer(withFooter('Nơi nhận:', '- Như trên;', 'Lê Thị Hồng', '- Lưu VP.')).items).toHaveLength(1);
    // The first line under the label may be an upper-case word: the list has not started, it ends at once.
    expect(footer(withFooter('Nơi nhận:', 'BÍ THƯ')).items).toEqual([]);
  });
  it('a title of the signature flattened between the items is passed when an item follows it', () => {
    const f = footer(withFooter('Nơi nhận:', '- Như trên;', 'KIÊM CHỦ TỊCH HỘI ĐỒNG', '- Lưu VP.'));
    expect(f.items).toHaveLength(2);
    const blank = footer(withFooter('Nơi nhận:', '- Như trên;', 'KIÊM CHỦ TỊCH HỘI ĐỒNG', '', '- Lưu VP.'));
    expect(blank.items).toHaveLength(1);
  });
  it("the drafter's code and copy count under the list is no item", () => {
    const f = footer(withFooter('Nơi nhận:', '- Như trên;', '- Lưu VP.', 'NguyenVanAn-15'));
    expect(f.drafterCode).toBe('NguyenVanAn-15');
    expect(f.items).toHaveLength(2);
    expect(footer(withFooter('Nơi nhận:', 'NguyenVanAn-15')).drafterCode).toBeNull();
  });
  it('a right-hand cell alone on its line is the signature side, not an item', () => {
    const f = footer(
      withFooter(
        'Nơi nhận:                                T/M BAN THƯỜNG VỤ',
        '- Như trên;                              BÍ THƯ',
        '                                         (Đã ký)',
        '- Lưu VP.',
      ),
    );
    expect(f.items).toEqual(['- Như trên;\n  [dash -, end ";"]', '- Lưu VP.\n  [dash -, end ".", archive]']);
  });
  it('a place name starting with "Lưu" is no archive line', () => {
    const f = footer(withFooter('Nơi nhận:', '- Chi bộ thôn Lưu Xá;', '- Lưu VP.'));
    expect(f.items).toEqual(['- Chi bộ thôn Lưu Xá;\n  [dash -, end ";"]', '- Lưu VP.\n  [dash -, end ".", archive]']);
  });
  it('a label cell of 39 characters is the label; of 40 it is a sentence', () => {
    const cell = (n: number) => ('Nơi nhận: ' + 'x'.repeat(40)).slice(0, n);
    expect(footer(withFooter(cell(39), '- A;')).label).toBe('Nơi nhận:');
    expect(footer(withFooter(cell(40), '- A;')).label).toBeNull();
  });
  it('the label is the last one of the draft, and short', () => {
    const f = footer(withFooter('Nơi nhận: các cơ quan sau đây đều phải nhận văn bản này đủ', '', 'Nơi nhận:', '- A;'));
    expect(f.label).toBe('Nơi nhận:');
    expect(f.items).toEqual(['- A;\n  [dash -, end ";"]']);
  });
});

describe('the signature block', () => {
  const sig = (...lines: string[]) => footer(withFooter(...lines)).signature;
  it('stacked: authority, title, "(Đã ký)", the name; the lines it spans', () => {
    expect(sig('T/M BAN THƯỜNG VỤ', 'BÍ THƯ', '(Đã ký)', '', 'Nguyễn Văn An')).toEqual({
      authority: 'T/M BAN THƯỜNG VỤ',
      kind: 'T/M',
      body: 'BAN THƯỜNG VỤ',
      titles: ['BÍ THƯ'],
      name: 'Nguyễn Văn An',
      honorific: null,
      capitals: false,
      lines: [32, 36],
    });
  });
  it('state forms: "KT." with its body, "TL." alone on its line; "kiêm" between titles', () => {
    expect(sig('KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Trần Văn Bình')).toMatchObject({
      kind: 'KT.',
      body: 'CHỦ TỊCH',
      titles: ['PHÓ CHỦ TỊCH'],
      name: 'Trần Văn Bình',
    });
    expect(sig('TL.', 'CHÁNH VĂN PHÒNG', 'Hà Thị Lan')).toMatchObject({
      kind: 'TL.',
      body: '',
      titles: ['CHÁNH VĂN PHÒNG'],
    });
    expect(sig('T/M ĐẢNG ỦY', 'BÍ THƯ', 'kiêm', 'CHỦ TỊCH HĐND', 'Lê Văn C')?.titles).toEqual([
      'BÍ THƯ',
      'kiêm',
      'CHỦ TỊCH HĐND',
    ]);
  });
  it('an authority with a body in lower case is no authority; a direct title with a name below is', () => {
    const s = sig('T/M ban thường vụ', '', 'BÍ THƯ', '', 'Nguyễn Văn An');
    expect(s).toMatchObject({
      authority: null,
      kind: null,
      titles: ['BÍ THƯ'],
      name: 'Nguyễn Văn An',
      lines: [34, 36],
    });
    expect(s?.body).toBe(''); // no authority, no body
    // The name may share its line with a cell on the left.
    expect(sig('BÍ THƯ', '- Lưu VP.                                Nguyễn Văn An')).toMatchObject({
      titles: ['BÍ THƯ'],
      name: 'Nguyễn Văn An',
    });
    // A direct title needs a name within ten lines.
    expect(sig('BÍ THƯ', ...Array(10).fill('Nội dung.'), 'Nguyễn Văn An')).toBeNull();
    expect(sig('Bí thư', '', 'Nguyễn Văn An')).toBeNull();
  });
  it('the authority near the Nơi nhận is chosen over a stray one in the body', () => {
    const f = footer(
      withFooter(
        'Q. CHÁNH VĂN PHÒNG đã báo cáo.',
        'Q.',
        '',
        '',
        '',
        'Nơi nhận:',
        '- Như trên;',
        '',
        'T/M ĐẢNG ỦY',
        'BÍ THƯ',
        'Lê Văn C',
      ),
    );
    expect(f.signature).toMatchObject({ authority: 'T/M ĐẢNG ỦY', titles: ['BÍ THƯ'], name: 'Lê Văn C' });
  });
  it('an honorific before the name is kept apart; a name in capitals after a blank line is the name', () => {
    const h = sig('T/M ĐẢNG ỦY', 'BÍ THƯ', 'TS. Nguyễn Văn An');
    expect(h).toMatchObject({ honorific: 'TS.', name: 'Nguyễn Văn An' });
    const caps = sig('T/M ĐẢNG ỦY', 'BÍ THƯ', '', 'NGUYỄN VĂN AN');
    expect(caps).toMatchObject({ titles: ['BÍ THƯ'], name: 'NGUYỄN VĂN AN', capitals: true });
    // Right under the title, no blank line: one more title line.
    expect(sig('T/M ĐẢNG ỦY', 'BÍ THƯ', 'NGUYỄN VĂN AN')).toMatchObject({
      titles: ['BÍ THƯ', 'NGUYỄN VĂN AN'],
      name: null,
    });
    // A title word in capitals is never a name.
    expect(sig('T/M ĐẢNG ỦY', '', 'PHÓ BÍ THƯ')).toMatchObject({ titles: ['PHÓ BÍ THƯ'], name: null });
  });
  it('a direct title alone is not taken for a name in capitals', () => {
    const s = sig('BÍ THƯ', '', 'NGUYỄN VĂN AN', '', 'Nguyễn Văn An');
    expect(s).toMatchObject({ authority: null, titles: ['BÍ THƯ', 'NGUYỄN VĂN AN'], name: 'Nguyễn Văn An' });
  });
  it('a paragraph in the left column under a stacked signature ends it; an appendix does too', () => {
    expect(sig('T/M ĐẢNG ỦY', 'BÍ THƯ', 'Ghi chú: văn bản điện tử', 'Lê Văn C')).toMatchObject({ name: null });
    expect(sig('T/M ĐẢNG ỦY', 'BÍ THƯ', 'Phụ lục', 'Lê Văn C')).toMatchObject({ name: null, lines: [32, 33] });
  });
  it('a title with a note in brackets is a title; an appendix heading in capitals ends the block', () => {
    expect(sig('T/M ĐẢNG ỦY', 'PHÓ BÍ THƯ (PHỤ TRÁCH)', 'Lê Văn C')).toMatchObject({
      titles: ['PHÓ BÍ THƯ (PHỤ TRÁCH)'],
      name: 'Lê Văn C',
    });
    expect(sig('T/M ĐẢNG ỦY', 'BÍ THƯ', '', 'PHỤ LỤC', 'DANH SÁCH')).toMatchObject({ titles: ['BÍ THƯ'], name: null });
  });
  it('two spaces after the authority word: the body without them', () => {
    expect(sig('T/M  BAN THƯỜNG VỤ', 'BÍ THƯ', 'Lê Văn C')).toMatchObject({ kind: 'T/M', body: 'BAN THƯỜNG VỤ' });
  });
  it('a row-wise signature: the left column beside it is passed', () => {
    const s = sig(
      'Nơi nhận:                                T/M ĐẢNG ỦY',
      '- Như trên;                              BÍ THƯ',
      '- Lưu VP.                                (Đã ký)',
      'NguyenVanAn-15                           Lê Văn C',
    );
    expect(s).toMatchObject({ authority: 'T/M ĐẢNG ỦY', titles: ['BÍ THƯ'], name: 'Lê Văn C', lines: [32, 35] });
    // A wrapped item in the left column that reads like a name is passed too.
    const wrapped = sig(
      'Nơi nhận:                                T/M ĐẢNG ỦY',
      '- Ban Thường vụ Tỉnh ủy,                 BÍ THƯ',
      '  Văn Phòng Tỉnh Ủy                      (Đã ký)',
      '- Lưu VP.',
      '                                         Lê Văn C',
    );
    expect(wrapped).toMatchObject({ titles: ['BÍ THƯ'], name: 'Lê Văn C' });
  });
  it('the name is looked for within sixteen lines of the authority', () => {
    expect(sig('T/M ĐẢNG ỦY', ...Array(15).fill(''), 'Lê Văn C')?.name).toBe('Lê Văn C');
    expect(sig('T/M ĐẢNG ỦY', ...Array(16).fill(''), 'Lê Văn C')?.name).toBeNull();
  });
});

describe('names and the appendix', () => {
  it('nameLike: two to six capitalised words, an honorific apart; not a line in capitals', () => {
    expect(nameLike('Nguyễn Văn An')).toEqual({ honorific: '', name: 'Nguyễn Văn An' });
    expect(nameLike('PGS. TS. Lê  Thị Hà')).toEqual({ honorific: 'PGS. TS. ', name: 'Lê  Thị Hà' });
    expect(nameLike('An')).toBeNull();
    expect(nameLike('Nguyễn Văn Thị Minh Hồng Ngọc An')).toBeNull();
    expect(nameLike('Nguyễn văn An')).toBeNull();
    expect(nameLike('x Nguyễn Văn An')).toBeNull();
    expect(nameLike('NGUYỄN VĂN AN')).toBeNull();
    // Three letters or fewer in capitals are initials, not a line in capitals; four are a line in capitals.
    expect(nameLike('A B')).toEqual({ honorific: '', name: 'A B' });
    expect(nameLike('A B C')).toEqual({ honorific: '', name: 'A B C' });
    expect(nameLike('A B C D')).toBeNull();
  });
  it('capsNameLike: two to five words of capitals, none of them a title word', () => {
    expect(capsNameLike('NGUYỄN VĂN AN')).toBe(true);
    expect(capsNameLike('NGUYỄN  VĂN AN')).toBe(true);
    expect(capsNameLike('NGUYỄN')).toBe(false);
    expect(capsNameLike('NGUYỄN VĂN AN TRÍ DŨNG MẠNH')).toBe(false);
    expect(capsNameLike('PHÓ BÍ THƯ')).toBe(false);
    expect(capsNameLike('x NGUYỄN VĂN AN')).toBe(false);
    expect(capsNameLike('NGUYỄN VĂN AN x')).toBe(false);
  });
  it('findAppendix: a short "Phụ lục" line or cell from a line on; a long sentence is not one', () => {
    const src = readSource(
      ['Nội dung', 'Phụ lục ' + 'x'.repeat(120), 'A                     PHỤ LỤC I', 'Phụ lục'].join('\n'),
    );
    expect(findAppendix(src, 0)).toBe(2);
    expect(findAppendix(src, 3)).toBe(3);
    expect(findAppendix(readSource('Nội dung\nPhụ lụcx'), 0)).toBe(-1);
    // 119 characters are a heading, 120 a sentence; on a line or in a cell.
    const of = (n: number) => ('Phụ lục ' + 'danh sách '.repeat(20)).slice(0, n - 1) + 'a';
    expect(of(119).length).toBe(119);
    expect(findAppendix(readSource(of(119)), 0)).toBe(0);
    expect(findAppendix(readSource(of(120)), 0)).toBe(-1);
    expect(findAppendix(readSource('A                     ' + of(119)), 0)).toBe(0);
    expect(findAppendix(readSource('A                     ' + of(120)), 0)).toBe(-1);
  });
});
