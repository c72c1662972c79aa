import { ALL, msg, type Rule } from '../rule';
import { compareDates, daysInMonth, formatVi, isRealDate, type YMD } from '../dates';
import { viewRange } from '../text';

/**
 * A deadline set in the text ("trước ngày 30/6/2023", "hoàn thành trong tháng 5/2023", "trước 15/8")
 * must not fall before the draft's own date (issue date, else the meeting date).
 */
const MONTH = /(?:trong|trước|hết|cuối|chậm nhất(?:\s+là)?(?:\s+trong)?)\s+tháng\s+(\d{1,2})\s*[/-]\s*(\d{4})(?!\d)/gi;
const NO_YEAR = /(?:trước|chậm nhất(?:\s+là)?|hạn chót)\s+(?:ngày\s+)?(\d{1,2})\s*\/\s*(\d{1,2})(?![\d/])/gi;

const rule: Rule = {
  id: 'deadline-before-issue',
  severity: 'warning',
  profiles: ALL,
  fixable: 'none',
  title: msg('Thời hạn đặt ra đã qua trước ngày của văn bản', 'Deadline earlier than the document\'s date'),
  messages: {
    past: msg('Thời hạn "{text}" đã qua so với ngày của văn bản ({ref}): kiểm tra lại ngày, tháng, năm.', 'The deadline "{text}" is already past at the document\'s date ({ref}): check the date.'),
  },
  check({ model, report, text }) {
    const ref = model.reference;
    if (ref.source === 'today' || !ref.draftDate) return;
    const draft = ref.draftDate;
    const push = (when: YMD, range: { start: number; end: number }) => {
      if (compareDates(when, draft) >= 0) return;
      report({ message: 'past', data: { text: text.slice(range.start, range.end).replace(/\s+/g, ' '), date: formatVi(when), ref: formatVi(draft) }, range });
    };
    for (const d of model.dates) if (d.deadline && d.date) push(d.date, d);
    for (let i = model.bodyStart; i <= model.bodyEnd; i++) {
      const v = model.src.lines[i].view;
      if (!v.text.includes('/') && !v.text.includes('-')) continue;
      if (v.text.includes('tháng')) for (const m of v.text.matchAll(MONTH)) {
        const mo = +m[1], y = +m[2];
        if (mo < 1 || mo > 12) continue;
        push({ y, m: mo, d: daysInMonth(y, mo) }, viewRange(v, m.index!, m.index! + m[0].length));
      }
      for (const m of v.text.matchAll(NO_YEAR)) {
        const dd = +m[1], mo = +m[2];
        if (!isRealDate(draft.y, mo, dd)) continue;
        push({ y: draft.y, m: mo, d: dd }, viewRange(v, m.index!, m.index! + m[0].length));
      }
    }
  },
};
export default rule;
