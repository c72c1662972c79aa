// Components read despite letters a scan damaged: the Nơi nhận label, the document type's name, the star, and
// the diacritic-free reading they are matched on. Expectations written by hand.
import { describe, it, expect } from 'vitest';
import {
  DAMAGED_STAR,
  bare,
  findPartyTitleLoose,
  matchRecipientsLabel,
  typeFromTitleLoose,
} from '../server/src/core/parse/ocr';

describe('reading without diacritics', () => {
  it('drops every mark, writes capitals, and reads 0 and 1 as the letters O and I', () => {
    expect(bare('Đảng ủy xã Tân Lập 01')).toBe('DANG UY XA TAN LAP OI');
    expect(bare('ĐẢNG CỘNG SẢN VIỆT NAM')).toBe('DANG CONG SAN VIET NAM');
    expect(bare('ơư ƠƯ ăâê ĂÂÊ ôÔ')).toBe('OU OU AAE AAE OO');
    expect(bare('x2y-*/')).toBe('X2Y-*/');
    // characters past U+2000 and lone surrogates stay as they are, one unit each
    expect(bare('“a”\uD800')).toBe('“A”\uD800');
    expect(bare('ß')).toBe('ß');
    expect(bare('a\u2000b\u1FFFc')).toBe('A\u2000B\u1FFFC');
  });
});

describe('the Nơi nhận label', () => {
  it.each([
    ['Nơi nhận:', { len: 9, damaged: false }],
    ['Nơi nhận', { len: 8, damaged: false }],
    ['Nơi nhận.', { len: 9, damaged: false }],
    ['NƠI NHẬN:', { len: 9, damaged: false }],
    ['nơi nhận :', { len: 10, damaged: false }],
    ['Nơi  nhận: - Như trên;', { len: 10, damaged: false }],
    ['Nơi nhân:', { len: 9, damaged: true }],
    ['Noi nhan:', { len: 9, damaged: true }],
    ['N0I NHAN', { len: 8, damaged: true }],
    ['Nơi nhậnx', null],
    ['Noi nhanh', null],
    ['Nơi', null],
    ['- Nơi nhận:', null],
    ['Kính gửi:', null],
    // the label starts with N or n, even when a scan damaged the other letters
    ['Ñoi nhan:', null],
    ['', null],
  ])('%j', (t, expected) => {
    expect(matchRecipientsLabel(t)).toEqual(expected);
  });
});

describe('the name of the document type', () => {
  it.each([
    ['KÉT LUẬN', 'Kết luận', 8],
    ['KET LUAN', 'Kết luận', 8],
    // a Thông báo kết luận is a Thông báo; "kết luận …" is its summary
    ['THÔNG BÁO KÉT LUẬN', 'Thông báo', 9],
    ['THONG BAO', 'Thông báo', 9],
    ['NGHỊ QUYÉT', 'Nghị quyết', 10],
    ['KÉT LUẬN HỘI NGHỊ', 'Kết luận', 8],
  ])('%j is %s', (t, word, len) => {
    const r = typeFromTitleLoose(t);
    expect(r && { word: r.dt.word, len: r.len }).toEqual({ word, len });
  });
  it('refuses other lines and lines with runs of spaces', () => {
    for (const t of ['KÉT LUẬNX', 'KÉT  LUẬN', 'BAN THƯỜNG VỤ', 'KÉT', '']) expect(typeFromTitleLoose(t)).toBeNull();
  });
});

describe('a star damaged by a scan', () => {
  it.each([
    ['*+', true],
    ['*.', true],
    ['* +', true],
    ['+', true],
    ['**', true],
    ['*x', true],
    ['*', false],
    ['***', false],
    ['* ', false],
    ['+*', false],
    ['*  +', false],
  ])('%j → %s', (t, expected) => {
    expect(DAMAGED_STAR.test(t)).toBe(expected);
  });
});

describe('the Party title read without diacritics', () => {
  it('starts a word: a letter before it (A to Z, read bare) makes it part of a longer word', () => {
    for (const before of ['A', 'Z', 'Ă', 'đ'])
      expect(findPartyTitleLoose(`${before}ĐẢNG CỘNG SẢN VIỆT NAM`)).toBeNull();
    for (const before of ['@', '[', ' ', '*'])
      expect(findPartyTitleLoose(`${before}ĐẢNG CỘNG SẢN VIỆT NAM`)).toEqual([1, 23]);
  });
  it('ends a word, and its words are apart', () => {
    expect(findPartyTitleLoose('ĐẢNG CỘNG SẢN VIỆT NAMA')).toBeNull();
    expect(findPartyTitleLoose('ĐẢNG CỘNG SẢN VIỆT NAM@')).toEqual([0, 22]);
    expect(findPartyTitleLoose('ĐẢNG\u00A0CỘNG\tSẢN  VIỆT NAM')).toEqual([0, 23]);
    expect(findPartyTitleLoose('ĐẢNG CỘNG SẢNVIỆT NAM và')).toBeNull();
  });
});
