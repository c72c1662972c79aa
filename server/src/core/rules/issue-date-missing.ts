import { PARTY, msg, type Rule } from '../rule';
import { firstLineRange, fix, insert, lineStart } from './_util';
import { formatHeaderDate } from '../format';

/** HD05 Phần II mục I.4: "<Địa danh>, ngày … tháng … năm …" under the Party title. */
const rule: Rule = {
  id: 'issue-date-missing',
  severity: 'error',
  profiles: PARTY,
  fixable: 'suggest',
  title: msg('Thiếu địa danh và ngày tháng năm ban hành', 'Missing place and date of issue'),
  messages: {
    missing: msg(
      'Không thấy dòng địa danh và ngày, tháng, năm ban hành (ví dụ "Hà Nội, ngày 05 tháng 02 năm 2026") ở phần đầu '
        + 'văn bản.',
      'No place-and-date line (e.g. "Hà Nội, ngày 05 tháng 02 năm 2026") in the header.',
    ),
    insert: msg('Chèn dòng địa danh và ngày hôm nay', "Insert a place-and-date line with today's date"),
  },
  check({ model, report, eol, options }) {
    const h = model.header;
    if (h.dateLine) return;
    const anchor = h.number ?? h.star ?? h.partyTitle;
    const range = anchor ?? firstLineRange(model);
    const line = anchor ? anchor.line + 1 : 0;
    const text = `<Địa danh>, ${formatHeaderDate(options.today)}`;
    report({
      message: 'missing',
      range: { start: range.start, end: range.end },
      suggest: [fix(this.messages.insert, insert(lineStart(model, line), text + eol))],
    });
  },
};
export default rule;
