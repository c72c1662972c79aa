// The Vietnamese syllable analysis (server/src/core/writing/syllable.ts) field by field: what it says of a word
// (reason, onset, rhyme, tone, where the mark is and where it belongs), the tone-mark placement, Telex leftovers and
// one-letter repairs. Every expectation is written by hand from the spelling rules (writing.md §2).
import { describe, it, expect } from 'vitest';
import {
  analyzeSyllable,
  decodeTelex,
  looksTelex,
  nearSyllables,
  placeTone,
  tonePosition,
  vietnameseLetters,
  withTone,
} from '../server/src/core/writing/syllable';

describe('what the analysis says of a word', () => {
  it('a word with no vowel: every field at its empty value', () => {
    expect(analyzeSyllable('brr')).toEqual({
      reason: 'noVowel',
      bare: 'brr',
      tone: 0,
      toneAt: -1,
      onset: '',
      rhyme: '',
      expectedAt: -1,
      detail: '',
    });
  });

  it('a toneless syllable: onset and rhyme, no mark anywhere', () => {
    expect(analyzeSyllable('nghiêng')).toEqual({
      reason: 'ok',
      bare: 'nghiêng',
      tone: 0,
      toneAt: -1,
      onset: 'ngh',
      rhyme: 'iêng',
      expectedAt: -1,
      detail: '',
    });
  });

  it('a syllable with its mark: the tone (1 huyền … 5 nặng), where it is and where it belongs', () => {
    expect(analyzeSyllable('người')).toMatchObject({ reason: 'ok', bare: 'ngươi', tone: 1, toneAt: 3, expectedAt: 3 });
    expect(analyzeSyllable('được')).toMatchObject({ reason: 'ok', bare: 'đươc', tone: 5, toneAt: 2, expectedAt: 2 });
    expect(analyzeSyllable('của')).toMatchObject({ reason: 'ok', tone: 3, toneAt: 1, expectedAt: 1 });
    expect(analyzeSyllable('ngã')).toMatchObject({ reason: 'ok', tone: 4, toneAt: 2, expectedAt: 2 });
    expect(analyzeSyllable('cuả')).toMatchObject({ reason: 'placement', tone: 3, toneAt: 2, expectedAt: 1 });
  });

  it('oa, oe, uy take the mark on either vowel (old and new style); other pairs on the first', () => {
    expect(analyzeSyllable('hoà')).toMatchObject({ reason: 'ok', toneAt: 2, expectedAt: 2 });
    expect(analyzeSyllable('hòa')).toMatchObject({ reason: 'ok', toneAt: 1, expectedAt: 2 });
    expect(analyzeSyllable('thuý').reason).toBe('ok');
    expect(analyzeSyllable('thúy').reason).toBe('ok');
    expect(analyzeSyllable('maì').reason).toBe('placement'); // "mài"
    expect(analyzeSyllable('hoàn').reason).toBe('ok'); // with a coda: the last vowel only
    expect(analyzeSyllable('hòan').reason).toBe('placement');
  });

  it('letters Vietnamese does not write, two marks, a bad onset: each with what is wrong', () => {
    expect(analyzeSyllable('zô')).toMatchObject({ reason: 'letter', detail: 'z' });
    expect(analyzeSyllable('fá')).toMatchObject({ reason: 'letter', detail: 'f' });
    expect(analyzeSyllable('tạocụ')).toMatchObject({ reason: 'tones', detail: '' });
    expect(analyzeSyllable('bla')).toMatchObject({ reason: 'onset', detail: 'bl', onset: '' });
    expect(analyzeSyllable('thra')).toMatchObject({ reason: 'onset', detail: 'thr' });
  });

  it('gi: "gì", "gìn" share the i; "giếng" is gi + iê; "gii" is no syllable', () => {
    expect(analyzeSyllable('gì')).toMatchObject({ reason: 'ok', onset: 'gi', rhyme: 'i' });
    expect(analyzeSyllable('gìn')).toMatchObject({ reason: 'ok', onset: 'gi', rhyme: 'in' });
    expect(analyzeSyllable('giếng')).toMatchObject({ reason: 'ok', onset: 'gi', rhyme: 'iêng' });
    expect(analyzeSyllable('già')).toMatchObject({ reason: 'ok', onset: 'gi', rhyme: 'a' });
    expect(analyzeSyllable('gii')).toMatchObject({ reason: 'rhyme', onset: 'gi', rhyme: 'i' });
  });

  it('qu: with a, ă, e as o+; with â, ê, y, ơ, ô as u+; with i only "qui", "quit", "quin"', () => {
    expect(analyzeSyllable('qu')).toMatchObject({ reason: 'rhyme', onset: 'qu', rhyme: '' });
    for (const w of ['quá', 'quăn', 'que', 'quân', 'quê', 'quý', 'quơ', 'quốc', 'qui', 'quít', 'quìn'])
      expect([w, analyzeSyllable(w).reason]).toEqual([w, 'ok']);
    for (const w of ['quim', 'quu', 'quo', 'quư']) expect([w, analyzeSyllable(w).reason]).toEqual([w, 'rhyme']);
  });

  it('rhymes only after qu, iê and yê, oo, front vowels after k/gh/ngh, stop codas with sắc or nặng', () => {
    expect(analyzeSyllable('uy').reason).toBe('ok');
    expect(analyzeSyllable('iêng').reason).toBe('rhyme'); // no onset: written yêng
    expect(analyzeSyllable('yêu').reason).toBe('ok');
    expect(analyzeSyllable('tyêu').reason).toBe('rhyme');
    expect(analyzeSyllable('xoong').reason).toBe('ok');
    expect(analyzeSyllable('khoong').reason).toBe('rhyme');
    expect(analyzeSyllable('kê')).toMatchObject({ reason: 'ok' });
    expect(analyzeSyllable('ca')).toMatchObject({ reason: 'ok' });
    expect(analyzeSyllable('ka')).toMatchObject({ reason: 'spelling', detail: 'c' });
    expect(analyzeSyllable('ghi')).toMatchObject({ reason: 'ok' });
    expect(analyzeSyllable('gi').reason).toBe('ok');
    expect(analyzeSyllable('ngi')).toMatchObject({ reason: 'spelling', detail: 'ngh' });
    expect(analyzeSyllable('hát').reason).toBe('ok');
    expect(analyzeSyllable('học').reason).toBe('ok');
    expect(analyzeSyllable('hàt').reason).toBe('stopTone');
    expect(analyzeSyllable('hach').reason).toBe('stopTone');
  });
});

