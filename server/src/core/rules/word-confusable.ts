import { ALL, msg, type Rule } from '../rule';
import { fix, fillMsg } from './_util';
import { contiguous, inDictionary, rangeOf, writingScan } from '../writing/scan';
import { CONFUSABLES } from '../writing/confusables';
import { upperFirst } from '../writing/util';

/**
 * A real word written for another, a known confusion of administrative text (xử dụng → sử dụng, bổ xung →
 * bổ sung, diều hành → điều hành). The pairs and their sources are data in writing/confusables.ts.
 */
const rule: Rule = {
  id: 'word-confusable',
  severity: 'warning',
  profiles: ALL,
  fixable: 'suggest',
  title: msg('Từ dễ viết nhầm', 'A commonly confused word'),
  messages: {
    confusable: msg(
      '`{word}` thường là viết nhầm của "{right}" (lẫn {why}).',
      '`{word}` is usually a slip for "{right}" ({why} confusion).',
    ),
    fix: msg('Sửa thành "{right}"', 'Change to "{right}"'),
  },
  check({ model, report, options }) {
    const scan = writingScan(model);
    for (const l of scan.lines) {
      for (let i = 0; i + 1 < l.n; i++) {
        const a = l.w[i],
          b = l.w[i + 1];
        if (a.caps === 2 || b.caps !== 0 || l.s[i + 1] - l.e[i] !== 1) continue;
        const c = CONFUSABLES.get(a.k, b.k);
        if (!c) continue;
        const as = l.s[i],
          be = l.e[i + 1];
        const word = l.text.slice(as, be);
        if (inDictionary(options.words, word)) continue;
        const right = a.caps === 1 ? upperFirst(c.right) : c.right;
        const range = rangeOf(l, as, be);
        const data = { word, right, why: why(c.wrong, c.right) };
        const edit = { ...range, newText: right };
        const suggest = contiguous(l, as, be) ? [fix(fillMsg(this.messages.fix, data), edit)] : [];
        report({ message: 'confusable', data, range, severity: c.severity, suggest });
      }
    }
  },
};

/** Names the kind of slip: the first letters that differ (s/x), or the tone (hỏi/ngã). */
/** The letters before the first vowel of a word without tone marks. */
const onset = (w: string): string => /^[^aăâeêioôơuưy]*/i.exec(w)![0];
/** A word or phrase without its tone marks (the breve, circumflex and horn stay: "thăm" is not "tham"). */
const toneless = (s: string): string =>
  s.normalize('NFD').replace(/[\u0300\u0301\u0303\u0309\u0323]/g, '').normalize('NFC');

function why(wrong: string, right: string): string {
  if (toneless(wrong) === toneless(right)) return 'dấu thanh / tone';
  const ws = wrong.split(' '),
    rs = right.split(' ');
  // Stryker disable next-line EqualityOperator,MethodExpression: every pair differs in a word, so the loop returns
  for (let i = 0; i < Math.min(ws.length, rs.length); i++) {
    if (ws[i] === rs[i]) continue;
    const x = onset(toneless(ws[i])),
      y = onset(toneless(rs[i]));
    // Stryker disable next-line StringLiteral: no pair of the list starts with a vowel (yet)
    if (x !== y) return `${x || '∅'}/${y || '∅'}`;
    return `${ws[i]}/${rs[i]}`;
  }
  // Stryker disable next-line StringLiteral: not reached (see the loop)
  return `${wrong}/${right}`;
}
export default rule;
