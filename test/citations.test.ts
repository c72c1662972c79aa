// The citation parser: each line of the table is a sentence with one citation and the fields it must give.
import { describe, it, expect } from 'vitest';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { parse, inspect, analyze } from '../server/src/core';
import { TODAY } from './helpers';
import { SEEDS, describeShared } from './shared';
import { readSource } from '../server/src/core/text';
import { parseCitations } from '../server/src/core/parse/citations';

type Row = [
  sentence: string,
  typeWord: string,
  number: string,
  typeCode: string | null,
  issuerCode: string | null,
  date: string | null,
  issuer: string | null,
];

const ROWS: Row[] = [
  // Party numbers
  [
    'Tiếp tục thực hiện Kết luận số 39-KL/ĐU ngày 26/12/2022 của Đảng ủy về kết quả năm 2022.',
    'Kết luận',
    '39-KL/ĐU',
    'KL',
    'ĐU',
    '2022-12-26',
    'Đảng ủy',
  ],
  [
    'Bám sát Chương trình số 19-CTr/ĐU ngày 08/6/2023 của Đảng ủy về công tác quý III.',
    'Chương trình',
    '19-CTr/ĐU',
    'CTr',
    'ĐU',
    '2023-06-08',
    'Đảng ủy',
  ],
  [
    'Theo Báo cáo số 96-BC/ĐU ngày 25/5/2023 về tình hình 6 tháng.',
    'Báo cáo',
    '96-BC/ĐU',
    'BC',
    'ĐU',
    '2023-05-25',
    null,
  ],
  [
    'Cho ý kiến theo Tờ trình số 31-TTr/ĐU ngày 07/6/2023 của Ban Thường vụ Đảng ủy xã.',
    'Tờ trình',
    '31-TTr/ĐU',
    'TTr',
    'ĐU',
    '2023-06-07',
    'Ban Thường vụ Đảng ủy xã',
  ],
  [
    'Theo Chỉ thị số 10-CT/TW ngày 30/3/2007 của Ban Bí thư.',
    'Chỉ thị',
    '10-CT/TW',
    'CT',
    'TW',
    '2007-03-30',
    'Ban Bí thư',
  ],
  [
    'Theo Hướng dẫn số 06-HD/BTCTU ngày 08/10/2018 của Ban Tổ chức Tỉnh ủy.',
    'Hướng dẫn',
    '06-HD/BTCTU',
    'HD',
    'BTCTU',
    '2018-10-08',
    'Ban Tổ chức Tỉnh ủy',
  ],
  [
    'Thực hiện Kết luận số 1300-KL/TU ngày 18/7/2023 của Thị ủy về tình hình 6 tháng.',
    'Kết luận',
    '1300-KL/TU',
    'KL',
    'TU',
    '2023-07-18',
    'Thị ủy',
  ],
  ['Tại Báo cáo số 552-BC/TU ngày 18/7/2023 của Thị ủy.', 'Báo cáo', '552-BC/TU', 'BC', 'TU', '2023-07-18', 'Thị ủy'],
  [
    'Tổng kết Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị (khóa XI) ban hành Quy định.',
    'Quyết định',
    '218-QĐ/TW',
    'QĐ',
    'TW',
    '2013-12-12',
    'Bộ Chính trị (khóa XI)',
  ],
  [
    'Tiếp tục thực hiện Nghị quyết số 04-NQ/TU ngày 14/12/2022 của Hội nghị Thị ủy lần thứ 11.',
    'Nghị quyết',
    '04-NQ/TU',
    'NQ',
    'TU',
    '2022-12-14',
    'Hội nghị Thị ủy lần thứ 11',
  ],
  [
    'Thực hiện Kết luận số 1873-KL/TU ngày 13/7/2023 của Tỉnh ủy (khóa XX) về tình hình.',
    'Kết luận',
    '1873-KL/TU',
    'KL',
    'TU',
    '2023-07-13',
    'Tỉnh ủy (khóa XX)',
  ],
  [
    'Tổng kết 10 năm thực hiện Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương Đảng.',
    'Nghị quyết',
    '25-NQ/TW',
    'NQ',
    'TW',
    '2013-06-03',
    'Ban Chấp hành Trung ương Đảng',
  ],
  [
    'Và Kết luận số 43-KL/TW ngày 07/01/2019 của Ban Bí thư về dân vận.',
    'Kết luận',
    '43-KL/TW',
    'KL',
    'TW',
    '2019-01-07',
    'Ban Bí thư',
  ],
  [
    'Gắn với Chỉ thị số 05-CT/TW của Bộ Chính trị và các quy định về nêu gương.',
    'Chỉ thị',
    '05-CT/TW',
    'CT',
    'TW',
    null,
    'Bộ Chính trị',
  ],
  [
    'Theo Hướng dẫn số 05-HD/VPTW, ngày 27/5/2026 của Văn phòng Trung ương Đảng.',
    'Hướng dẫn',
    '05-HD/VPTW',
    'HD',
    'VPTW',
    '2026-05-27',
    'Văn phòng Trung ương Đảng',
  ],
  [
    'Theo Quy định số 399-QĐ/TW, ngày 09/01/2026 của Ban Bí thư về thể loại văn bản.',
    'Quy định',
    '399-QĐ/TW',
    'QĐ',
    'TW',
    '2026-01-09',
    'Ban Bí thư',
  ],
  [
    'Theo Quy chế số 09-QC/TW, ngày 05/01/2026 của Ban Bí thư.',
    'Quy chế',
    '09-QC/TW',
    'QC',
    'TW',
    '2026-01-05',
    'Ban Bí thư',
  ],
  [
    'Thực hiện Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị.',
    'Nghị quyết',
    '57-NQ/TW',
    'NQ',
    'TW',
    '2024-12-22',
    'Bộ Chính trị',
  ],
  [
    'Theo Thông báo số 05-TB/BCĐTW, ngày 04/7/2025 của Ban Chỉ đạo Trung ương.',
    'Thông báo',
    '05-TB/BCĐTW',
    'TB',
    'BCĐTW',
    '2025-07-04',
    'Ban Chỉ đạo Trung ương',
  ],
  [
    'Thực hiện Kết luận số 75-KL/TW ngày 28/7/2026 của Ban Chấp hành Trung ương Đảng khóa XIV.',
    'Kết luận',
    '75-KL/TW',
    'KL',
    'TW',
    '2026-07-28',
    'Ban Chấp hành Trung ương Đảng khóa XIV',
  ],
  [
    'Triển khai Chương trình hành động số 104-CTr/TU, ngày 30/8/2026 của Tỉnh ủy Lào Cai.',
    'Chương trình hành động',
    '104-CTr/TU',
    'CTr',
    'TU',
    '2026-08-30',
    'Tỉnh ủy Lào Cai',
  ],
  [
    'Theo Nghị quyết số 34-NQ/TU, ngày 27/12/2025 của Ban Thường vụ Tỉnh ủy Lào Cai.',
    'Nghị quyết',
    '34-NQ/TU',
    'NQ',
    'TU',
    '2025-12-27',
    'Ban Thường vụ Tỉnh ủy Lào Cai',
  ],
  [
    'Theo Quy định số 08-QĐi/TW, ngày 25/10/2018 của Ban Chấp hành Trung ương.',
    'Quy định',
    '08-QĐi/TW',
    'QĐi',
    'TW',
    '2018-10-25',
    'Ban Chấp hành Trung ương',
  ],
  [
    'Theo Quy định số 19-QĐi/TU, ngày 07/3/2019 của Ban Thường vụ Thành ủy.',
    'Quy định',
    '19-QĐi/TU',
    'QĐi',
    'TU',
    '2019-03-07',
    'Ban Thường vụ Thành ủy',
  ],
  [
    'Theo Quy chế số 05-QC/BTCTU-BNCTU, ngày 12/4/2024 của Ban Tổ chức Tỉnh ủy.',
    'Quy chế',
    '05-QC/BTCTU-BNCTU',
    'QC',
    'BTCTU-BNCTU',
    '2024-04-12',
    'Ban Tổ chức Tỉnh ủy',
  ],
  [
    'Thực hiện Nghị quyết 13-NQ/TU của Tỉnh ủy (khóa XIV) về phát triển.',
    'Nghị quyết',
    '13-NQ/TU',
    'NQ',
    'TU',
    null,
    'Tỉnh ủy (khóa XIV)',
  ],
  [
    'Theo Thông báo số 714-TB/TU, ngày 25/4/2024 của Thường trực Tỉnh ủy.',
    'Thông báo',
    '714-TB/TU',
    'TB',
    'TU',
    '2024-04-25',
    'Thường trực Tỉnh ủy',
  ],
  [
    'Theo Công văn số 2449-CV/ĐU ngày 15/9/2026 của Đảng ủy Ủy ban nhân dân tỉnh.',
    'Công văn',
    '2449-CV/ĐU',
    'CV',
    'ĐU',
    '2026-09-15',
    'Đảng ủy Ủy ban nhân dân tỉnh',
  ],
  [
    'Theo Kết luận số 127-KL/TW ngày 28-02-2025 của Bộ Chính trị, Ban Bí thư.',
    'Kết luận',
    '127-KL/TW',
    'KL',
    'TW',
    '2025-02-28',
    'Bộ Chính trị',
  ],
  [
    'Căn cứ Kết luận số 121-KL/TW ngày 24 tháng 01 năm 2025 của Ban Chấp hành Trung ương Đảng.',
    'Kết luận',
    '121-KL/TW',
    'KL',
    'TW',
    '2025-01-24',
    'Ban Chấp hành Trung ương Đảng',
  ],
  // State and legal numbers
  [
    'Đẩy nhanh giải ngân theo Chỉ thị số 08/CT-TTg ngày 23/3/2023 của Thủ tướng Chính phủ, nâng cao hiệu quả.',
    'Chỉ thị',
    '08/CT-TTg',
    'CT',
    'TTg',
    '2023-03-23',
    'Thủ tướng Chính phủ',
  ],
  [
    'Theo Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư.',
    'Nghị định',
    '30/2020/NĐ-CP',
    'NĐ',
    'CP',
    '2020-03-05',
    'Chính phủ',
  ],
  [
    'Căn cứ Luật số 42/2024/QH15 ngày 29/6/2024 về quản lý vũ khí.',
    'Luật',
    '42/2024/QH15',
    null,
    'QH15',
    '2024-06-29',
    null,
  ],
  [
    'Căn cứ Nghị quyết số 35/2023/UBTVQH15, ngày 12/7/2023 của Ủy ban Thường vụ Quốc hội.',
    'Nghị quyết',
    '35/2023/UBTVQH15',
    null,
    'UBTVQH15',
    '2023-07-12',
    'Ủy ban Thường vụ Quốc hội',
  ],
  [
    'Theo Nghị quyết số 117/NQ-CP, ngày 30/7/2023 của Chính phủ.',
    'Nghị quyết',
    '117/NQ-CP',
    'NQ',
    'CP',
    '2023-07-30',
    'Chính phủ',
  ],
  [
    'Theo Phương án số 316/PA-UBND, ngày 19/01/2024 của Ủy ban nhân dân thành phố.',
    'Phương án',
    '316/PA-UBND',
    'PA',
    'UBND',
    '2024-01-19',
    'Ủy ban nhân dân thành phố',
  ],
  [
    'Thực hiện Quyết định số 1050/QĐ-SCT ngày 06/3/2026 của Giám đốc Sở Công Thương.',
    'Quyết định',
    '1050/QĐ-SCT',
    'QĐ',
    'SCT',
    '2026-03-06',
    'Giám đốc Sở Công Thương',
  ],
  [
    'Theo Thông tư số 23/2024/TT-BCT ngày 07/11/2024 của Bộ Công Thương.',
    'Thông tư',
    '23/2024/TT-BCT',
    'TT',
    'BCT',
    '2024-11-07',
    'Bộ Công Thương',
  ],
  [
    'Theo Nghị định số 181/2024/NĐ-CP ngày 31/12/2024 của Chính phủ.',
    'Nghị định',
    '181/2024/NĐ-CP',
    'NĐ',
    'CP',
    '2024-12-31',
    'Chính phủ',
  ],
  [
    'Theo Kế hoạch kiểm tra số 1105/KH-ĐKT ngày 10/3/2026 đã được phê duyệt.',
    '',
    '1105/KH-ĐKT',
    'KH',
    'ĐKT',
    '2026-03-10',
    null,
  ],
  // A state công văn has no type code: "UBND" is the issuer, "KT" the drafting unit (ND30 PL I II.3).
  [
    'Theo Công văn số 5973/UBND-KT ngày 11/6/2026 của Ủy ban nhân dân tỉnh.',
    'Công văn',
    '5973/UBND-KT',
    null,
    'UBND',
    '2026-06-11',
    'Ủy ban nhân dân tỉnh',
  ],
  [
    'Theo Công văn số 215/HĐND-VP ngày 02/4/2026 của Hội đồng nhân dân tỉnh.',
    'Công văn',
    '215/HĐND-VP',
    null,
    'HĐND',
    '2026-04-02',
    'Hội đồng nhân dân tỉnh',
  ],
  [
    'Theo Quyết định số 28/2018/QĐ-TTg ngày 12/7/2018 của Thủ tướng Chính phủ.',
    'Quyết định',
    '28/2018/QĐ-TTg',
    'QĐ',
    'TTg',
    '2018-07-12',
    'Thủ tướng Chính phủ',
  ],
  [
    'Theo Quyết định số: 1050 /QĐ-SCT ngày 06 /3/2025 của Sở Công Thương.',
    'Quyết định',
    '1050/QĐ-SCT',
    'QĐ',
    'SCT',
    '2025-03-06',
    'Sở Công Thương',
  ],
  // Damaged numbers
  [
    'Thống nhất theo Chương trình số 19 – CTr/ĐU ngày 08/6/2023 về công tác trọng tâm.',
    'Chương trình',
    '19-CTr/ĐU',
    'CTr',
    'ĐU',
    '2023-06-08',
    null,
  ],
  [
    'Theo Hướng dẫn số 12-\n\nHD/BTCTW ngày 06/7/2018 của Ban Tổ chức Trung ương.',
    'Hướng dẫn',
    '12-HD/BTCTW',
    'HD',
    'BTCTW',
    '2018-07-06',
    'Ban Tổ chức Trung ương',
  ],
  [
    'Theo Chương trình hành động số 31-\nCTr/TW, ngày 28/7/2026 của Bộ Chính trị.',
    'Chương trình hành động',
    '31-CTr/TW',
    'CTr',
    'TW',
    '2026-07-28',
    'Bộ Chính trị',
  ],
];

