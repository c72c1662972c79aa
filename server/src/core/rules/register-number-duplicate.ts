import { ALL, msg, quote, type Rule } from '../rule';
import { numberKey } from '../register/extract';
import { inPeriod, nextFree } from '../register/register';
import { citationDate } from '../register/cite';
import { padDocNumber } from '../format';

/**
 * Spec §10: another document of the register has the same number, type code and issuer code in the same
 * numbering period (the year; the term when office.termStart is set for Party documents).
 */
const rule: Rule = {
  id: 'register-number-duplicate',
  severity: 'error',
  profiles: ALL,
  fixable: 'suggest',
  title: msg('Số văn bản đã cấp cho văn bản khác trong sổ đăng ký', 'Document number already in the register'),
  messages: {
    duplicate: msg(
      'Số "{number}" đã cấp cho văn bản khác: {other}{title} ({file}, dòng {line}). Số tiếp theo còn trống: {next}.',
      'Number "{number}" is already given to another document: {other}{title} ({file}, line {line}). ' +
        'Next free number: {next}.',
    ),
  },
  check({ model, register, report }) {
    const n = model.header.number;
    if (!register || !n || !n.num || !n.typeCode) return;
    const key = numberKey(n.num, n.typeCode, n.issuerCode);
    // Stryker disable next-line ConditionalExpression: num and typeCode are checked above, the key is never null
    if (!key) return;
    // The draft's year: its issue date, else its meeting date, the referenceDate setting or today (never null).
    // Stryker disable next-line OptionalChaining: draftDate is never null (today at the latest)
    const year = model.reference.draftDate?.y;
    // Stryker disable next-line ConditionalExpression: draftDate is never null (today at the latest)
    if (year === undefined) return;
    const termStart = register.termStart ?? null;
    const entries = register.byKey.get(key) ?? [];
    const same = entries.filter((e) => e.file !== register.self && inPeriod(e, year, termStart));
    if (!same.length) return;
    const other = same[0];
    const all = [...register.byKey.values()].flat();
    const next = padDocNumber(String(nextFree(all, n.typeCode, n.issuerCode, year, termStart, register.self)));
    // Stryker disable next-line StringLiteral: a header number with a type code always has its issuer code
    const issuer = n.issuerCode ?? '';
    const nextNumber = `${next}-${n.typeCode}/${issuer}`;
    report({
      message: 'duplicate',
      data: {
        number: `${n.num}-${n.typeCode}/${issuer}`,
        other: `${other.typeWord}${other.date ? ` ${citationDate(other.date)}` : ''}`,
        title: other.title ? ` "${quote(other.title, 50)}"` : '', // a row without trích yếu: no empty quotes
        file: other.name,
        line: other.line + 1,
        next: nextNumber,
      },
      range: n.body,
      suggest: [
        {
          title: msg('Dùng số tiếp theo còn trống: {next}', 'Use the next free number: {next}'),
          edits: [{ start: n.numRange.start, end: n.numRange.end, newText: next }],
        },
      ],
    });
  },
};
export default rule;
