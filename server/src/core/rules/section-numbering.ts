import { ALL, msg, type Msg, type Rule } from '../rule';
import type { Section } from '../model';
import { fix, replace, fillMsg } from './_util';
import { VI_LETTERS, intToRoman, romanToInt } from '../vn';
import { levelKey, partOrdinal, spellPart } from '../parse/body';

/**
 * Within one level of the outline (I./I- → 1. → 1.1. → a)) numbers run without gaps or repeats;
 * điểm use the Vietnamese letter sequence a b c d đ e g h i k l m n o p q r s t u v x y
 * (legal drafting practice; HD05 6.1.6 for the parts).
 */
function ordinal(s: Section): number | null {
  switch (s.kind) {
    case 'part':
      return partOrdinal(s.number);
    case 'roman':
      return romanToInt(s.number);
    case 'arabic':
    case 'dieu':
    // Stryker disable next-line ConditionalExpression: "(4)" falls through to the decimal case and still reads 4
    case 'paren':
      return +s.number;
    case 'decimal':
      return +s.number.slice(s.number.lastIndexOf('.') + 1);
    case 'letter': {
      const i = VI_LETTERS.indexOf(s.number);
      return i >= 0 ? i + 1 : null;
    }
  }
}
function spell(s: Section, n: number, parent: Section | null): string {
  switch (s.kind) {
    case 'part':
      return spellPart(s.number, n);
    case 'roman':
      return intToRoman(n);
    case 'arabic':
    case 'dieu':
    case 'paren':
      return String(n);
    case 'decimal': {
      const parts = s.number.split('.');
      const prefix =
        parent &&
        (parent.kind === 'arabic' || parent.kind === 'decimal') &&
        parent.number.split('.').length === parts.length - 1
          ? parent.number
          : parts.slice(0, -1).join('.');
      return `${prefix}.${n}`;
    }
    case 'letter':
      return VI_LETTERS[n - 1] ?? '?';
  }
}

/** The sections of a list grouped by numbering level, in order of first appearance (one group: the list itself). */
function byLevel(list: Section[]): Iterable<Section[]> {
  const k0 = levelKey(list[0]);
  let i = 1;
  while (i < list.length && levelKey(list[i]) === k0) i++;
  if (i === list.length) return [list];
  const byKind = new Map<number, Section[]>();
  for (const s of list) {
    const key = levelKey(s);
    if (!byKind.has(key)) byKind.set(key, []);
    byKind.get(key)!.push(s);
  }
  return byKind.values();
}

/** Where the number stands inside its token as typed ("(4)" and "Điều 4." do not start with it), or -1. */
function numberAt(text: string, s: Section): number {
  const { start, end } = s.numberRange;
  if (s.number.length <= end - start && text.startsWith(s.number, start)) return 0;
  return text.slice(start, end).indexOf(s.number);
}

/** The number's own characters when it is typed as read, else the whole number token. */
function numRangeOf(s: Section, typed: boolean, numStart: number) {
  return typed ? { start: numStart, end: numStart + s.number.length } : s.numberRange;
}
/** The renumbering suggestion, when the number can be edited in place. */
function renumbering(s: Section, typed: boolean, numStart: number, title: Msg, expected: string) {
  return typed ? [fix(title, replace(numRangeOf(s, typed, numStart), expected))] : undefined;
}

