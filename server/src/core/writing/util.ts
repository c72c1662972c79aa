// Small helpers shared by the writing rules.
import type { ProseLine, WritingScan } from './scan';
import { COMMON, key } from './lexicon';
import { analyzeSyllable } from './syllable';

export const upperFirst = (w: string): string => w.charAt(0).toLocaleUpperCase('vi') + w.slice(1);
export const lowerFirst = (w: string): string => w.charAt(0).toLocaleLowerCase('vi') + w.slice(1);

/** Only a list marker (-, 1., 1.2., a), I.) and an opening quote or bracket before the word. */
const LINE_START = /^[\s>*#]*(?:[-+•–—]|\d+(?:\.\d+)*[.)]|[a-zđ][).]|[IVXLC]+[.)-])?\s*["“(]?$/u;

/** Whether view index s starts a sentence: line start (after a list marker), or after . ? ! : */
export function sentenceStart(line: ProseLine, s: number): boolean {
  const before = line.text.slice(Math.max(0, s - 24), s);
  if (s <= 24 && LINE_START.test(before)) return true;
  return /[.?!:…]["”’)]?\s*["“(]?$/.test(before);
}

/**
 * Orders candidate corrections: those the draft itself uses first, then common words, then the rest.
 * Returns the candidates and whether the first one is clearly preferred.
 */
export function rank(cands: string[], scan: WritingScan): { list: string[]; sure: boolean } {
  const score = (c: string) => (scan.count.get(c) ?? 0) * 10 + (COMMON.has(key(c)) ? 5 : 0);
  const list = [...new Set(cands)].sort((a, b) => score(b) - score(a));
  const sure = list.length === 1 || (list.length > 1 && score(list[0]) > score(list[1]));
  return { list, sure };
}

/** A word split into two valid syllables ("môitrường" -> môi + trường), or null. */
export function splitGlued(low: string): [string, string] | null {
  if (low.length < 4 || low.length > 14) return null;
  let best: [string, string] | null = null;
  for (let i = 2; i <= low.length - 2; i++) {
    const a = low.slice(0, i),
      b = low.slice(i);
    if (!/[^a-z]/.test(a + b)) continue; // a plain ASCII word is more likely a foreign one
    if (ok(a) && ok(b)) best = [a, b]; // the longest valid first syllable wins
  }
  return best;
}
function ok(w: string): boolean {
  const r = analyzeSyllable(w).reason;
  return r === 'ok' || r === 'placement';
}
