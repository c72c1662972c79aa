import { PARTY, msg, type Rule } from '../rule';
import { fix, insert } from './_util';

/** HD05 5.2.1 (HD36 identical): five hyphens "-----" under the type name and trích yếu. */
const rule: Rule = {
  id: 'title-separator-missing',
  severity: 'warning',
  profiles: PARTY,
  fixable: 'fix',
  title: msg('Thiếu dòng "-----" dưới trích yếu', 'Missing "-----" under the title'),
  messages: {
    missing: msg(
      'Dưới tên loại và trích yếu nội dung ("{title}") phải có dòng năm dấu gạch nối "-----".',
      'Under the type name and summary ("{title}") there must be a line of five hyphens "-----".',
    ),
    fix: msg('Thêm dòng "-----"', 'Add the "-----" line'),
  },
  check({ model, report, eol }) {
    const h = model.header;
    if (!h.title || h.separator) return;
    const last = h.trichYeu.length ? h.trichYeu[h.trichYeu.length - 1] : h.title;
    const at = model.src.lines[last.line].end;
    report({
      message: 'missing',
      data: { title: h.title.text },
      range: { start: h.title.start, end: h.title.end },
      fix: fix(this.messages.fix, insert(at, eol + '-----')),
      familySpecific: true,
    });
  },
};
export default rule;
