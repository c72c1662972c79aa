import { PARTY, msg, type Rule } from '../rule';
import { flatten } from '../parse/body';

/** Practice of Kết luận (e.g. "IV- TỔ CHỨC THỰC HIỆN"): a part that assigns the work and who monitors it. */
const SECTION = /tổ\s+chức\s+thực\s+hiện|trách\s+nhiệm\s+thực\s+hiện|phân\s+công\s+thực\s+hiện/iu;
const ASSIGN = new RegExp(
  [
    String.raw`^(?:[-+•]\s*)?(?:\d+\.\s*)?(?:Giao|Đề nghị|Yêu cầu)\s`,
    String.raw`|theo\s+dõi,\s*(?:đôn\s+đốc|kiểm\s+tra)|tổ\s+chức\s+thực\s+hiện`,
  ].join(''),
  'iu',
);

const rule: Rule = {
  id: 'implementation-section',
  severity: 'hint',
  profiles: PARTY,
  fixable: 'none',
  title: msg('Kết luận thiếu phần "Tổ chức thực hiện"', 'Kết luận without an implementation part'),
  messages: {
    missing: msg(
      'Kết luận thường có phần "Tổ chức thực hiện" giao việc cho từng cơ quan và nêu cơ quan theo dõi, đôn đốc.',
      'A Kết luận usually has a "Tổ chức thực hiện" part assigning the work and naming who monitors it.',
    ),
  },
  check({ model, report }) {
    if (model.documentType !== 'KL') return;
    if (flatten(model.sections).some((s) => SECTION.test(s.title))) return;
    for (let i = model.bodyStart; i <= model.bodyEnd; i++) {
      const t = model.src.lines[i].view.matchText;
      if (/Giao|Đề nghị|Yêu cầu|theo dõi|thực hiện/i.test(t) && ASSIGN.test(t)) return;
    }
    // A Kết luận is known by its title line or, without one, by the "KL" of its number: point there.
    const at = model.header.title ?? model.header.number;
    // Stryker disable next-line ConditionalExpression: documentType "KL" comes from the title or the number
    if (at) report({ message: 'missing', range: { start: at.start, end: at.end } });
  },
};
export default rule;
