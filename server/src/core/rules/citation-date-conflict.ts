import { ALL, msg, type Rule } from '../rule';
import { compareDates, formatVi } from '../dates';
import { positionAt } from '../text';

/** The same document number cited with two different dates: one of them is wrong. */
const rule: Rule = {
  id: 'citation-date-conflict',
  severity: 'error',
  profiles: ALL,
  fixable: 'none',
  title: msg('Cùng một văn bản được viện dẫn với hai ngày khác nhau', 'Same document cited with two dates'),
  messages: {
    conflict: msg(
      '"{number}" ghi ngày {date} ở đây nhưng ghi ngày {first} ở dòng {line}: một trong hai ngày bị sai.',
      '"{number}" is dated {date} here but {first} on line {line}: one of the dates is wrong.',
    ),
  },
  check({ model, report }) {
    const first = new Map<string, (typeof model.citations)[0]>();
    for (const c of model.citations) {
      if (!c.date || !c.dateRange) continue;
      const prev = first.get(c.number);
      if (!prev) {
        first.set(c.number, c);
        continue;
      }
      if (compareDates(prev.date!, c.date) === 0) continue;
      report({
        message: 'conflict',
        data: {
          number: c.number,
          date: formatVi(c.date),
          first: formatVi(prev.date!),
          line: positionAt(model.src, prev.dateRange!.start).line + 1,
        },
        range: c.dateRange,
      });
    }
  },
};
export default rule;
