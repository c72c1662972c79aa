import { ALL, msg, type Rule } from '../rule';

/** A legal document's number carries its year (Nghị định 34/2016/NĐ-CP Điều 58): it equals the year of its date. */
const rule: Rule = {
  id: 'citation-law-year-mismatch',
  severity: 'error',
  profiles: ALL,
  fixable: 'none',
  title: msg('Năm trong số hiệu văn bản quy phạm khác năm ban hành', 'Year in a legal number differs from its date'),
  messages: {
    mismatch: msg(
      '"{number}" mang năm {year} trong số hiệu nhưng ghi ngày {date}: năm trong số hiệu là năm ban hành.',
      '"{number}" carries the year {year} but is dated {date}: the year in the number is the year of issue.',
    ),
  },
  check({ model, report }) {
    for (const c of model.citations) {
      // Only a law-shaped number ("30/2020/NĐ-CP") carries a year.
      if (!c.lawYear || !c.date || !c.dateRange) continue;
      if (c.date.y === c.lawYear) continue;
      report({
        message: 'mismatch',
        // Stryker disable next-line StringLiteral: a citation with a date always has its dateText
        data: { number: c.number, year: c.lawYear, date: c.dateText ?? '' },
        range: { start: c.numberRange.start, end: c.dateRange.end },
      });
    }
  },
};
export default rule;
