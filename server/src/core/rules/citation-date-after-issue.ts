import { ALL, msg, type Rule } from '../rule';
import { compareDates, formatVi } from '../dates';

/** A cited document cannot be dated after the draft (spec §2: issue date, else meeting date + 30 days). */
const rule: Rule = {
  id: 'citation-date-after-issue',
  severity: 'error',
  profiles: ALL,
  fixable: 'none',
  title: msg('Văn bản viện dẫn có ngày sau ngày của văn bản', 'Cited document dated after the draft'),
  messages: {
    afterIssue: msg(
      '{type} "{number}" ghi ngày {date}, sau ngày ban hành văn bản này ({ref}): kiểm tra lại ngày (thường là gõ nhầm '
        + 'năm).',
      'The cited {type} "{number}" is dated {date}, after this document\'s date ({ref}): check the date (often a '
        + 'mistyped year).',
    ),
    afterMeeting: msg(
      '{type} "{number}" ghi ngày {date}, sau ngày họp {meeting} hơn 30 ngày: kiểm tra lại ngày (thường là gõ nhầm '
        + 'năm).',
      'The cited {type} "{number}" is dated {date}, more than 30 days after the meeting of {meeting}: check the date '
        + '(often a mistyped year).',
    ),
  },
  check({ model, report }) {
    const ref = model.reference;
    if (!ref.compareDate) return;
    const own = model.header.number
      ? `${model.header.number.num}-${model.header.number.typeCode}/${model.header.number.issuerCode}`
      : null;
    for (const c of model.citations) {
      if (!c.date || c.number === own) continue;
      // Stryker disable next-line ConditionalExpression: a citation with a date always has its dateRange
      if (!c.dateRange) continue;
      if (compareDates(c.date, ref.compareDate) <= 0) continue;
      const data = {
        type: c.typeWord || 'Văn bản',
        number: c.number,
        date: formatVi(c.date),
        // Stryker disable next-line StringLiteral: draftDate is never null (today at the latest)
        ref: ref.draftDate ? formatVi(ref.draftDate) : '',
        // Stryker disable next-line StringLiteral: null only with an issue date, whose message lacks {meeting}
        meeting: ref.meetingDate ? formatVi(ref.meetingDate) : '',
      };
      report({ message: ref.source === 'meeting-date' ? 'afterMeeting' : 'afterIssue', data, range: c.dateRange });
    }
  },
};
export default rule;