describe('citation parser', () => {
  it('has at least 40 real-looking citations', () => expect(ROWS.length).toBeGreaterThanOrEqual(40));
  for (const [sentence, typeWord, number, typeCode, issuerCode, date, issuer] of ROWS) {
    it(sentence.replace(/\n/g, '⏎').slice(0, 90), () => {
      const m = inspect(parse(sentence, { today: TODAY }));
      expect(m.citations).toHaveLength(1);
      expect(m.citations[0]).toMatchObject({ typeWord, number, typeCode, issuerCode, date, issuerPhrase: issuer });
    });
  }
  // Every type word the parser knows, as listed in the guides' forms; the longest one that ends before the number
  // wins ("Thông báo kết luận", not "Kết luận"; "Nghị quyết liên tịch", not "Nghị quyết").
  // Written out here, not imported: a word missing or misspelt in the parser's own table must fail this test.
  const TYPE_WORDS = (
    'Nghị quyết liên tịch, Thông tư liên tịch, Chương trình hành động, Kế hoạch liên tịch, Kết luận, ' +
    'Thông báo kết luận, Thông báo, Nghị quyết, Quyết định, Chỉ thị, Quy định, Quy chế, Hướng dẫn, Báo cáo, ' +
    'Kế hoạch, Chương trình, Tờ trình, Công văn, Biên bản, Thông tri, Thông cáo, Đề án, Phương án, Dự án, ' +
    'Quy hoạch, Nghị định, Thông tư, Luật, Pháp lệnh, Công điện, Giấy phép, Giấy mời, Hiến pháp, Lệnh'
  ).split(', ');
  it.each(TYPE_WORDS)('reads the type word "%s" before a number, in any case, with or without "số"', (word) => {
    const typeWords = (t: string) => parse(t, { today: TODAY }).citations.map((c) => c.typeWord);
    expect(typeWords(`Thực hiện ${word} số 05-KL/TU ngày 02/3/2025.`)).toEqual([word]);
    expect(typeWords(`Thực hiện ${word.toUpperCase()} số: 05-KL/TU.`)).toEqual([word.toUpperCase()]);
    expect(typeWords(`Thực hiện ${word.toLowerCase()}\n05-KL/TU.`)).toEqual([word.toLowerCase()]);
    // Glued to the letters before it, the word is part of another word: no type word, or only a shorter one that
    // ends it ("Xthông báo kết luận" reads "kết luận", "Xpháp lệnh" reads "lệnh").
    const [glued] = typeWords(`Thực hiện X${word.toLowerCase()} 05-KL/TU.`);
    expect(glued).not.toBe(word.toLowerCase());
    expect(word.toLowerCase().endsWith(glued)).toBe(true);
  });
  it('reads a type word only in the 36 characters before the number', () => {
    const typeWords = (t: string) => parse(t, { today: TODAY }).citations.map((c) => c.typeWord);
    expect(typeWords('Thông báo số:     05-KL/TU.')).toEqual(['Thông báo']);
    expect(typeWords(`Thông báo${' '.repeat(40)}05-KL/TU.`)).toEqual(['']);
    expect(typeWords('Thông báo sô 05-KL/TU.')).toEqual(['']);
  });
  it('keeps exact ranges: the number range covers the number as written, line break included', () => {
    const text = 'Theo Hướng dẫn số 12-\n\nHD/BTCTW ngày 06/7/2018.';
    const c = parse(text, { today: TODAY }).citations[0];
    expect(text.slice(c.numberRange.start, c.numberRange.end)).toBe('12-\n\nHD/BTCTW');
    expect(c.damaged.lineBreak).toBe(true);
    expect(text.slice(c.dateRange!.start, c.dateRange!.end)).toBe('06/7/2018');
  });
  it('marks the dates that follow a deadline phrase', () => {
    const deadlines = (t: string) => parse(t, { today: TODAY }).dates.map((d) => d.deadline);
    expect(deadlines('Hoàn thành trước ngày 30/11/2026.')).toEqual([true]);
    expect(deadlines('Chậm nhất là ngày 5/12/2026; hạn chót 01/02/2027.')).toEqual([true, true]);
    expect(deadlines('TRƯỚC NGÀY 30/11/2026')).toEqual([true]);
    expect(deadlines('Trong 5 ngày, trước ngày 12/3/2026, họp ngày 10/3/2026.')).toEqual([true, false]);
    expect(deadlines('Ngày 12/01/2026 Ban Thường vụ họp; báo cáo trước\nngày 20/01/2026.')).toEqual([false, true]);
    expect(
      deadlines('I. NỘI DUNG\n\n1. Các chi bộ báo cáo kết quả trước ngày 07 tháng 6 năm 2023 về Văn phòng.'),
    ).toEqual([true]);
  });
  it('finds a broken number across up to three blank lines, not four, and two in a row', () => {
    const numbers = (t: string) =>
      parse(t, { today: TODAY })
        .citations.filter((c) => c.damaged.lineBreak)
        .map((c) => c.number);
    expect(numbers('Theo Kết luận số 7 –\n\n\n\nKL/TU ngày 01/02/2023.')).toEqual(['7-KL/TU']);
    expect(numbers('Theo Kết luận số 7-\n\n\n\n\nKL/TU ngày 01/02/2023.')).toEqual([]);
    expect(numbers('Kết luận số 7-\nKL/TU và Chỉ thị số 8-\nCT/TW')).toEqual(['7-KL/TU', '8-CT/TW']);
    expect(numbers('Kết luận số 7-')).toEqual([]);
  });
});

