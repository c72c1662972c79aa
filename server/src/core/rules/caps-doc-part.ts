import { ALL, msg, type Rule } from '../rule';
import { fix, fillMsg } from './_util';
import { rangeOf, writingScan } from '../writing/scan';
import { lowerFirst, sentenceStart, upperFirst } from '../writing/util';

const NUM = String.raw`(?:\d+[a-zđ]?|[IVXLC]+)`;
/** Letters and digits, spelled out (no Unicode-mode regex: these run on every line). */
const LD = String.raw`A-Za-z0-9\u00C0-\u024F\u1E00-\u1EFF`;
const NOT_LETTER_AFTER = String.raw`(?![${LD}])`;
const NOT_LETTER_BEFORE = String.raw`(?<![${LD}])`;
/** "Khoản 2", "Điểm a" written with a capital inside a sentence. */
const UPPER_PART = new RegExp(String.raw`${NOT_LETTER_BEFORE}(Khoản|Điểm) (?:${NUM}|[a-zđ])${NOT_LETTER_AFTER}`, 'g');
/** What follows a cited part of a specific document ("điều 5 của Luật", "chương II Bộ luật"). */
const DOC_AFTER = String.raw`(?: (?:của|Luật|Bộ|Nghị|Thông|Quyết|Hiến|Pháp|Điều|Chương|Mục|Phần|khoản|này))`;
const LOWER_DIEU = new RegExp(String.raw`${NOT_LETTER_BEFORE}(điều) ${NUM}${NOT_LETTER_AFTER}`, 'g');
const LOWER_PART = new RegExp(
  String.raw`${NOT_LETTER_BEFORE}(chương|mục|phần) ${NUM}${NOT_LETTER_AFTER}(?=${DOC_AFTER})`,
  'g',
);
const MAYBE = /Khoản |Điểm |điều \d|điều [IVXLC]|chương |mục |phần /;
/**
 * After ".", "?", "!" and a space, caps-sentence already reports a lower-case word (with the same fix) — unless
 * the mark follows a single letter ("a. điều 5": a list item inside the line).
 */
const AFTER_STOP = /(?:[^\s.]{2}|\d)[.?!]["”’)]? +$/;
/** A list marker at the start of a line ("2.", "a)", "I."): its dot does not end a sentence. */
const LIST_MARKER = /^\s*(?:[-+•–—]|\d+(?:\.\d+)*[.)]|[a-zđ][).]|[IVXLC]+[.)-])?\s*/;
/** Nothing but spaces or an opening quote before: the line may carry on a hard-wrapped sentence. */
const BARE_START = /^\s*["“(]?$/;
/** Whether a lower-case "điều 5" at view index s of line text t is left unreported (see the call). */
function leftAlone(t: string, s: number): boolean {
  const before = t.slice(0, s);
  return BARE_START.test(before) || AFTER_STOP.test(before.replace(LIST_MARKER, ''));
}

/**
 * Citing parts of a document (Nghị định 30 Phụ lục II V.7): Phần, Chương, Mục, Tiểu mục, Điều take a capital;
 * khoản and điểm do not ("điểm a khoản 2 Điều 103 Mục 5 Chương XII Phần I của Bộ luật Hình sự").
 */
const rule: Rule = {
  id: 'caps-doc-part',
  severity: 'warning',
  profiles: ALL,
  fixable: 'fix',
  title: msg('Viết hoa sai khi viện dẫn phần, chương, điều, khoản', 'Wrong capitals when citing parts of a document'),
  messages: {
    lower: msg(
      '`{actual}`: khi viện dẫn, "khoản", "điểm" viết thường — viết "{expected}" (Nghị định 30, Phụ lục II, V.7).',
      '`{actual}`: "khoản" and "điểm" are lower case in a citation — write "{expected}" (Decree 30, Annex II, V.7).',
    ),
    upper: msg(
      '`{actual}`: khi viện dẫn, "Phần, Chương, Mục, Điều" viết hoa — viết "{expected}" ' +
        '(Nghị định 30, Phụ lục II, V.7).',
      '`{actual}`: "Phần, Chương, Mục, Điều" take a capital in a citation — write "{expected}" ' +
        '(Decree 30, Annex II, V.7).',
    ),
    fix: msg('Viết "{expected}"', 'Write "{expected}"'),
  },
  check({ model, report }) {
    for (const l of writingScan(model).lines) {
      const t = l.text;
      // Stryker disable next-line ConditionalExpression: a shortcut; every pattern below needs one of these words
      if (!MAYBE.test(t)) continue;
      const found: [RegExpMatchArray, 'lower' | 'upper'][] = [];
      for (const m of t.matchAll(UPPER_PART)) if (!sentenceStart(l, m.index!)) found.push([m, 'lower']);
      // A lower-case "điều 5" is wrong at a sentence start too (after ":", after a list marker); after ". ",
      // "? ", "! " it is left to caps-sentence (not reported twice), and at a bare line start it may be the
      // middle of a hard-wrapped sentence.
      for (const m of t.matchAll(LOWER_DIEU)) if (!leftAlone(t, m.index!)) found.push([m, 'upper']);
      for (const m of t.matchAll(LOWER_PART)) if (!leftAlone(t, m.index!)) found.push([m, 'upper']);
      for (const [m, kind] of found) {
        const s = m.index!,
          word = m[1];
        const newWord = kind === 'lower' ? lowerFirst(word) : upperFirst(word);
        const data = { actual: m[0], expected: newWord + m[0].slice(word.length) };
        const range = rangeOf(l, s, s + m[0].length);
        const edit = { ...rangeOf(l, s, s + 1), newText: newWord[0] };
        report({ message: kind, data, range, fix: fix(fillMsg(this.messages.fix, data), edit) });
      }
    }
  },
};
export default rule;
