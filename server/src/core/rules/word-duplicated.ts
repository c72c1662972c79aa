import { ALL, msg, type Rule } from '../rule';
import { fix, fillMsg } from './_util';
import { contiguous, rangeOf, writingScan, type Word } from '../writing/scan';
import { FUNCTION_WORDS, REDUPLICATION, SEAMS, STUTTER } from '../writing/lexicon';

/**
 * A word typed twice (writing.md §4): a doubled function word ("của của", "với với") or a stutter ("được đã
 * được") is a warning with a fix; a doubled content syllable is information with a suggestion, except
 * legitimate reduplication ("ngày ngày", "mãi mãi") and the seam of two compounds ("thi công công trình").
 */
const rule: Rule = {
  id: 'word-duplicated',
  severity: 'warning',
  profiles: ALL,
  fixable: 'fix',
  title: msg('Từ bị lặp', 'A repeated word'),
  messages: {
    function: msg('`{word}` bị lặp hai lần liền nhau.', '`{word}` is typed twice in a row.'),
    stutter: msg(
      '`{phrase}`: "{word}" bị lặp — có lẽ thừa chữ "{word}" đầu.',
      '`{phrase}`: "{word}" is repeated — the first "{word}" is probably extra.',
    ),
    content: msg(
      '`{word}` lặp hai lần liền nhau: nếu không phải chỗ nối của hai từ, bỏ một chữ.',
      '`{word}` appears twice in a row: unless two compounds meet here, delete one.',
    ),
    fix: msg('Bỏ chữ "{word}" thừa', 'Delete the extra "{word}"'),
  },
  check({ model, report }) {
    const scan = writingScan(model);
    for (const l of scan.lines) {
      const { s, e, w } = l;
      for (let i = 0; i + 1 < l.n; i++) {
        const a = w[i],
          b = w[i + 1];
        const c = w[i + 2] as Word | undefined;
        // Stryker disable next-line ConditionalExpression: a shortcut; the stutter and double tests below ask again
        if (a.low !== b.low && (!c || a.low !== c.low)) continue; // the common case, decided cheaply
        if (a.caps === 2 || b.caps === 2 || !spaces(l.text, e[i], s[i + 1])) continue;
        // Stutter: X Y X with X, Y in được, đã, sẽ, đang, bị.
        const stutter = c && a.low === c.low && a.low !== b.low && STUTTER.has(a.k) && STUTTER.has(b.k);
        if (
          stutter &&
          b.caps === 0 &&
          c.caps === 0 &&
          spaces(l.text, e[i + 1], s[i + 2]) &&
          contiguous(l, s[i], s[i + 1])
        ) {
          const range = rangeOf(l, s[i], s[i + 1]);
          const data = { word: a.text, phrase: l.text.slice(s[i], e[i + 2]) };
          const edit = { ...range, newText: '' };
          report({ message: 'stutter', data, range, fix: fix(fillMsg(this.messages.fix, data), edit) });
          continue;
        }
        if (a.low !== b.low) continue;
        // A capital on one of the two only: a function word at a sentence start ("Các các") is still a double;
        // otherwise it is a name ("Lâm Đồng đồng lòng", "như Như Thanh").
        if (a.caps !== b.caps && !(a.caps === 1 && FUNCTION_WORDS.has(a.k))) continue;
        if (/[-/]/.test(l.pre(i)) || /[-/]/.test(l.post(i + 1))) continue;
        if (REDUPLICATION.has(a.k)) continue;
        // X X Y Y ("đi đi lại lại") and Y Y X X.
        if (c && i + 3 < l.n && c.low === w[i + 3].low) continue;
        if (i >= 2 && w[i - 1].low === w[i - 2].low) continue;
        const isFunction = FUNCTION_WORDS.has(a.k);
        if (!isFunction && SEAMS.has(a.k)) continue;
        if (!contiguous(l, e[i], e[i + 1])) continue;
        const range = rangeOf(l, e[i], e[i + 1]);
        const data = { word: b.text };
        const edit = fix(fillMsg(this.messages.fix, data), { ...range, newText: '' });
        const at = rangeOf(l, s[i + 1], e[i + 1]);
        report(
          isFunction
            ? { message: 'function', data, range: at, fix: edit }
            : { message: 'content', data, range: at, severity: 'information', suggest: [edit] },
        );
      }
    }
  },
};

/** Whether text[a, b) is one or more spaces. */
function spaces(text: string, a: number, b: number): boolean {
  // Stryker disable next-line ConditionalExpression,EqualityOperator,BooleanLiteral: two words always have a gap
  if (b <= a) return false;
  for (let k = a; k < b; k++) if (text.charCodeAt(k) !== 32) return false;
  return true;
}
export default rule;