describeShared('inspect lists every numbered citation of the seeds with its date', () => {
  const seeds = SEEDS;
  const run = (f: string) =>
    JSON.parse(
      execFileSync(
        'node',
        [join(__dirname, '..', 'bin', 'ketluan.js'), 'inspect', '--format', 'json', join(seeds, f)],
        { encoding: 'utf8' },
      ),
    );
  it('000', () => {
    const c = run('000_9711721d96982625.txt').citations.map(
      (x: { number: string; date: string | null }) => `${x.number} ${x.date}`,
    );
    expect(c).toEqual([
      '31-TTr/ĐU 2023-06-07',
      '39-KL/ĐU 2023-12-26',
      '19-CTr/ĐU 2023-06-08',
      '96-BC/ĐU 2023-05-25',
      '10-CT/TW 2007-03-30',
      '12-HD/BTCTW 2018-07-06',
      '06-HD/BTCTU 2018-10-08',
      '19-CTr/ĐU 2023-06-08',
    ]);
  });
  it('004', () => {
    const c = run('004_107d5b72e63935bb.txt').citations.map(
      (x: { number: string; date: string | null }) => `${x.number} ${x.date}`,
    );
    expect(c).toEqual([
      '04-NQ/TU 2022-12-14',
      '1873-KL/TU 2023-07-13',
      '25-NQ/TW 2013-06-03',
      '43-KL/TW 2019-01-07',
      '08/CT-TTg 2023-03-23',
    ]);
  });
  it('001', () => {
    const c = run('001_e85651e613ef3caa.txt').citations.map(
      (x: { number: string; date: string | null }) => `${x.number} ${x.date}`,
    );
    expect(c).toEqual(['1300-KL/TU 2023-07-18', '552-BC/TU 2023-07-18', '218-QĐ/TW 2013-12-12']);
  });
});

