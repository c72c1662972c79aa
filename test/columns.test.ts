// Rows of a header or footer whose two cells a copy joined with one or two spaces: where the parser cuts them.
// Each case shows the cells a reader sees in the line; expectations are written by hand.
import { describe, it, expect } from 'vitest';
import { footerCuts, headerCuts, splitRows } from '../server/src/core/parse/columns';
import { readSource } from '../server/src/core/text';
import { inspect, parse } from '../server/src/core';
import { TODAY } from './helpers';

/** The line cut at the given points, each cell trimmed, blank cells left out. */
function cells(t: string, cuts: number[]): string[] {
  const pts = [...new Set(cuts)].filter((c) => c > 0 && c < t.length).sort((a, b) => a - b);
  const out: string[] = [];
  let a = 0;
  for (const p of [...pts, t.length]) {
    const c = t.slice(a, p).trim();
    if (c) out.push(c);
    a = p;
  }
  return out;
}
const DATE = 'ngày 05 tháng 3 năm 2026';

describe('header rows', () => {
  it.each([
    ['issuer and Party title', 'TỈNH ỦY LÀO CAI ĐẢNG CỘNG SẢN VIỆT NAM', ['TỈNH ỦY LÀO CAI', 'ĐẢNG CỘNG SẢN VIỆT NAM']],
    ['Party title first', 'ĐẢNG CỘNG SẢN VIỆT NAM TỈNH ỦY LÀO CAI', ['ĐẢNG CỘNG SẢN VIỆT NAM', 'TỈNH ỦY LÀO CAI']],
    [
      'a scan-damaged Party title',
      'TỈNH ỦY LÀO CAI ĐÁNG CỘNG SÁN VIỆT NAM',
      ['TỈNH ỦY LÀO CAI', 'ĐÁNG CỘNG SÁN VIỆT NAM'],
    ],
    [
      'the Party name inside a sentence is no title',
      'Đảng Cộng sản Việt Nam lãnh đạo',
      ['Đảng Cộng sản Việt Nam lãnh đạo'],
    ],
    [
      'issuer and Quốc hiệu',
      'ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      ['ỦY BAN NHÂN DÂN', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
    ],
    [
      'Quốc hiệu with the other tone placement',
      'UBND TỈNH CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      ['UBND TỈNH', 'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
    ],
    [
      'issuer and Tiêu ngữ',
      'TỈNH LÀO CAI Độc lập - Tự do - Hạnh phúc',
      ['TỈNH LÀO CAI', 'Độc lập - Tự do - Hạnh phúc'],
    ],
    ['Tiêu ngữ that lost its hyphens', 'XÃ HÒA BẮC Độc lập Tự do Hạnh phúc', ['XÃ HÒA BẮC', 'Độc lập Tự do Hạnh phúc']],
    ['Party number and date', `Số 12-KL/TU Lào Cai, ${DATE}`, ['Số 12-KL/TU', `Lào Cai, ${DATE}`]],
    ['state number and date', `Số: 341/UBND-VP Hòa Bắc, ${DATE}`, ['Số: 341/UBND-VP', `Hòa Bắc, ${DATE}`]],
    ['"SỐ" in capitals', `SỐ 12-KL/TU Lào Cai, ${DATE}`, ['SỐ 12-KL/TU', `Lào Cai, ${DATE}`]],
    [
      'a place written with an abbreviation',
      `Số 12-KL/TU TP. Hồ Chí Minh, ${DATE}`,
      ['Số 12-KL/TU', `TP. Hồ Chí Minh, ${DATE}`],
    ],
    ['a place with a number ends at the number', `Số 12-KL/TU Phường 3, ${DATE}`, ['Số 12-KL/TU', `Phường 3, ${DATE}`]],
    [
      'a place of at most seven words',
      `x Một Hai Ba Bốn Năm Sáu Bảy Tám, ${DATE}`,
      ['x Một', `Hai Ba Bốn Năm Sáu Bảy Tám, ${DATE}`],
    ],
    ['a date line alone', `Lào Cai, ${DATE}`, [`Lào Cai, ${DATE}`]],
    ['a place in capitals is no place', `ĐẢNG ỦY XÃ LÀO CAI, ${DATE}`, [`ĐẢNG ỦY XÃ LÀO CAI, ${DATE}`]],
    ['the star and the date', `* Lào Cai, ${DATE}`, ['*', `Lào Cai, ${DATE}`]],
    ['a star alone', '*', ['*']],
    ['"Số" with no number after it', 'Số lượng đảng viên tăng', ['Số lượng đảng viên tăng']],
    ['"Số" inside a word is no number', 'Tổng Số 12-KL/TU', ['Tổng', 'Số 12-KL/TU']],
    ['an issuer line', 'ĐẢNG ỦY XÃ TÂN LẬP', ['ĐẢNG ỦY XÃ TÂN LẬP']],
    [
      'an issuer in ordinary case and the Party title',
      'Đảng bộ tỉnh ĐẢNG CỘNG SẢN VIỆT NAM',
      ['Đảng bộ tỉnh', 'ĐẢNG CỘNG SẢN VIỆT NAM'],
    ],
    [
      'Quốc hiệu first, then the issuer',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM ỦY BAN NHÂN DÂN',
      ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'ỦY BAN NHÂN DÂN'],
    ],
    ['"Số" followed by words before a number is no number', 'Số lượng 12-KL/TU', ['Số lượng 12-KL/TU']],
    ['the star then two spaces', `*  Lào Cai, ${DATE}`, ['*', `Lào Cai, ${DATE}`]],
  ])('%s', (_why, line, expected) => {
    expect(cells(line, headerCuts(line))).toEqual(expected);
  });
});