const rule: Rule = {
  id: 'section-numbering',
  severity: 'warning',
  profiles: ALL,
  fixable: 'suggest',
  title: msg('Đánh số đề mục sai thứ tự', 'Section numbering out of sequence'),
  messages: {
    skipped: msg(
      'Đánh số đề mục bị nhảy: sau "{prev}" phải là "{expected}", không phải "{actual}".',
      'Section number skipped: after "{prev}" comes "{expected}", not "{actual}".',
    ),
    first: msg(
      'Đề mục đầu tiên của cấp này phải là "{expected}", không phải "{actual}".',
      'The first section at this level is "{expected}", not "{actual}".',
    ),
    repeated: msg(
      'Số đề mục "{actual}" bị lặp lại: sau "{prev}" phải là "{expected}".',
      'Section number "{actual}" is repeated: after "{prev}" comes "{expected}".',
    ),
    order: msg(
      'Đề mục "{actual}" sai thứ tự: sau "{prev}" phải là "{expected}".',
      'Section "{actual}" is out of order: after "{prev}" comes "{expected}".',
    ),
    letter: msg(
      'Chữ "{actual}" không thuộc thứ tự điểm tiếng Việt ' +
        '(a, b, c, d, đ, e, g, h, i, k, l, m, n, o, p, q, r, s, t, u, ' +
        'v, x, y).',
      'The letter "{actual}" is not in the Vietnamese point sequence ' +
        '(a, b, c, d, đ, e, g, h, i, k, l, m, n, o, p, q, ' +
        'r, s, t, u, v, x, y).',
    ),
    prefix: msg(
      'Đề mục "{actual}" nằm dưới mục "{parent}" nên phải đánh số "{expected}".',
      'Section "{actual}" sits under "{parent}", so it is numbered "{expected}".',
    ),
    renumber: msg('Đánh số lại thành "{expected}"', 'Renumber as "{expected}"'),
  },
  check({ model, report }) {
    const { renumber } = this.messages;
    const lines = model.src.lines;
    const dashBetween = (a: number, b: number) => {
      // Stryker disable next-line ArithmeticOperator,EqualityOperator: lines a and b are headings, never dash items
      for (let i = a + 1; i < b; i++) if (/^[-+•]\s/u.test(lines[i].view.typed)) return true;
      return false;
    };
    const walk = (list: Section[], parent: Section | null) => {
      // Stryker disable next-line ConditionalExpression: a shortcut; the loops below do nothing on an empty list
      if (!list.length) return;
      for (const group of byLevel(list)) {
        let prev: Section | null = null;
        let expectedN = 1;
        for (const s of group) {
          const n = ordinal(s);
          // The number inside its token: "(4)" and "Điều 4." do not start with it; "Phần thứ hai" ends with it.
          // A number not typed as read ("1.\u200b3", a zero-width space inside) is pointed at as a whole token,
          // with no renumbering: an edit sized on the number as read would leave part of it behind.
          const at = numberAt(model.src.text, s);
          const typed = s.kind === 'part' || at >= 0;
          const numStart = s.kind === 'part' ? s.numberRange.end - s.number.length : s.numberRange.start + at;
          // The range and the fix are made only when a finding is reported (most sections are numbered right).
          if (n === null) {
            report({ message: 'letter', data: { actual: s.number }, range: numRangeOf(s, typed, numStart) });
            prev = s;
            expectedN++;
            continue;
          }
          if (
            // Stryker disable next-line ConditionalExpression: only a decimal has a depth > 1 (checked below)
            s.kind === 'decimal' &&
            parent &&
            (parent.kind === 'arabic' || parent.kind === 'decimal') &&
            // A decimal's depth is its count of numbers ("1.2.3" has 3); an Arabic number's is 1.
            parent.depth === s.depth - 1
          ) {
            const prefix = s.number.slice(0, s.number.lastIndexOf('.'));
            if (prefix !== parent.number) {
              const expected = `${parent.number}.${n}`;
              // Stryker disable next-line ObjectLiteral: the engine fills the title from the finding's data too
              const title = fillMsg(renumber, { expected });
              const data = { actual: s.number, parent: parent.number, expected };
              report({
                message: 'prefix',
                data,
                range: numRangeOf(s, typed, numStart),
                suggest: renumbering(s, typed, numStart, title, expected),
              });
            }
          }
          // A list that starts again at 1 after a dash item ("- …:" then "a) b) c)") is a new list.
          if (n === 1 && prev && dashBetween(prev.line, s.line)) {
            expectedN = 2;
            prev = s;
            continue;
          }
          if (n !== expectedN) {
            const expected = spell(s, expectedN, parent);
            // Stryker disable next-line StringLiteral: without a previous number the message is "first", without {prev}
            const data = { actual: s.number, expected, prev: prev ? prev.number : '' };
            // Stryker disable next-line EqualityOperator: n differs from expectedN here, so > and >= agree
            const key = !prev ? 'first' : n === expectedN - 1 ? 'repeated' : n > expectedN ? 'skipped' : 'order';
            // Stryker disable next-line ObjectLiteral: the engine fills the title from the finding's data too
            const title = fillMsg(renumber, { expected });
            report({
              message: key,
              data,
              range: numRangeOf(s, typed, numStart),
              suggest: renumbering(s, typed, numStart, title, expected),
            });
            // One finding, not a cascade. After a skip, a repeat or a first number, expectations follow what the
            // author wrote (after "2" comes "3"); a number that steps back ("1, 2, 3, 2, 5") is a slip for the
            // next one, so counting goes on from where it was.
            expectedN = key === 'order' ? expectedN + 1 : n + 1;
          } else expectedN++;
          prev = s;
        }
      }
      for (const s of list) walk(s.children, s);
    };
    walk(model.sections, null);
  },
};
export default rule;
