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
      if (!c.date || !c.dateRange || c.number === own) continue;
      if (compareDates(c.date, ref.compareDate) <= 0) continue;
      const data = {
        type: c.typeWord || 'Văn bản',
        number: c.number,
        date: formatVi(c.date),
        ref: ref.draftDate ? formatVi(ref.draftDate) : '',
        meeting: ref.meetingDate ? formatVi(ref.meetingDate) : '',
      };
      report({ message: ref.source === 'meeting-date' ? 'afterMeeting' : 'afterIssue', data, range: c.dateRange });
    }
  },
};
export default rule;
