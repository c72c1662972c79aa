import { ALL, msg, type Rule } from '../rule';
import { fix, fillMsg } from './_util';
import { contiguous, rangeOf, writingScan } from '../writing/scan';

/**
 * One end mark where two are typed (writing.md §3.2–3.3): ",…." and "…." (the list ends with ",…" or ",..."
 * alone), two or four dots, ",," ";;" "::", and a comma or semicolon right before the final dot. Three dots and
 * longer runs of dots (blanks to fill in) are not touched.
 */
const PATTERNS: { re: RegExp; keep: (m: string) => string }[] = [
  { re: /[,;:] ?(?:…|\.\.\.)\.(?![.…])/g, keep: (m) => m.slice(0, -1) },
  { re: /(?<![.…,;: ])…\.(?![.…])/g, keep: () => '…' },
  { re: /,\.\.(?![.…])/g, keep: () => ',...' },
  { re: /(?<![.…/,])\.\.(?![.…/])/g, keep: () => '.' },
  { re: /(?<![.…])\.{4}(?![.…])/g, keep: () => '...' },
  { re: /,,(?!,)|;;(?!;)|::(?!:)/g, keep: (m) => m[0] },
  { re: /[,;]\.(?![.…\w])/g, keep: () => '.' },
];

const rule: Rule = {
  id: 'punct-double',
  severity: 'warning',
  profiles: ALL,
  fixable: 'fix',
  title: msg('Dấu câu bị lặp hoặc chồng nhau', 'Doubled or stacked punctuation'),
  messages: {
    double: msg(
      '`{actual}`: dấu câu bị lặp hoặc chồng nhau — viết "{expected}".',
      '`{actual}`: doubled or stacked punctuation — write "{expected}".',
    ),
    fix: msg('Viết "{expected}"', 'Write "{expected}"'),
  },
  check({ model, report }) {
    for (const l of writingScan(model).lines) {
      const t = l.text;
      // Every pattern holds two marks in a row: a line without them is skipped unread.
      // Stryker disable next-line ConditionalExpression,Regex: a shortcut; without it the patterns find nothing
      if (!/[.…,;:]{2}/.test(t)) continue;
      // Stryker disable next-line ArrayDeclaration: an entry that is no pair of numbers overlaps nothing
      const taken: [number, number][] = [];
      for (const { re, keep } of PATTERNS) {
        for (const m of t.matchAll(re)) {
          const s = m.index!,
            e = s + m[0].length;
          if (taken.some(([a, b]) => s < b && e > a) || !contiguous(l, s, e)) continue;
          taken.push([s, e]);
          if (/https?:|www\./.test(t.slice(Math.max(0, s - 40), s))) continue;
          const range = rangeOf(l, s, e);
          const data = { actual: m[0], expected: keep(m[0]) };
          const edit = { ...range, newText: data.expected };
          report({ message: 'double', data, range, fix: fix(fillMsg(this.messages.fix, data), edit) });
        }
      }
    }
  },
};
export default rule;
