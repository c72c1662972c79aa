// Hover over a cited document, and the look-ups behind go-to and references in one draft, run in this process
// (the LSP tests see them through the server bundle only). Each hover is written out whole, as the user reads it.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '../server/src/core';
import { citationAt, citationHover, sameNumber } from '../server/src/core/features/citations';
import { TODAY } from './helpers';

const CLEAN = readFileSync(join(__dirname, 'fixtures', 'clean-hd05.kl.md'), 'utf8');
// Line 11 of the clean draft cites "Nghị quyết số 03-NQ/ĐU, ngày 20/01/2026 của Đảng ủy xã"; line 42 is added here.
const DRAFT =
  CLEAN +
  '\nTheo Quyết định số 1234/QĐ-UBND ngày 05/3/2025, Luật số 45/2019/QH14, Nghị quyết số 03-NQ/ĐU ' +
  'và Kế hoạch số 12-KH/ZZ ngày 02/6/2026; xem thêm 15-TB/ĐU, 05-TT/TU, 12/TT-BNV, 16-XY/ĐU và Nghị quyết 03-NQ/ĐU.\n';
const model = parse(DRAFT, { today: TODAY });
const at = (number: string, nth = 0) => model.citations.filter((c) => c.number === number)[nth];

describe('citationHover', () => {
  it('a Party citation with its issuer and date: the regime of that date, and where else it is cited', () => {
    expect(citationHover(model, at('03-NQ/ĐU'))).toBe(
      [
        '**Nghị quyết 03-NQ/ĐU**',
        '',
        '- Loại: Nghị quyết',
        '- Số: 03',
        '- Ký hiệu: NQ/ĐU (nghị quyết)',
        '- Cơ quan ban hành: Đảng ủy xã — ĐU: Đảng ủy (xã, phường, đặc khu, cơ sở, đảng ủy khác)',
        '- Ngày: 20/01/2026',
        '- Thể thức áp dụng: Hướng dẫn 36-HD/VPTW (văn bản Đảng 03/4/2018 – 26/5/2026)',
        '',
        'Còn được viện dẫn ở dòng 42',
      ].join('\n'),
    );
    expect(citationHover(model, at('03-NQ/ĐU'), 'en')).toBe(
      [
        '**Nghị quyết 03-NQ/ĐU**',
        '',
        '- Type: Nghị quyết',
        '- Number: 03',
        '- Symbol: NQ/ĐU (nghị quyết)',
        '- Issuer: Đảng ủy xã — ĐU: Đảng ủy (xã, phường, đặc khu, cơ sở, đảng ủy khác)',
        '- Date: 20/01/2026',
        '- Format regime: Guide 36-HD/VPTW (Party documents 3 Apr 2018 – 26 May 2026)',
        '',
        'Also cited on line 42',
      ].join('\n'),
    );
  });
  it('the same number without issuer or date: the body its code stands for, once; no regime; the other lines', () => {
    expect(citationHover(model, at('03-NQ/ĐU', 1))).toBe(
      [
        '**Nghị quyết 03-NQ/ĐU**',
        '',
        '- Loại: Nghị quyết',
        '- Số: 03',
        '- Ký hiệu: NQ/ĐU (nghị quyết)',
        '- Cơ quan ban hành: ĐU: Đảng ủy (xã, phường, đặc khu, cơ sở, đảng ủy khác)',
        '- Ngày: không ghi',
        '',
        'Còn được viện dẫn ở dòng 11, 42',
      ].join('\n'),
    );
  });
  it('a state decision and a law: Nghị định 30 applies; a law shows the year in its number', () => {
    expect(citationHover(model, at('1234/QĐ-UBND'))).toBe(
      [
        '**Quyết định 1234/QĐ-UBND**',
        '',
        '- Loại: Quyết định',
        '- Số: 1234',
        '- Ký hiệu: QĐ-UBND (quyết định)',
        '- Cơ quan ban hành: UBND: Ủy ban nhân dân',
        '- Ngày: 05/3/2025',
        '- Thể thức áp dụng: Nghị định 30/2020/NĐ-CP (văn bản hành chính nhà nước)',
      ].join('\n'),
    );
    expect(citationHover(model, at('45/2019/QH14'), 'en')).toBe(
      [
        '**Luật 45/2019/QH14**',
        '',
        '- Type: Luật',
        '- Number: 45',
        '- Symbol: 2019/QH14',
        '- Issuer: QH14: Quốc hội',
        '- Date: not given',
        '- Year in number: 2019',
        '- Format regime: Decree 30/2020/ND-CP (state administrative documents)',
      ].join('\n'),
    );
  });
  it('an issuer code of no known body is shown as typed; a Party date from 27/5/2026 falls under HD05', () => {
    expect(citationHover(model, at('12-KH/ZZ'))).toBe(
      [
        '**Kế hoạch 12-KH/ZZ**',
        '',
        '- Loại: Kế hoạch',
        '- Số: 12',
        '- Ký hiệu: KH/ZZ (kế hoạch)',
        '- Cơ quan ban hành: ZZ',
        '- Ngày: 02/6/2026',
        '- Thể thức áp dụng: Hướng dẫn 05-HD/VPTW (văn bản Đảng từ 27/5/2026)',
      ].join('\n'),
    );
  });
  it('a number cited with no type word: the type read from its code', () => {
    const c = at('15-TB/ĐU');
    expect(c.typeWord).toBe('');
    expect(citationHover(model, c).split('\n').slice(0, 3)).toEqual(['**Văn bản 15-TB/ĐU**', '', '- Loại: Thông báo']);
    expect(citationHover(model, c, 'en').split('\n')[0]).toBe('**Document 15-TB/ĐU**');
  });
});

describe('the type of a number cited without its type word', () => {
  it('read from the code in its own family: TT is a Thông tri in a Party number, a Thông tư in a state one', () => {
    expect(citationHover(model, at('05-TT/TU')).split('\n')[2]).toBe('- Loại: Thông tri');
    expect(citationHover(model, at('12/TT-BNV')).split('\n')[2]).toBe('- Loại: Thông tư');
    // A code of no known type: no type, no name in brackets.
    expect(citationHover(model, at('16-XY/ĐU')).split('\n').slice(2, 5)).toEqual([
      '- Loại: —',
      '- Số: 16',
      '- Ký hiệu: XY/ĐU',
    ]);
  });
  it('a law in Vietnamese; a number cited twice on one other line names that line once', () => {
    expect(citationHover(model, at('45/2019/QH14'))).toContain('\n- Năm trong số hiệu: 2019\n');
    expect(citationHover(model, at('03-NQ/ĐU')).split('\n').pop()).toBe('Còn được viện dẫn ở dòng 42');
  });
});

describe('citationAt and sameNumber', () => {
  it('the citation under the cursor, its first and last character included', () => {
    const c = at('1234/QĐ-UBND');
    expect(citationAt(model, c.start)).toBe(c);
    expect(citationAt(model, c.end)).toBe(c);
    expect(citationAt(model, c.start - 1)).toBeNull();
    const line42 = DRAFT.split('\n').slice(0, 41).join('\n').length + 1;
    expect(citationAt(model, line42)).toBeNull(); // "Theo": no citation there
  });
  it('every citation of the same number, in order, and only those', () => {
    expect(sameNumber(model, at('03-NQ/ĐU', 1))).toEqual([at('03-NQ/ĐU'), at('03-NQ/ĐU', 1), at('03-NQ/ĐU', 2)]);
    expect(sameNumber(model, at('1234/QĐ-UBND'))).toEqual([at('1234/QĐ-UBND')]);
  });
});