describe('footer rows', () => {
  it.each([
    ['label and authority', 'Nơi nhận: T/M BAN THƯỜNG VỤ', ['Nơi nhận:', 'T/M BAN THƯỜNG VỤ']],
    ['label and a state authority', 'Nơi nhận: TM. ỦY BAN NHÂN DÂN', ['Nơi nhận:', 'TM. ỦY BAN NHÂN DÂN']],
    ['label alone', 'Nơi nhận:', ['Nơi nhận:']],
    ['label and a body in capitals with a number', 'Nơi nhận: BAN CHỈ ĐẠO 35', ['Nơi nhận:', 'BAN CHỈ ĐẠO 35']],
    ['label and the first item on its line', 'Nơi nhận: - Như trên;', ['Nơi nhận: - Như trên;']],
    ['item and title', '- Ban Thường vụ Tỉnh ủy; PHÓ BÍ THƯ', ['- Ban Thường vụ Tỉnh ủy;', 'PHÓ BÍ THƯ']],
    ['item and authority', '- Các chi bộ trực thuộc; T/M ĐẢNG ỦY', ['- Các chi bộ trực thuộc;', 'T/M ĐẢNG ỦY']],
    ['item and K/T', '- Như trên, K/T BÍ THƯ', ['- Như trên,', 'K/T BÍ THƯ']],
    ['archive item and signer name', '- Lưu VPTU. Nguyễn Văn An', ['- Lưu VPTU.', 'Nguyễn Văn An']],
    ['item and a name with an honorific', '- Như trên; TS. Nguyễn Văn An', ['- Như trên;', 'TS. Nguyễn Văn An']],
    [
      'item ending in a bracket and a title',
      '- Tỉnh ủy (để báo cáo) PHÓ BÍ THƯ',
      ['- Tỉnh ủy (để báo cáo)', 'PHÓ BÍ THƯ'],
    ],
    [
      'a title in ordinary case is no cell',
      '- Ban Thường vụ Tỉnh ủy; Phó Bí thư',
      ['- Ban Thường vụ Tỉnh ủy; Phó Bí thư'],
    ],
    ['an item alone', '- Ban Thường vụ Tỉnh ủy;', ['- Ban Thường vụ Tỉnh ủy;']],
    ['a body line is never cut', 'Đề nghị các đồng chí; PHÓ BÍ THƯ', ['Đề nghị các đồng chí; PHÓ BÍ THƯ']],
    ['an authority in a sentence with lower case after it', '- Chuyển T/M Ban để biết', ['- Chuyển T/M Ban để biết']],
  ])('%s', (_why, line, expected) => {
    expect(cells(line, footerCuts(line))).toEqual(expected);
  });
  it('a right-hand cell is looked for in the last 60 characters only', () => {
    const near = `- Chuyển ${'a'.repeat(40)} T/M BAN ${'X'.repeat(49)}`;
    expect(cells(near, footerCuts(near))).toEqual([`- Chuyển ${'a'.repeat(40)}`, `T/M BAN ${'X'.repeat(49)}`]);
    const far = `- Chuyển ${'a'.repeat(40)} T/M BAN ${'X'.repeat(60)}`;
    expect(footerCuts(far)).toEqual([]);
    const title = `- ${'a'.repeat(40)}; ${'PHÓ '.repeat(14)}BÍ`;
    expect(cells(title, footerCuts(title)).length).toBe(2);
    const long = `- ${'a'.repeat(40)}; ${'PHÓ '.repeat(15)}BÍ`;
    expect(footerCuts(long)).toEqual([]);
  });
});

