// Document types (server/src/core/doctypes.ts): from a title line, a type code and a citation's type word.
import { describe, it, expect } from 'vitest';
import { typeByCode, typeByWord, typeFromTitle } from '../server/src/core/doctypes';

const name = (t: { name: string } | null) => t?.name ?? null;

describe('typeFromTitle', () => {
  it.each([
    ['KẾT LUẬN', 'KẾT LUẬN'],
    ['THÔNG BÁO KẾT LUẬN', 'THÔNG BÁO'],
    ['QUY ĐỊNH VỀ CÔNG TÁC', 'QUY ĐỊNH'],
    ['  QUY   CHẾ  LÀM VIỆC ', 'QUY CHẾ'],
    ['GIẤY\tGIỚI THIỆU', 'GIẤY GIỚI THIỆU'],
    // near misses: the name inside a longer word, or not at the start
    ['KẾT LUẬNX', null],
    ['VỀ KẾT LUẬN', null],
    ['', null],
  ])('%j → %s', (title, expected) => {
    expect(name(typeFromTitle(title))).toBe(expected);
  });
});

describe('typeByCode', () => {
  it('a code reads by the family: "QĐ" is a Quyết định both ways, "TT" a Thông tri (Party) or Thông tư (state)', () => {
    expect(name(typeByCode('QĐ', 'party'))).toBe('QUYẾT ĐỊNH');
    expect(name(typeByCode('QĐ', 'state'))).toBe('QUYẾT ĐỊNH');
    expect(name(typeByCode('TT', 'party'))).toBe('THÔNG TRI');
    expect(name(typeByCode('TT', 'state'))).toBe('THÔNG TƯ');
    expect(name(typeByCode('QĐi', 'party'))).toBe('QUY ĐỊNH');
    expect(name(typeByCode('QyĐ', 'state'))).toBe('QUY ĐỊNH');
  });
  it('near misses: a code only one family has, an unknown code', () => {
    expect(typeByCode('CV', 'state')).toBeNull();
    expect(name(typeByCode('CV', 'party'))).toBe('CÔNG VĂN');
    expect(typeByCode('GM', 'party')).toBeNull();
    expect(typeByCode('QyĐ', 'party')).toBeNull();
    expect(typeByCode('XX', 'party')).toBeNull();
  });
});

describe('typeByWord', () => {
  it('in any case and spacing, the same answer each time it is asked', () => {
    expect(name(typeByWord('Kết luận'))).toBe('KẾT LUẬN');
    expect(name(typeByWord('KẾT LUẬN'))).toBe('KẾT LUẬN');
    expect(name(typeByWord('kết   luận'))).toBe('KẾT LUẬN');
    expect(name(typeByWord(' Nghị định '))).toBe('NGHỊ ĐỊNH');
    expect(name(typeByWord('Giấy \n giới thiệu'))).toBe('GIẤY GIỚI THIỆU');
    expect(name(typeByWord('kết   luận'))).toBe('KẾT LUẬN');
  });
  it('near misses: an unknown word, part of a type word', () => {
    expect(typeByWord('Kết')).toBeNull();
    expect(typeByWord('Tờ trình số')).toBeNull();
    expect(typeByWord('Tờ trình số')).toBeNull();
  });
  it('many different words asked once each: every answer stays right', () => {
    for (let i = 0; i < 1100; i++) expect(typeByWord(`Từ ${i}`)).toBeNull();
    expect(name(typeByWord('Báo   cáo'))).toBe('BÁO CÁO');
    expect(name(typeByWord('Báo   cáo'))).toBe('BÁO CÁO');
  });
});
