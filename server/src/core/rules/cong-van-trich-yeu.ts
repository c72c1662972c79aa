import { ALL, msg, type Rule } from '../rule';
import { STATE_CONG_VAN_MESSAGES, checkStateCongVan } from './_state';
import { fix, replace } from './_util';
import { viewRange } from '../text';

/**
 * HD05 Phần II mục I.5b and 5.2.3: a Party công văn has no type name; its trích yếu stands under the
 * number and begins "về việc …" (italic). "V/v …" is the state form (Nghị định 30).
 */
const rule: Rule = {
  id: 'cong-van-trich-yeu',
  severity: 'warning',
  profiles: ALL,
  fixable: 'fix',
  title: msg('Trích yếu công văn sai dạng', 'Malformed công văn summary'),
  messages: {
    vv: msg(
      'Trích yếu công văn của Đảng viết đầy đủ "về việc …", không viết tắt "V/v" như văn bản nhà nước.',
      'A Party công văn spells out "về việc …" in its summary, not the state abbreviation "V/v".',
    ),
    missing: msg(
      'Công văn không có tên loại nên dưới số và ký hiệu phải có trích yếu "về việc …".',
      'A công văn has no type name, so a summary "về việc …" must stand under its number.',
    ),
    fix: msg('Viết "về việc"', 'Write "về việc"'),
    ...STATE_CONG_VAN_MESSAGES,
  },
  check(ctx) {
    if (ctx.profile.family === 'state') {
      checkStateCongVan(ctx, this.messages);
      return;
    }
    const { model, report } = ctx;
    if (model.documentType !== 'CV' || model.header.title) return;
    const n = model.header.number;
    // Stryker disable next-line ConditionalExpression: a công văn with no title line is only known by its number
    if (!n) return;
    for (let i = n.line + 1; i < Math.min(model.src.lines.length, n.line + 5); i++) {
      for (const seg of model.src.lines[i].segs) {
        const m = /^V\s*\/\s*v\.?(?=\s)/u.exec(seg.matchText);
        if (m) {
          const r = viewRange(seg, 0, m[0].length);
          report({ message: 'vv', range: r, fix: fix(this.messages.fix, replace(r, 'về việc')), familySpecific: true });
          return;
        }
        if (/^về\s/iu.test(seg.matchText)) return; // "về việc …" or a summary opening with "về" alone
      }
    }
    report({ message: 'missing', range: { start: n.start, end: n.end } });
  },
};
export default rule;
