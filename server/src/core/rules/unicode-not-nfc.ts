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
      'This line has {count} {letters} with combining (decomposed) marks, e.g. "{example}"; they look the same but '
        + 'break search and sorting.',
    ),
    fix: msg('Chuyển sang Unicode dựng sẵn (NFC)', 'Convert to precomposed Unicode (NFC)'),
  },
  check({ model, report }) {
    const text = model.src.text;
    // Stryker disable next-line ConditionalExpression: a shortcut; each line is tested again below
    if (!COMBINING.test(text)) return;
    for (const l of model.src.lines) {
      const raw = l.raw;
      if (!COMBINING.test(raw) || raw.normalize('NFC') === raw) continue;
      // Stryker disable next-line UnaryOperator: last is set by the loop (the line has a combining mark)
      let first = -1,
        last = -1,
        count = 0;
      // Stryker disable next-line EqualityOperator: raw[raw.length] is undefined, which COMBINING rejects
      for (let i = 0; i < raw.length; i++) {
        if (!COMBINING.test(raw[i])) continue;
        // i starts a run of marks (a run is read whole below), so the letter before it is its base.
        if (first < 0) first = Math.max(0, i - 1);
        let e = i;
        // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator: undefined past the end
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
      const word = /[\p{L}\p{M}]+/u.exec(raw.slice(ws))![0]; // raw[ws] is a letter or a mark
      report({
        message: 'nfd',
        data: { count, letters: count === 1 ? 'letter' : 'letters', example: word.normalize('NFC') },
        range,
        fix: fix(this.messages.fix, replace(range, piece.normalize('NFC'))),
      });
    }
  },
};
export default rule;
