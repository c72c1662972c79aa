import { ALL, msg, type Rule } from '../rule';

/** A date in the text that does not exist in the calendar (31/02/2023, 32/1/2023, month 13). */
const rule: Rule = {
  id: 'citation-date-invalid',
  severity: 'error',
  profiles: ALL,
  fixable: 'none',
  title: msg('Ngày tháng không có thật', 'Date that does not exist'),
  messages: {
    invalid: msg('Ngày "{text}" không có thật trong lịch ({why}).', 'The date "{text}" does not exist ({whyEn}).'),
  },
  check({ model, report, text }) {
    for (const d of model.dates) {
      if (d.date) continue;
      const day = +d.dayText,
        month = +d.monthText;
      const noMonth = month < 1 || month > 12;
      const why = noMonth
        ? `không có tháng ${month}`
        // Stryker disable next-line EqualityOperator: day 1 of a real month is a real date, never reported
        : day < 1
          ? 'không có ngày 0'
          : `tháng ${month} không có ngày ${day}`;
      const whyEn = noMonth
        ? `there is no month ${month}`
        // Stryker disable next-line EqualityOperator: day 1 of a real month is a real date, never reported
        : day < 1
          ? 'there is no day 0'
          : `month ${month} has no day ${day}`;
      const shown = text.slice(d.start, d.end).replace(/\s+/g, ' ');
      report({ message: 'invalid', data: { text: shown, why, whyEn }, range: d });
    }
  },
};
export default rule;
