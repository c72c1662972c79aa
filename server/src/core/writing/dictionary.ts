// The user dictionary (.ketluan.json "words"): a set of normalised keys, made once per word list.
import { key } from './lexicon';

let lastList: readonly string[] | undefined;
let lastSet: ReadonlySet<string> | undefined;

export function dictionarySet(words: readonly string[] | undefined): ReadonlySet<string> | undefined {
  if (!words || !words.length) return undefined;
  if (words === lastList && lastSet) return lastSet;
  const out = new Set<string>();
  for (const w of words) if (typeof w === 'string' && w.trim()) out.add(key(w.trim()));
  lastList = words;
  lastSet = out;
  return out;
}
