import { ALL, msg, type Rule } from '../rule';
import { fix, fillMsg } from './_util';
import { rangeOf, writingScan, type ProseLine } from '../writing/scan';
import { NHAN_DAN } from '../writing/caps-data';
import { key } from '../writing/lexicon';
import { sentenceStart } from '../writing/util';

/** Words before "Nhân dân" that make a title or a name of its own ("Nghệ sĩ Nhân dân", "Báo Nhân Dân"). */
const TITLE_BEFORE = new Set(['sĩ', 'giáo', 'thuốc', 'nhân', 'báo', 'trang'].map(key));

/**
 * Special nouns (Nghị định 30 Phụ lục II V.1; writing.md §1.4, §1.6): "nhân dân" in the name "Ủy ban nhân dân"
 * is lower case; "Tổ quốc" is always capitalised; one document should not mix "Nhân dân" and "nhân dân" for
 * the people (information; the majority form wins, "Nhân dân" on a tie).
 */
const rule: Rule = {
  id: 'caps-special-noun',
  severity: 'warning',
  profiles: ALL,
  fixable: 'fix',
  title: msg('Viết hoa danh từ đặc biệt (Nhân dân, Tổ quốc)', 'Capitals of special nouns (Nhân dân, Tổ quốc)'),
  messages: {
    inName: msg(
      '`{phrase}`: trong tên "{head} nhân dân", "nhân dân" viết thường (Nghị định 30, Phụ lục II).',
      '`{phrase}`: in the name "{head} nhân dân", "nhân dân" is lower case (Decree 30, Annex II).',
    ),
    toQuoc: msg('`{phrase}`: "Tổ quốc" luôn viết hoa.', '`{phrase}`: "Tổ quốc" always takes a capital.'),
    mixed: msg(
      'Văn bản viết lẫn "Nhân dân" ({upper} chỗ) và "nhân dân" ({lower} chỗ) cùng một nghĩa: ' +
        'viết "{expected}" cho thống nhất.',
      'The document mixes "Nhân dân" ({upper}) and "nhân dân" ({lower}) in one sense: write "{expected}" to match.',
    ),
    fix: msg('Viết "{expected}"', 'Write "{expected}"'),
  },
  check({ model, report }) {
    const messages = this.messages;
    const scan = writingScan(model);
    /** Token i's first letter written as ch. */
    const edit = (l: ProseLine, i: number, ch: string) => ({ ...rangeOf(l, l.s[i], l.s[i] + 1), newText: ch });
    const upper: [ProseLine, number][] = [],
      lower: [ProseLine, number][] = [];
    for (const l of scan.lines) {
      const w = l.w;
      for (let i = 0; i + 1 < l.n; i++) {
        const a = w[i],
          b = w[i + 1];
        const nd = a.low === 'nhân' && b.low === 'dân',
          tq = a.low === 'tổ' && b.low === 'quốc';
        if (!nd && !tq) continue;
        if (a.caps === 2 || b.caps === 2 || !l.spaced(i)) continue;
        if (nd) {
          // The head before "nhân dân": two words (ủy ban) or three (viện kiểm sát), joined by single spaces.
          // (spaced(k) is false for k < 0: no bound test is needed before reading w[i - 2], w[i - 3].)
          const two = l.spaced(i - 2) && l.spaced(i - 1) && NHAN_DAN.has(w[i - 2].k, w[i - 1].k);
          const three =
            l.spaced(i - 3) && l.spaced(i - 2) && l.spaced(i - 1) && NHAN_DAN.has(w[i - 3].k, w[i - 2].k, w[i - 1].k);
          const head = two ? 2 : three ? 3 : 0;
          if (head) {
            if (a.caps || b.caps) {
              const first = i - head;
              const headText = l.text.slice(l.s[first], l.e[i - 1]);
              const data = { phrase: l.text.slice(l.s[first], l.e[i + 1]), head: headText, expected: 'nhân dân' };
              // Stryker disable next-line MethodExpression: without it the other edit writes a lower-case letter over
              // itself; the fixed text is the same
              const edits = [i, i + 1]
                .filter((t) => w[t].caps)
                .map((t) => edit(l, t, w[t].text[0].toLocaleLowerCase('vi')));
              const title = fillMsg(messages.fix, data);
              report({ message: 'inName', data, range: rangeOf(l, l.s[i], l.e[i + 1]), fix: { title, edits } });
            }
            continue;
          }
          if (b.caps === 1 || (i > 0 && TITLE_BEFORE.has(w[i - 1].k))) continue;
          if (a.caps === 1 && !sentenceStart(l, l.s[i])) upper.push([l, i]);
          else if (a.caps === 0) lower.push([l, i]);
        } else if (a.caps === 0) {
          const data = { phrase: l.text.slice(l.s[i], l.e[i + 1]), expected: 'Tổ quốc' };
          const edits = [edit(l, i, a.text[0].toLocaleUpperCase('vi'))];
          // Stryker disable next-line ConditionalExpression: otherwise the edit writes a lower-case letter over itself
          if (b.caps === 1) edits.push(edit(l, i + 1, b.text[0].toLocaleLowerCase('vi')));
          const title = fillMsg(messages.fix, data);
          report({ message: 'toQuoc', data, range: rangeOf(l, l.s[i], l.e[i + 1]), fix: { title, edits } });
        }
      }
    }
    // Stryker disable next-line ConditionalExpression,LogicalOperator: a shortcut; with one list empty the loop
    // below walks the empty one (the majority is the other) and reports nothing
    if (!upper.length || !lower.length) return;
    const toUpper = upper.length >= lower.length;
    const expected = toUpper ? 'Nhân dân' : 'nhân dân';
    for (const [l, i] of toUpper ? lower : upper) {
      const data = { upper: upper.length, lower: lower.length, expected };
      const first = l.w[i].text[0];
      const ch = toUpper ? first.toLocaleUpperCase('vi') : first.toLocaleLowerCase('vi');
      report({
        message: 'mixed',
        data,
        range: rangeOf(l, l.s[i], l.e[i + 1]),
        severity: 'information',
        fix: fix(fillMsg(this.messages.fix, data), edit(l, i, ch)),
      });
    }
  },
};
export default rule;