describe('a state header pasted with its cells joined by one space', () => {
  it('reads the issuer, the Quốc hiệu in the old tone placement, the Tiêu ngữ, the number and the date', () => {
    const text = [
      'ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'XÃ HÒA BẮC Độc lập - Tự do - Hạnh phúc',
      '',
      `Số: 341/UBND-VP Hòa Bắc, ${DATE}`,
      'V/v rà soát phương án di dời dân',
      '',
      'Kính gửi: Trưởng các thôn.',
    ].join('\n');
    const h = inspect(parse(text, { today: TODAY })).header;
    expect({
      issuer: h.issuer.map((c) => c?.text),
      motto: h.stateMotto.map((c) => c?.text),
      number: h.number?.text,
      date: h.placeAndDate?.text,
    }).toEqual({
      issuer: ['ỦY BAN NHÂN DÂN', 'XÃ HÒA BẮC'],
      motto: ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'],
      number: 'Số: 341/UBND-VP',
      date: `Hòa Bắc, ${DATE}`,
    });
  });
});

describe('cutting the cells of lines', () => {
  /** Each line's cells after splitRows with fixed cut points: "col:typed" per cell. */
  const cut = (text: string, cuts: (t: string) => number[], from = 0, to = 99) => {
    const src = readSource(text);
    splitRows(src, from, to, cuts);
    return src.lines.map((l) => l.segs.map((s) => `${s.col}:${s.typed}`));
  };
  it('cut points are sorted, repeated ones and those at or past the ends dropped, blank cells left out', () => {
    expect(cut('abc def ghi', () => [8, 0, 11, 4, 4, 99, -2])).toEqual([['0:abc', '40:def', '40:ghi']]);
    expect(cut('abc def', () => [3, 4])).toEqual([['0:abc', '40:def']]);
  });
  it('a right-hand cell keeps a column past 40 when it stood there', () => {
    const line = `${'x'.repeat(50)} y`;
    expect(cut(line, () => [51])).toEqual([[`0:${'x'.repeat(50)}`, '51:y']]);
  });
  it('no cut point inside the line leaves it one cell', () => {
    expect(cut('abc', () => [0, 3])).toEqual([['0:abc']]);
    expect(cut('abc', () => [])).toEqual([['0:abc']]);
  });
  it('cells of a row already in columns are cut in place, in order; cells after the first are on the right', () => {
    expect(cut('a b   c d', (t) => (t === 'a b' ? [1] : []))).toEqual([['0:a', '40:b', '40:c d']]);
    expect(cut('a b   c d', (t) => (t === 'c d' ? [1] : []))).toEqual([['0:a b', '40:c', '40:d']]);
    expect(cut('a b   c d', () => [])).toEqual([['0:a b', '40:c d']]);
    expect(cut('a b                                               c d', () => [])).toEqual([['0:a b', '50:c d']]);
  });
  it('cells keep their Markdown marks out and their columns', () => {
    expect(cut('**Nơi nhận:** T/M BAN', (t) => (t.startsWith('Nơi') ? [10] : []))).toEqual([
      ['2:Nơi nhận:', '40:T/M BAN'],
    ]);
  });
  it('reads only the lines asked for, skips blank lines and lines over 4,000 characters', () => {
    const all = () => [1];
    expect(cut('ab\n\ncd\nef', all, 2, 3)).toEqual([['0:ab'], [], ['0:c', '40:d'], ['0:ef']]);
    expect(cut('ab\ncd', all, -5, 1)).toEqual([['0:a', '40:b'], ['0:cd']]);
    expect(cut('ab\ncd', all, 1, 99)).toEqual([['0:ab'], ['0:c', '40:d']]);
    expect(cut(`${'x'.repeat(4001)}`, all)[0].length).toBe(1);
    expect(cut(`${'x'.repeat(4000)}`, all)[0].length).toBe(2);
  });
});
