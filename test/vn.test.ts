// Vietnamese helpers: the two tone-mark placements, upper-case lines, comparing words, Roman numerals.
// Expectations are written out by hand.
import { describe, it, expect } from 'vitest';
import {
  NEW_STYLE,
  OLD_STYLE,
  foldTone,
  intToRoman,
  isUpperText,
  norm,
  romanToInt,
  sameWords,
  swapTonePair,
} from '../server/src/core/vn';

// Every pair written in the old placement and in the new, five tones each, in the four cases.
const OLD = 'òa óa ỏa õa ọa òe óe ỏe õe ọe ùy úy ủy ũy ụy';
const NEW = 'oà oá oả oã oạ oè oé oẻ oẽ oẹ uỳ uý uỷ uỹ uỵ';
const cases = (s: string) => [s, s.toUpperCase(), s.replace(/(^| )(.)/g, (_, a, b) => a + b.toUpperCase())];

describe('tone placement of the pairs oa, oe, uy', () => {
  it('swapTonePair turns each old pair into the new one and back, keeping the case of each letter', () => {
    for (const [o, n] of cases(OLD).map((c, i) => [c, cases(NEW)[i]])) {
      expect(o.split(' ').map(swapTonePair).join(' ')).toBe(n);
      expect(n.split(' ').map(swapTonePair).join(' ')).toBe(o);
    }
    expect(['òA', 'Òa', 'ủY', 'Ủy'].map(swapTonePair)).toEqual(['oÀ', 'Oà', 'uỶ', 'Uỷ']);
  });
  it('a pair with no mark, two marks or other letters is left as it is', () => {
    for (const p of ['oa', 'OE', 'uy', 'òà', 'ab', 'ôa', 'ơe', 'ưy', 'ia', 'ày', 'ya', 'eo', 'uà'])
      expect(swapTonePair(p)).toBe(p);
  });
  it('foldTone writes every old placement the new way, the same length', () => {
    expect(foldTone(OLD)).toBe(NEW);
    expect(foldTone(OLD.toUpperCase())).toBe(NEW.toUpperCase());
    expect(foldTone('Hòa Bình, thủy lợi, khỏe mạnh, ủy ban, Ủy ban, HÒA')).toBe(
      'Hoà Bình, thuỷ lợi, khoẻ mạnh, uỷ ban, Uỷ ban, HOÀ',
    );
    expect(foldTone('ủy')).toBe('uỷ');
    expect(foldTone('ò')).toBe('ò');
    expect(foldTone('')).toBe('');
  });
  it('leaves the new placement, "qu" and closed syllables alone', () => {
    for (const s of [
      'hoà',
      'quý',
      'Quý',
      'QUÝ',
      'quỳ',
      'hoàn',
      'thuỷ',
      'toán',
      'khoét',
      'tuyển',
      'Hoàng',
      'ủyx',
      'òaă',
    ])
      expect(foldTone(s)).toBe(s);
    expect(foldTone('hòa1')).toBe('hoà1');
    expect(foldTone('hòa-bình')).toBe('hoà-bình');
    expect(foldTone('hòa\u0301')).toBe('hòa\u0301');
  });
  it('a pair that ends a word before a non-letter is folded; one before a Latin or Vietnamese letter is not', () => {
    // the edges of the letter ranges: A–Z, a–z, U+00C0–U+024F, combining marks U+0300–U+036F, U+1E00–U+1EFF
    const letters = ['A', 'Z', 'a', 'z', 'À', 'ɏ', '\u0300', '\u036F', 'Ḁ', 'ỿ', 'ạ'];
    for (const c of letters) expect(foldTone(`hòa${c}`)).toBe(`hòa${c}`);
    const others = [' ', '.', '9', '@', '[', '`', '{', '¿', 'ɐ', '\u02FF', '\u0370', '\u1DFF', '\u1F00', '\u2000'];
    for (const c of others) expect(foldTone(`hòa${c}`)).toBe(`hoà${c}`);
  });
  it('folds every pair of a long text, not only the first', () => {
    expect(foldTone('hòa hòa thủy khỏe')).toBe('hoà hoà thuỷ khoẻ');
    expect(foldTone('qùy hòa')).toBe('qùy hoà');
    expect(foldTone('Qùy QÙY hòa')).toBe('Qùy QÙY hoà');
  });
  it('the old-style and new-style patterns find the same pairs as foldTone changes', () => {
    const text = 'Hòa Bình, hoà bình, quý, Quỳnh, thủy lợi, thuỷ, khỏe, khoẻ, hoàn, ÚY, Ủy';
    expect([...text.matchAll(OLD_STYLE)].map((m) => m[0])).toEqual(['òa', 'ủy', 'ỏe', 'ÚY', 'Ủy']);
    expect([...text.matchAll(NEW_STYLE)].map((m) => m[0])).toEqual(['oà', 'uỷ', 'oẻ']);
  });
});

describe('upper-case text', () => {
  it.each([
    ['KẾT LUẬN', true],
    ['ĐẢNG ỦY XÃ TÂN LẬP', true],
    ['BAN THƯỜNG VỤ - 2026', true],
    ['AB', true],
    ['A', false],
    ['A 1', false],
    ['Kết luận', false],
    ['KẾT LUẬn', false],
    ['KẾT LUẬN ă', false],
    ['123', false],
    ['', false],
  ])('%j → %s', (s, expected) => {
    expect(isUpperText(s)).toBe(expected);
  });
});

describe('comparing words', () => {
  it('ignores case, tone placement, decomposition and runs of spaces', () => {
    expect(norm('  Ủy  ban\tnhân dân ')).toBe('UỶ BAN NHÂN DÂN');
    expect(sameWords('Ủy ban nhân dân', 'UỶ BAN  NHÂN DÂN')).toBe(true);
    expect(sameWords('Hòa Bình', 'Hoa\u0300 Bi\u0300nh')).toBe(true);
    expect(sameWords('Hòa Bình', 'Hòa Bính')).toBe(false);
  });
});

describe('Roman numerals', () => {
  const HAND: [number, string][] = [
    [1, 'I'],
    [2, 'II'],
    [3, 'III'],
    [4, 'IV'],
    [5, 'V'],
    [6, 'VI'],
    [8, 'VIII'],
    [9, 'IX'],
    [10, 'X'],
    [14, 'XIV'],
    [19, 'XIX'],
    [40, 'XL'],
    [49, 'XLIX'],
    [50, 'L'],
    [90, 'XC'],
    [99, 'XCIX'],
    [100, 'C'],
    [144, 'CXLIV'],
    [399, 'CCCXCIX'],
  ];
  it.each(HAND)('%i ↔ %s', (n, r) => {
    expect(intToRoman(n)).toBe(r);
    expect(romanToInt(r)).toBe(n);
  });
  it('every number up to 399 goes there and back', () => {
    for (let n = 1; n < 400; n++) expect(romanToInt(intToRoman(n))).toBe(n);
  });
  it('refuses what is not written the usual way', () => {
    for (const s of ['', 'IIII', 'VX', 'IL', 'IC', 'XXXX', 'VV', 'iv', 'I V', 'M', 'ID', 'LL'])
      expect(romanToInt(s)).toBeNull();
    expect(intToRoman(0)).toBe('');
  });
});
