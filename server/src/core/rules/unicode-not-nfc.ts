import { ALL, msg, type Rule } from '../rule';
import { fix, replace } from './_util';

/** TCVN 6909:2001 Unicode text (HD05 IV.1): precomposed (NFC) letters; decomposed marks break search and sorting. */
const COMBINING = /[\u0300-\u036f]/;

const rule: Rule = {
  id: 'unicode-not-nfc',
  severity: 'warning',
  profiles: ALL,
  fixable: 'fix',
  title: msg('Chữ tiếng Việt tổ hợp (không dựng sẵn)', 'Decomposed (non-NFC) Vietnamese letters'),
  messages: {
    nfd: msg(
      'Dòng này có {count} chữ gõ dấu dạng tổ hợp (Unicode tổ hợp, không dựng sẵn), ví dụ "{example}"; trông giống '
        + 'nhưng tìm kiếm, sắp xếp sẽ sai.',
      'This line has {count} letters with combining (decomposed) marks, e.g. "{example}"; they look the same but '
        + 'break search and sorting.',
    ),
    fix: msg('Chuyển sang Unicode dựng sẵn (NFC)', 'Convert to precomposed Unicode (NFC)'),
  },
  check({ model, report }) {
    const text = model.src.text;
    if (!COMBINING.test(text)) return;
    for (const l of model.src.lines) {
      const raw = l.raw;
      if (!COMBINING.test(raw) || raw.normalize('NFC') === raw) continue;
      let first = -1,
        last = -1,
        count = 0;
      for (let i = 0; i < raw.length; i++) {
        if (!COMBINING.test(raw[i])) continue;
        let s = i - 1;
        while (s > 0 && COMBINING.test(raw[s])) s--;
        if (first < 0) first = Math.max(0, s);
        let e = i;
        while (e + 1 < raw.length && COMBINING.test(raw[e + 1])) e++;
        last = e + 1;
        count++;
        i = e;
      }
      const range = { start: l.start + first, end: l.start + last };
      const piece = text.slice(range.start, range.end);
      // The example is the whole word ("Văn", not "ăn"): step back to the word's start.
      let ws = first;
      while (ws > 0 && /[\p{L}\p{M}]/u.test(raw[ws - 1])) ws--;
      const word = /[\p{L}\p{M}]+/u.exec(raw.slice(ws))?.[0] ?? piece;
      report({
        message: 'nfd',
        data: { count, example: word.normalize('NFC') },
        range,
        fix: fix(this.messages.fix, replace(range, piece.normalize('NFC'))),
      });
    }
  },
};
export default rule;
