import { ALL, msg, type Rule } from '../rule';
import { compareDates, daysInMonth, formatVi, isRealDate, type YMD } from '../dates';

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
  title: msg('Thời hạn đặt ra đã qua trước ngày của văn bản', "Deadline earlier than the document's date"),
  messages: {
    past: msg(
      'Thời hạn "{text}" đã qua so với ngày của văn bản ({ref}): kiểm tra lại ngày, tháng, năm.',
      'The deadline "{text}" is already past at the document\'s date ({ref}): check the date.',
    ),
  },
  check({ model, report, text }) {
    const ref = model.reference;
    if (ref.source === 'today' || !ref.draftDate) return;
    const draft = ref.draftDate;
    const push = (when: YMD, range: { start: number; end: number }) => {
      if (compareDates(when, draft) >= 0) return;
      report({
        message: 'past',
        data: {
          text: text.slice(range.start, range.end).replace(/\s+/g, ' '),
          date: formatVi(when),
          ref: formatVi(draft),
        },
        range,
      });
    };
    for (const d of model.dates) if (d.deadline && d.date) push(d.date, d);
    // One pass over the body's original text (deadlines are plain words and digits: no mapping needed).
    const lines = model.src.lines;
    // No body: bodyEnd < bodyStart (and bodyStart may be past the last line). bodyEnd is always a line.
    if (model.bodyEnd < model.bodyStart) return;
    const from = lines[model.bodyStart].start,
      to = lines[model.bodyEnd].end;
    const body = text.slice(from, to);
    // Stryker disable next-line ConditionalExpression,StringLiteral: a shortcut; MONTH needs "tháng"
    if (body.includes('tháng'))
      for (const m of body.matchAll(MONTH)) {
        const mo = +m[1],
          y = +m[2];
        if (mo < 1 || mo > 12) continue;
        push({ y, m: mo, d: daysInMonth(y, mo) }, { start: from + m.index!, end: from + m.index! + m[0].length });
      }
    for (const m of body.matchAll(NO_YEAR)) {
      const dd = +m[1],
        mo = +m[2];
      if (!isRealDate(draft.y, mo, dd)) continue;
      push({ y: draft.y, m: mo, d: dd }, { start: from + m.index!, end: from + m.index! + m[0].length });
    }
  },
};
export default rule;