describe('citations across a line break', () => {
  it('the type word may stand at the end of the line before the number', () => {
    const m = inspect(parse('Thực hiện Kết luận\nsố 12-KL/TU ngày 05/01/2026 của Tỉnh ủy.', { today: TODAY }));
    expect(m.citations[0]).toMatchObject({
      typeWord: 'Kết luận',
      number: '12-KL/TU',
      date: '2026-01-05',
      issuerPhrase: 'Tỉnh ủy',
    });
  });
});

describe('an issuer name wrapped onto the next line', () => {
  const issuer = (t: string) => parse(t, { today: TODAY }).citations[0].issuerPhrase;
  it('goes on with the rest of the name, up to twelve words', () => {
    expect(
      issuer('Theo Kết luận số 12-KL/TU ngày 05/3/2026 của Ban Thường vụ\nĐảng ủy Khối các cơ quan tỉnh về việc.'),
    ).toBe('Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh');
    expect(
      issuer('Theo Kết luận số 12-KL/TU ngày 05/3/2026 của Ban\nThường vụ Đảng ủy Khối Doanh nghiệp tỉnh Lâm Đồng.'),
    ).toBe('Ban Thường vụ Đảng ủy Khối Doanh nghiệp tỉnh Lâm Đồng');
  });
  it('not with the next sentence of a line that lacks its full stop', () => {
    const t =
      'Căn cứ Kế hoạch số 52/KH-UBND ngày 02/9/2026 của Ủy ban nhân dân xã\n' +
      'Ủy ban nhân dân xã đề nghị các thôn rà soát phương án di dời dân trước ngày 15/10/2026, báo cáo.';
    expect(issuer(t)).toBe('Ủy ban nhân dân xã');
    const head = 'Theo Kết luận số 12-KL/TU ngày 05/3/2026 của Ban\n';
    const twelve = 'Thường vụ Đảng ủy Khối Doanh nghiệp tỉnh Lâm Đồng khóa mới.';
    expect(issuer(head + twelve)).toBe('Ban Thường vụ Đảng ủy Khối Doanh nghiệp tỉnh Lâm Đồng khóa mới');
    expect(issuer(head + twelve.replace('mới', 'mới nay'))).toBe('Ban');
  });
});