describe('tone placement', () => {
  it('the index of the vowel that carries the mark, inside the letters after the onset', () => {
    expect(tonePosition('gi', '')).toBe(-1); // "gì": on the i of gi
    expect(tonePosition('gi', 'n')).toBe(-1);
    expect(tonePosition('gi', 'a')).toBe(0);
    expect(tonePosition('ng', 'ươi')).toBe(1); // ơ of ươ
    expect(tonePosition('m', 'ưa')).toBe(0); // ư alone
    expect(tonePosition('t', 'oan')).toBe(1); // coda: the last vowel
    expect(tonePosition('b', 'a')).toBe(0);
    expect(tonePosition('kh', 'uya')).toBe(1); // three vowels: the middle one
    expect(tonePosition('h', 'oa')).toBe(1);
    expect(tonePosition('m', 'ai')).toBe(0);
    expect(tonePosition('', 'uy')).toBe(1);
  });

  it('moves the mark where it belongs, keeps words without one, and gives up when no vowel is there', () => {
    expect(placeTone('gìa')).toBe('già');
    expect(placeTone('gí')).toBe('gí');
    expect(placeTone('ba')).toBeNull();
    expect(placeTone('ngươì')).toBe('người');
    expect(withTone('toan', 1)).toBe('toàn');
    expect(withTone('gi', 2)).toBe('gí');
    expect(withTone('toan', 0)).toBe('toan');
  });
});

describe('letters, Telex leftovers and repairs', () => {
  it('which letters Vietnamese writes', () => {
    expect(vietnameseLetters('được')).toBe(true);
    expect(vietnameseLetters('łódź')).toBe(false);
    expect(vietnameseLetters('việtł')).toBe(false);
  });

  it('Telex leftovers: doubled letters, w, or a tone key after a vowel', () => {
    for (const w of ['aan', 'tee', 'coo', 'ddi', 'tw', 'as', 'ans', 'bar', 'nhaf', 'tieengx', 'baj'])
      expect([w, looksTelex(w)]).toEqual([w, true]);
    for (const w of ['ban', 'tsa', 'sao', 'xin', 'trong']) expect([w, looksTelex(w)]).toEqual([w, false]);
  });

  it('decodes each Telex key', () => {
    expect(
      ['nguowif', 'awn', 'cows', 'tuw', 'nhw', 'ddaats', 'vieejt', 'tieengs', 'cuar', 'nhax', 'baj'].map(decodeTelex),
    ).toEqual(['người', 'ăn', 'cớ', 'tư', 'như', 'đất', 'việt', 'tiếng', 'của', 'nhã', 'bạ']);
  });

  it('gives up on what is no syllable once decoded, or was no Telex at all', () => {
    expect(decodeTelex('ba')).toBeNull(); // nothing to decode
    expect(decodeTelex('nhafs')).toBeNull(); // two tone keys
    expect(decodeTelex('sfa')).toBeNull(); // a tone key before the vowel
    expect(decodeTelex('zoo')).toBeNull(); // z stays
    expect(decodeTelex('kaa')).toBeNull(); // "kâ": k is not written before â
  });

  it('valid syllables one letter away: a letter added anywhere, a doubled letter removed', () => {
    expect(nearSyllables('trog')).toContain('trong');
    expect(nearSyllables('khôn')).toContain('không'); // added at the end
    expect(nearSyllables('ha')).toEqual(expect.arrayContaining(['hoa', 'hai', 'han']));
    expect(nearSyllables('ha')).not.toContain('nha'); // never before the first letter
    expect(nearSyllables('thànhh')).toEqual(['thành']);
    expect(nearSyllables('bbb')).toEqual([]);
  });
});
