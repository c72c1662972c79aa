// legacyWordCount: how many words of a line hold a legacy-encoding character after a letter (the writing rules
// skip a line with two or more; the legacy-encoding rule itself tells foreign names apart).
import { describe, it, expect } from 'vitest';
import { legacyWordCount } from '../server/src/core/legacy-text';

describe('legacyWordCount', () => {
  it('counts each such word once (TCVN3 and VNI)', () => {
    expect(legacyWordCount('Uû ban nh©n d©n huyÖn')).toBe(4);
    expect(legacyWordCount('Coäng hoøa')).toBe(2);
    expect(legacyWordCount('th¸ng b¶y')).toBe(2);
    expect(legacyWordCount('nh©n')).toBe(1);
    expect(legacyWordCount('a·b')).toBe(1); // "·" counts only between letters
  });
  it('near misses: Unicode Vietnamese and symbols standing alone count nothing', () => {
    expect(legacyWordCount('Ủy ban nhân dân huyện')).toBe(0);
    expect(legacyWordCount('© 2026 · mục « a »')).toBe(0);
    expect(legacyWordCount('')).toBe(0);
  });
});