describe('a state công văn number has no type code', () => {
  it('"5973/UBND-KT … của Ủy ban nhân dân tỉnh" is a correct citation: no citation-issuer-mismatch', () => {
    const text = 'Theo Công văn số 5973/UBND-KT ngày 11/6/2026 của Ủy ban nhân dân tỉnh về việc rà soát.';
    const ids = analyze(text, { today: TODAY, profile: 'nd30' }).findings.map((f) => f.ruleId);
    expect(ids).not.toContain('citation-issuer-mismatch');
    expect(ids).not.toContain('citation-type-mismatch');
  });
  it('a type code that is also written like an issuer stays a type code: "08/CT-TTg"', () => {
    const c = parse('Theo Chỉ thị số 08/CT-TTg ngày 23/3/2023 của Thủ tướng Chính phủ.', { today: TODAY }).citations[0];
    expect([c.typeCode, c.issuerCode]).toEqual(['CT', 'TTg']);
  });
});

describe('citations of a long draft, read in chunks', () => {
  // Paragraphs of every shape: a citation at the start of a line right after a line with another one, a date and an
  // issuer wrapped onto the next line, a number broken after its dash, bold markup, a "số:" with spaces.
  const PARAGRAPHS = [
    (i: number) => `Kết luận số ${i}-KL/TU ngày 05/3/2025 của Tỉnh ủy về công tác cán bộ.`,
    (i: number) => `Hướng dẫn số ${i}-HD/BTCTW,\nngày 06/7/2018 của Ban Tổ chức\nTrung ương về công tác đảng viên.`,
    (i: number) => `Thực hiện Quy định số ${i}-\nQĐ/TW ngày 01 tháng 02 năm 2024 của Bộ Chính trị.`,
    (i: number) => `Căn cứ **Quyết định** số ${i}-QĐ/TU ngày 9/9/2025 của Ban Thường vụ.`,
    (i: number) => `Thông báo số:   ${i}-TB/TU ngày 12/12/2025.\nKế hoạch số ${i + 1}-KH/TU của Tỉnh ủy.`,
    // The number at the start of a line, its type word at the end of the one before.
    (i: number) => `Thông báo số ${i}-TB/TU.\nKế hoạch số\n${i + 1}-KH/TU.`,
  ];
  /** Two citations in the last two shapes, one in the others. */
  let expected = 0;
  for (let i = 1; i <= 400; i++) expected += i % PARAGRAPHS.length >= 4 ? 2 : 1;
  const draft = (eol: string) => {
    const parts: string[] = ['I. NỘI DUNG', ''];
    for (let i = 1; i <= 400; i++) parts.push(PARAGRAPHS[i % PARAGRAPHS.length](i), '');
    return parts.join('\n').replace(/\n/g, eol);
  };
  for (const [name, eol] of [
    ['LF', '\n'],
    ['CRLF', '\r\n'],
  ]) {
    it(`finds every citation at its place, whatever the chunk size (${name})`, () => {
      const text = draft(eol);
      expect(text.length).toBeGreaterThan(25_000); // two chunks of the default size (16 000 characters) or more
      const src = readSource(text);
      const whole = parseCitations(src, 0, src.lines.length - 1);
      expect(whole.citations).toHaveLength(expected);
      for (const c of whole.citations) {
        // The range starts at the type word and the number range covers the number, as typed.
        expect(text.slice(c.start, c.start + c.typeWord.length)).toBe(c.typeWord);
        const typedNumber = text.slice(c.numberRange.start, c.numberRange.end);
        expect(typedNumber.replace(/\s+/g, '')).toBe(c.number);
        expect(src.lines[c.line].start <= c.numberRange.start && c.numberRange.start <= src.lines[c.line].end).toBe(
          true,
        );
        if (c.dateRange) expect(text.slice(c.dateRange.start, c.dateRange.end).replace(/\s+/g, ' ')).toBe(c.dateText);
      }
      // Lines of a chunk's edge belong to one chunk only: other chunk sizes give the same citations and dates.
      // Size 1 makes each line a chunk of its own: a type word or deadline word on the line before is then read
      // only through the context before the chunk.
      for (const size of [1, 10, 60, 700, 5_000]) {
        const other = parseCitations(src, 0, src.lines.length - 1, size);
        expect(other.citations).toEqual(whole.citations);
        expect(other.dates).toEqual(whole.dates);
      }
    });
  }
  it('reads a type word at the very start of the text', () => {
    const src = readSource('Kết luận số 12-KL/TU ngày 05/3/2025 của Tỉnh ủy.\nThông báo số 3-TB/TU.');
    const found = parseCitations(src, 0, 1);
    expect(found.citations.map((c) => [c.typeWord, c.start, c.line])).toEqual([
      ['Kết luận', 0, 0],
      ['Thông báo', 49, 1],
    ]);
  });
});

