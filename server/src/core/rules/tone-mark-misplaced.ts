import { ALL, msg, type Rule } from '../rule';
import { fix, fillMsg } from './_util';
import { contiguous, isDigit, rangeOf, writingScan } from '../writing/scan';
import { placeTone } from '../writing/syllable';
import { upperFirst } from '../writing/util';

/**
 * A tone mark on the wrong vowel (qúa, gìa, tòan, cuả): the mark goes on the vowel with a hat or horn, else
 * on the last vowel before a consonant, else by the open-rhyme rule (QĐ 1989/QĐ-BGDĐT; writing.md §2.3).
 * The old/new choice in open "oa, oe, uy" (hòa/hoà) is not this rule but tone-mark-mixed.
 */
const rule: Rule = {
  id: 'tone-mark-misplaced',
  severity: 'warning',
  profiles: ALL,
  fixable: 'fix',
  title: msg('Dấu thanh đặt sai chữ', 'Tone mark on the wrong vowel'),
  messages: {
    misplaced: msg(
      '`{word}`: dấu thanh phải đặt trên chữ "{vowel}" — viết "{expected}".',
      '`{word}`: the tone mark belongs on "{vowel}" — write "{expected}".',
    ),
    fix: msg('Viết "{expected}"', 'Write "{expected}"'),
  },
  check({ model, report }) {
    const scan = writingScan(model);
    for (const l of scan.lines) {
      for (let i = 0; i < l.n; i++) {
        const w = l.w[i];
        // Stryker disable next-line ConditionalExpression: a shortcut; one letter has no other vowel to move a mark to
        if (w.caps === 2 || w.text.length < 2) continue;
        const a = w.syl;
        if (a.reason !== 'placement' || isDigit(l.pre(i)) || isDigit(l.post(i))) continue;
        const low = placeTone(w.low, a);
        // Stryker disable next-line ConditionalExpression,LogicalOperator: 'placement' always has a vowel to move to
        if (!low || low === w.low) continue;
        const expected = w.caps === 1 ? upperFirst(low) : low;
        const at = [...low].findIndex((c, j) => c !== a.bare[j]);
        const s = l.s[i],
          e = l.e[i];
        const range = rangeOf(l, s, e);
        const data = { word: w.text, expected, vowel: a.bare[at] }; // low and bare differ at the marked vowel
        const edit = { ...range, newText: expected };
        const safe = contiguous(l, s, e);
        const title = fillMsg(this.messages.fix, data);
        report({ message: 'misplaced', data, range, fix: safe ? fix(title, edit) : undefined });
      }
    }
  },
};
export default rule;
