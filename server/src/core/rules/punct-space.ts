import { ALL, msg, type Rule } from '../rule';
import { fix, fillMsg } from './_util';
import { contiguous, isDigit, isLetter, rangeOf, writingScan, type ProseLine } from '../writing/scan';

const URLISH = /(?:https?:\/\/|www\.)\S+|[\w.+-]+@[\w-]+\.[\w.]+/g;
/** Space before , ; : . ! ? (not an ellipsis, not "./.", not a blank to fill in). */
const BEFORE = /( +)([,;:.!?])(?![./…\d])/g;
/** , ; : directly followed by a letter. */
const AFTER = /([,;:])(?=[A-Za-z\u00C0-\u024F\u1E00-\u1EFF])/g;
/** The word, closing mark or number (with its per cent sign) a punctuation mark attaches to. */
const attaches = (ch: string | undefined, digits: boolean) =>
  !!ch && (isLetter(ch) || ch === ')' || ch === ']' || ch === '”' || (digits && (isDigit(ch) || ch === '%')));
const OPEN_INSIDE = /([(“])( +)(?=[^\s.…_])/g;
const CLOSE_INSIDE = /(?<=[^\s.…_(“])( +)([)”])/g;

/**
 * Any place where one of the patterns above can match: most lines of prose have none, and one native regex
 * test per line costs far less than the four passes.
 */
const CANDIDATE = / [,;:.!?)”]|[(“] |[,;:][A-Za-z\u00C0-\u024F\u1E00-\u1EFF]/;

/**
 * Spaces around punctuation (typographic practice, writing.md §3.2): no space before , ; : . ! ?, one space
 * after , ; :, no space just inside brackets or quotation marks. Numbers (1,5; 8:30), web addresses and
 * two-column layout lines are left alone.
 */
const rule: Rule = {
  id: 'punct-space',
  severity: 'warning',
  profiles: ALL,
  fixable: 'fix',
  title: msg('Dấu cách quanh dấu câu', 'Spaces around punctuation'),
  messages: {
    before: msg('Thừa dấu cách trước dấu "{mark}".', 'Extra space before "{mark}".'),
    after: msg('Thiếu dấu cách sau dấu "{mark}".', 'Missing space after "{mark}".'),
    inside: msg('Thừa dấu cách ngay bên trong dấu "{mark}".', 'Extra space just inside "{mark}".'),
    fixDelete: msg('Bỏ dấu cách thừa', 'Delete the extra space'),
    fixInsert: msg('Thêm dấu cách sau "{mark}"', 'Insert a space after "{mark}"'),
  },
  check({ model, report }) {
    // Spaces with markup between them (a comment, an emphasis mark) are reported, but deleting them would
    // delete the markup too: no fix then.
    const del = (l: ProseLine, s: number, e: number, message: string, mark: string) => {
      const range = rangeOf(l, s, e);
      const edit = contiguous(l, s, e) ? fix(this.messages.fixDelete, { ...range, newText: '' }) : undefined;
      report({ message, data: { mark }, range, fix: edit });
    };
    for (const l of writingScan(model).lines) {
      const t = l.text;
      // Stryker disable next-line ConditionalExpression: a shortcut; without it the patterns find nothing
      if (!CANDIDATE.test(t)) continue;
      // Stryker disable next-line ArrayDeclaration: a non-number entry never contains an index
      const urls: [number, number][] = [];
      // Stryker disable next-line ConditionalExpression,StringLiteral: a shortcut; URLISH finds nothing either
      if (t.includes('://') || t.includes('www.') || t.includes('@')) {
        for (const m of t.matchAll(URLISH)) urls.push([m.index!, m.index! + m[0].length]);
      }
      // Stryker disable next-line EqualityOperator: a space or ,;: never starts an address, so i > a is the same
      const inUrl = (i: number) => urls.some(([a, b]) => i >= a && i < b);
      for (const m of t.matchAll(BEFORE)) {
        const s = m.index!,
          e = s + m[1].length;
        if (!attaches(t[s - 1], true)) continue;
        // "mỏ1 ." — a footnote number glued to a word is an extraction artefact, not a typed space.
        if (!inUrl(s) && !/\p{L}\d{1,2}$/u.test(t.slice(0, s))) del(l, s, e, 'before', m[2]);
      }
      for (const m of t.matchAll(AFTER)) {
        const s = m.index!;
        if (!attaches(t[s - 1], false) || inUrl(s) || (m[1] === ';' && /&\w+$/.test(t.slice(0, s)))) continue;
        const range = rangeOf(l, s, s + 1);
        const data = { mark: m[1] };
        const edit = { start: range.end, end: range.end, newText: ' ' };
        report({ message: 'after', data, range, fix: fix(fillMsg(this.messages.fixInsert, data), edit) });
      }
      for (const m of t.matchAll(OPEN_INSIDE)) del(l, m.index! + 1, m.index! + 1 + m[2].length, 'inside', m[1]);
      for (const m of t.matchAll(CLOSE_INSIDE)) del(l, m.index!, m.index! + m[1].length, 'inside', m[2]);
    }
  },
};
export default rule;
