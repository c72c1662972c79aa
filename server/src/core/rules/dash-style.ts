import { ALL, msg, type Rule } from '../rule';
import { fix, fillMsg } from './_util';
import { contiguous, rangeOf, writingScan } from '../writing/scan';

/** An en or em dash between two words or numbers, spaced or not. */
const LONG_DASH = /(?<=[\p{L}\p{N})”"]) *([–—]) *(?=[\p{L}\p{N}(“"])/gu;
/** A hyphen with a space on one side only ("2023 -2028", "chính trị- xã hội"). */
const LOPSIDED = /(?<=[\p{L}\p{N}])(?: -(?=[\p{L}\p{N}])|- (?=[\p{L}\p{N}]))/gu;

/**
 * Dashes between words and years (writing.md §3.3): the guides write the ASCII hyphen with a space on each
 * side ("kinh tế - xã hội", "2025 - 2030"); an en/em dash (Word's AutoFormat) or a lopsided hyphen is
 * information. Dashes inside document numbers belong to the number rules and are left alone.
 */
const rule: Rule = {
  id: 'dash-style',
  severity: 'information',
  profiles: ALL,
  fixable: 'fix',
  title: msg('Dấu gạch giữa các từ, các năm', 'Dashes between words and years'),
  messages: {
    long: msg(
      '`{actual}`: dấu "{dash}" (gạch dài, thường do Word tự đổi) — các hướng dẫn viết gạch nối "-" ' +
        'có dấu cách hai bên: "{expected}".',
      '`{actual}`: "{dash}" (a long dash, often from Word AutoFormat) — the guides write a spaced hyphen: ' +
        '"{expected}".',
    ),
    lopsided: msg(
      '`{actual}`: dấu gạch nối chỉ có dấu cách một bên — viết "{expected}".',
      '`{actual}`: a hyphen spaced on one side only — write "{expected}".',
    ),
    fix: msg('Viết "{expected}"', 'Write "{expected}"'),
  },
  check({ model, report }) {
    for (const l of writingScan(model).lines) {
      const t = l.text;
      // Stryker disable next-line ConditionalExpression,Regex: a shortcut; without it the patterns find nothing
      if (!/[–—]| -|- /.test(t)) continue;
      for (const [re, kind] of [
        [LONG_DASH, 'long'],
        [LOPSIDED, 'lopsided'],
      ] as const) {
        for (const m of t.matchAll(re)) {
          const s = m.index!,
            e = s + m[0].length;
          // A number such as "19 – CTr/ĐU" is citation-number-format's.
          if (/\d$/.test(t.slice(0, s)) && /^[\p{Lu}Đ]{1,6}[\p{Ll}]{0,2}\//u.test(t.slice(e))) continue;
          if (!contiguous(l, s, e)) continue;
          const a = /[\p{L}\p{N}]+$/u.exec(t.slice(0, s))?.[0] ?? '',
            b = /^[\p{L}\p{N}]+/u.exec(t.slice(e))?.[0] ?? '';
          const range = rangeOf(l, s, e);
          // Stryker disable next-line StringLiteral: only the long-dash message names the dash (m[1] is set there)
          const data = { actual: `${a}${m[0]}${b}`, expected: `${a} - ${b}`, dash: m[1] ?? '-' };
          const edit = { ...range, newText: ' - ' };
          report({ message: kind, data, range, fix: fix(fillMsg(this.messages.fix, data), edit) });
        }
      }
    }
  },
};
export default rule;
