import { ALL, msg, type Rule } from '../rule';
import { fix, fillMsg } from './_util';
import { contiguous, isDigit, rangeOf, syllable, writingScan } from '../writing/scan';
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
    for (const l of writingScan(model).lines) {
      for (const t of l.toks) {
        if (t.caps === 2 || t.text.length < 2 || isDigit(t.pre) || isDigit(t.post)) continue;
        const a = t.syl ?? syllable(t.low);
        if (a.reason !== 'placement') continue;
        const low = placeTone(t.low, a);
        if (!low || low === t.low) continue;
        const expected = t.caps === 1 ? upperFirst(low) : low;
        const at = [...low].findIndex((c, i) => c !== a.bare[i]);
        const range = rangeOf(l, t.s, t.e);
        const data = { word: t.text, expected, vowel: a.bare[at] ?? '' };
        const edit = { ...range, newText: expected };
        const safe = contiguous(l, t.s, t.e);
        const title = fillMsg(this.messages.fix, data);
        report({ message: 'misplaced', data, range, fix: safe ? fix(title, edit) : undefined });
      }
    }
  },
};
export default rule;
