import { ALL, msg, type Rule } from '../rule';
import { fix, fillMsg } from './_util';
import { contiguous, inDictionary, isDigit, isLetter, rangeOf, syllable, writingScan } from '../writing/scan';
import { key, LOANWORDS } from '../writing/lexicon';
import { splitGlued, upperFirst } from '../writing/util';

/** Words that a number follows with a space (writing.md §3.2: "ngày10" is a missing space). */
const BEFORE_NUMBER = new Set(
  ['ngày', 'tháng', 'năm', 'số', 'điều', 'khoản', 'điểm', 'chương', 'mục', 'phần'].map(key),
);
const CODE = /^[\p{Lu}Đ]{2,}$/u;
// eslint-disable-next-line no-control-regex -- \x00-\x7f is the whole ASCII range on purpose: anything outside it
const VI_LETTER = /[^\x00-\x7f]/;

/**
 * Two words typed without a space (spec §3.6; writing.md §2.6): a Vietnamese syllable glued to a code in
 * capitals (dụngVLNCN), two syllables run together (Môitrường, tạocụ), a word glued to a number (ngày10).
 */
const rule: Rule = {
  id: 'word-glued',
  severity: 'warning',
  profiles: ALL,
  fixable: 'suggest',
  title: msg('Hai chữ dính nhau, thiếu dấu cách', 'Two words without a space'),
  messages: {
    glued: msg(
      '`{word}`: hai chữ "{left}" và "{right}" dính nhau — thiếu dấu cách?',
      '`{word}`: "{left}" and "{right}" run together — a missing space?',
    ),
    number: msg(
      '`{word}`: thiếu dấu cách giữa "{left}" và số "{right}".',
      '`{word}`: a space is missing between "{left}" and the number "{right}".',
    ),
    fix: msg('Tách thành "{left} {right}"', 'Split into "{left} {right}"'),
  },
  check({ model, report, options }) {
    const scan = writingScan(model);
    for (const l of scan.lines) {
      for (let i = 0; i < l.n; i++) {
        const t = l.w[i],
          s = l.s[i],
          e = l.e[i];
        const post = l.post(i);
        // Stryker disable next-line ConditionalExpression,EqualityOperator: a shortcut; a short word ends in no finding
        if (t.caps !== 2 && t.low.length < 4 && !isDigit(post)) continue; // the common case, decided cheaply
        const pre = l.pre(i);
        if (pre === "'" || pre === '’' || post === "'" || post === '’' || pre === '-' || post === '-') continue;
        const w = t.text;
        let left: string,
          right: string,
          message = 'glued';
        if (t.caps === 2) {
          // A syllable, lower case or capitalised at the start of a sentence (TạiUBND), glued to a code.
          // Stryker disable next-line Regex: without ^ only a word with two capitals before the syllable differs
          const m = /^(\p{Lu}?\p{Ll}+)(\p{Lu}+)$/u.exec(w);
          if (!m || !CODE.test(m[2]) || !VI_LETTER.test(m[1]) || !isSyl(m[1].toLowerCase())) continue;
          left = m[1];
          right = m[2];
        } else if (isDigit(post)) {
          if (!BEFORE_NUMBER.has(t.k) || isDigit(pre) || isLetter(pre)) continue;
          left = w;
          // Stryker disable next-line Regex: the text after the word starts with a digit (post is one)
          right = /^\d+/.exec(l.text.slice(e, e + 12))![0];
          message = 'number';
        } else {
          if (isDigit(pre) || isSyl(t.low)) continue; // a short word did not come this far
          const split = splitGlued(t.low);
          if (!split || LOANWORDS.has(t.k)) continue;
          left = t.caps === 1 ? upperFirst(split[0]) : split[0];
          right = split[1];
        }
        if (inDictionary(options.words, t.text)) continue;
        const end = message === 'number' ? e + right.length : e;
        const range = rangeOf(l, s, end);
        const data = { word: l.text.slice(s, end), left, right };
        const suggest = contiguous(l, s, end)
          ? [fix(fillMsg(this.messages.fix, data), { start: range.start, end: range.end, newText: `${left} ${right}` })]
          : [];
        report({ message, data, range, suggest });
      }
    }
  },
};

function isSyl(low: string): boolean {
  const r = syllable(low).reason;
  return r === 'ok' || r === 'placement';
}
export default rule;
