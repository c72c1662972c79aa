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
      'Số "{number}" đã cấp cho văn bản khác: {other} "{title}" ({file}, dòng {line}). Số tiếp theo còn trống: {next}.',
      'Number "{number}" is already given to another document: {other} "{title}" ({file}, line {line}). ' +
        'Next free number: {next}.',
    ),
  },
  check({ model, register, report }) {
    const n = model.header.number;
    if (!register || !n || !n.num || !n.typeCode) return;
    const key = numberKey(n.num, n.typeCode, n.issuerCode);
    if (!key) return;
    const year = model.header.dateLine?.date?.y ?? model.reference.draftDate?.y ?? null;
    if (year === null) return;
    const same = (register.byKey.get(key) ?? []).filter(
      (e) => e.file !== register.self && inPeriod(e, year, register.termStart ?? null),
    );
    if (!same.length) return;
    const other = same[0];
    const all = [...register.byKey.values()].flat();
    const next = padDocNumber(
      String(nextFree(all, n.typeCode, n.issuerCode, year, register.termStart ?? null, register.self)),
    );
    const nextNumber = `${next}-${n.typeCode}/${n.issuerCode ?? ''}`;
    report({
      message: 'duplicate',
      data: {
        number: `${n.num}-${n.typeCode}/${n.issuerCode ?? ''}`,
        other: `${other.typeWord}${other.date ? ` ${citationDate(other.date)}` : ''}`,
        title: quote(other.title, 50),
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
