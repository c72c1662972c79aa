import { ALL, msg, type Rule } from '../rule';
import { fix, insert, replace } from './_util';
import { padDay, padMonth } from '../format';
import { isRealDate } from '../dates';

/**
 * HD05 4.2.2 (and Nghị định 30 PL I II.4b): "<Địa danh>, ngày DD tháng M năm YYYY"; a day below 10 and
 * the months 1 and 2 take a leading zero, other months do not; a comma follows the place name.
 */
const rule: Rule = {
  id: 'issue-date-format',
  severity: 'error',
  profiles: ALL,
  fixable: 'fix',
  title: msg('Ngày tháng năm ban hành sai dạng', 'Malformed date of issue'),
  messages: {
    invalid: msg('Ngày ban hành "{actual}" không có thật trong lịch.', 'The date of issue "{actual}" does not exist.'),
    day: msg(
      'Ngày nhỏ hơn 10 ghi thêm số 0 ở trước: "ngày {expected}" thay cho "ngày {actual}".',
      'A day below 10 takes a leading zero: "ngày {expected}" instead of "ngày {actual}".',
    ),
    dayZero: msg(
      'Ngày từ 10 trở lên không thêm số 0: "ngày {expected}" thay cho "ngày {actual}".',
      'A day of 10 or more has no leading zero: "ngày {expected}" instead of "ngày {actual}".',
    ),
    month: msg(
      'Tháng 1 và tháng 2 ghi thêm số 0 ở trước, các tháng khác thì không: "tháng {expected}" thay cho "tháng '
        + '{actual}".',
      'Months 1 and 2 take a leading zero, the others do not: "tháng {expected}" instead of "tháng {actual}".',
    ),
    comma: msg(
      'Sau địa danh "{place}" có dấu phẩy: "{place}, ngày …".',
      'A comma follows the place name "{place}": "{place}, ngày …".',
    ),
    fix: msg('Viết "{expected}"', 'Write "{expected}"'),
    fixComma: msg('Thêm dấu phẩy sau địa danh', 'Add the comma after the place'),
  },
  check({ model, report }) {
    const d = model.header.dateLine;
    if (!d) return;
    if (!d.comma)
      report({
        message: 'comma',
        severity: 'warning',
        data: { place: d.place },
        range: d.placeRange,
        fix: fix(this.messages.fixComma, insert(d.commaAt, ',')),
      });
    const { dayText, monthText, yearText } = d;
    if (dayText && monthText && yearText && !isRealDate(+yearText, +monthText, +dayText)) {
      report({
        message: 'invalid',
        data: { actual: `ngày ${dayText} tháng ${monthText} năm ${yearText}` },
        range: { start: d.dayRange.start, end: d.yearRange.end },
      });
      return;
    }
    if (dayText) {
      const v = +dayText,
        expected = padDay(v);
      if (dayText !== expected)
        report({
          // Stryker disable next-line ConditionalExpression,EqualityOperator: the date line takes two digits at most
          message: v < 10 ? 'day' : 'dayZero',
          severity: 'warning',
          data: { actual: dayText, expected },
          range: d.dayRange,
          fix: fix(this.messages.fix, replace(d.dayRange, expected)),
        });
    }
    // Stryker disable next-line ConditionalExpression: a blank month reads 0, which the test below skips
    if (monthText) {
      const v = +monthText,
        expected = padMonth(v);
      // Month 0 is no month to pad (a blank day leaves it to the other checks); from 13 on padMonth changes nothing.
      if (v >= 1 && monthText !== expected)
        report({
          message: 'month',
          severity: 'warning',
          data: { actual: monthText, expected },
          range: d.monthRange,
          fix: fix(this.messages.fix, replace(d.monthRange, expected)),
        });
    }
  },
};
export default rule;