describe('a number broken across lines after its dash', () => {
  const first = (t: string) => parse(t, { today: TODAY }).citations[0];
  it.each([
    ['-', false],
    ['\u2010', true],
    ['\u2011', true],
    ['\u2012', true],
    ['\u2013', true],
    ['\u2014', true],
    ['\u2212', true],
  ])('a line that ends with %j, the codes on the next line (blank lines between or not)', (dash, odd) => {
    for (const gap of ['\n', '\n\n', '\n \n\n\n']) {
      const c = first(`Thực hiện Hướng dẫn số 12${dash}${gap}HD/BTCTW ngày 06/7/2018 của Ban Tổ chức Trung ương.`);
      expect([c.number, c.dateText, c.damaged.oddDash, c.damaged.lineBreak], JSON.stringify(gap)).toEqual([
        '12-HD/BTCTW',
        '06/7/2018',
        odd,
        true,
      ]);
    }
  });
  it('near misses: another mark at the line end, four blank lines, codes in lower case', () => {
    for (const t of [
      'Thực hiện Hướng dẫn số 12\u2015\nHD/BTCTW ngày 06/7/2018.',
      'Thực hiện Hướng dẫn số 12\u2026\nHD/BTCTW ngày 06/7/2018.',
      'Thực hiện Hướng dẫn số 12-\n\n\n\n\nHD/BTCTW ngày 06/7/2018.',
      'Thực hiện Hướng dẫn số 12-\nhd/btctw ngày 06/7/2018.',
    ])
      expect(
        parse(t, { today: TODAY }).citations.map((c) => c.number),
        JSON.stringify(t),
      ).not.toContain('12-HD/BTCTW');
  });
});

describe('what a citation says of its number, date and issuer', () => {
  const one = (t: string) => {
    const c = parse(t, { today: TODAY }).citations[0];
    return { number: c.number, raw: c.raw, date: c.dateText, issuer: c.issuerPhrase, damaged: c.damaged };
  };
  const clean = { spaces: false, oddDash: false, lineBreak: false };
  it.each([
    ['Thực hiện Kết luận số 12-KL/TU ngày 05/3/2025.', '12-KL/TU', '12-KL/TU', '05/3/2025', null, clean],
    [
      'Thực hiện Kết luận số 12 - KL/TU ngày 05/3/2025.',
      '12-KL/TU',
      '12 - KL/TU',
      '05/3/2025',
      null,
      { ...clean, spaces: true },
    ],
    ['Thực hiện Kết luận số 12–KL/TU.', '12-KL/TU', '12–KL/TU', null, null, { ...clean, oddDash: true }],
    [
      'Thực hiện Hướng dẫn số 12–\nHD/BTCTW ngày 06/7/2018.',
      '12-HD/BTCTW',
      '12–\nHD/BTCTW',
      '06/7/2018',
      null,
      { ...clean, oddDash: true, lineBreak: true },
    ],
    // A date wrapped after its separator is quoted on one line; an issuer wrapped onto a line that starts with a
    // capital or with "ủy"/"uỷ" goes on there, not onto a line that starts a new phrase.
    [
      'Thực hiện Kết luận số 12-KL/TU ngày 05/\n3/2025 của Ban Tổ chức\nTrung ương về việc.',
      '12-KL/TU',
      '12-KL/TU',
      '05/ 3/2025',
      'Ban Tổ chức Trung ương',
      clean,
    ],
    ['Thực hiện Kết luận số 12-KL/TU của Tỉnh\nủy về việc.', '12-KL/TU', '12-KL/TU', null, 'Tỉnh ủy', clean],
    ['Thực hiện Kết luận số 12-KL/TU của Tỉnh\nuỷ về việc.', '12-KL/TU', '12-KL/TU', null, 'Tỉnh uỷ', clean],
    ['Thực hiện Kết luận số 12-KL/TU của Tỉnh\n  Ủy ban.', '12-KL/TU', '12-KL/TU', null, 'Tỉnh Ủy ban', clean],
    [
      'Thực hiện Kết luận số 12-KL/TU của Ban Thường vụ\nvề việc.',
      '12-KL/TU',
      '12-KL/TU',
      null,
      'Ban Thường vụ',
      clean,
    ],
    ['Thực hiện Kết luận số 12-KL/TU của Tỉnh\nủyban.', '12-KL/TU', '12-KL/TU', null, 'Tỉnh', clean],
  ])('%j', (text, number, raw, date, issuer, damaged) => {
    expect(one(text)).toEqual({ number, raw, date, issuer, damaged });
  });
  it('marks a spelled-out date after "trước" or "chậm nhất" as a deadline, not one after another word', () => {
    const deadlines = (t: string) => parse(`I. NỘI DUNG\n\n${t}`, { today: TODAY }).dates.map((d) => d.deadline);
    expect(deadlines('1. Các chi bộ báo cáo trước ngày 07 tháng 6 năm 2023; họp ngày 08 tháng 6 năm 2023.')).toEqual([
      true,
      false,
    ]);
    expect(deadlines('1. Các chi bộ báo cáo chậm nhất ngày 07 tháng 6 năm 2023.')).toEqual([true]);
    expect(deadlines('1. Các chi bộ báo cáo sau ngày 07 tháng 6 năm 2023.')).toEqual([false]);
    expect(deadlines('1. Các chi bộ họp trước, rồi ngày 07 tháng 6 năm 2023 báo cáo.')).toEqual([false]);
  });
});
