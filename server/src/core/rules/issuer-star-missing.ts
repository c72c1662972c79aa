import { ALL, msg, quote, type Rule } from '../rule';
import { fix, insert, replace } from './_util';

/**
 * HD05 Phần II mục I.2 (HD36 1.2): a star "*" on its own line under the issuer name;
 * a horizontal rule is the state style.
 */
const rule: Rule = {
  id: 'issuer-star-missing',
  severity: 'warning',
  profiles: ALL,
  fixable: 'fix',
  title: msg('Thiếu dấu "*" dưới tên cơ quan ban hành', 'Missing "*" under the issuer name'),
  messages: {
    missing: msg(
      'Dưới tên cơ quan ban hành "{issuer}" phải có một dòng chỉ gồm dấu sao "*".',
      'Under the issuer name "{issuer}" there must be a line holding only a star "*".',
    ),
    rule: msg(
      'Dưới tên cơ quan ban hành văn bản Đảng là dấu sao "*", không phải đường kẻ "{actual}" (kiểu văn bản nhà nước).',
      'A Party document has a star "*" under the issuer name, not a rule "{actual}" (the state style).',
    ),
    fixInsert: msg('Thêm dòng "*" dưới tên cơ quan', 'Add a "*" line under the issuer'),
    fixReplace: msg('Thay đường kẻ bằng "*"', 'Replace the rule with "*"'),
    // Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.2b: under a state issuer a short solid rule, never "*".
    stStar: msg(
      'Dưới tên cơ quan ban hành văn bản nhà nước là đường kẻ ngắn, không phải dấu sao "*" (dấu của văn bản Đảng).',
      'Under a state issuer there is a short rule, not a star "*" (the Party sign).',
    ),
    fixStar: msg('Thay "*" bằng đường kẻ', 'Replace "*" with a rule'),
  },
  check({ model, report, eol }) {
    const h = model.header;
    if (!h.issuer.length) return;
    if (model.family === 'state') {
      // A drawn rule is absent from a text copy or typed as "___"/"---": neither is a finding; only "*" is.
      if (h.star && h.star.line >= h.issuer[0].line) {
        report({
          message: 'stStar',
          range: h.star,
          fix: fix(this.messages.fixStar, replace(h.star, '_____')),
          familySpecific: true,
        });
      }
      return;
    }
    const last = h.issuer[h.issuer.length - 1];
    if (h.issuerRule && (!h.star || h.star.line < h.issuer[0].line)) {
      report({
        message: 'rule',
        data: { actual: h.issuerRule.text },
        range: h.issuerRule,
        fix: fix(this.messages.fixReplace, replace(h.issuerRule, '*')),
        familySpecific: true,
      });
      return;
    }
    if (h.star && h.star.line >= h.issuer[0].line) return;
    const lineEnd = model.src.lines[last.line].end;
    const col = Math.max(0, last.start - model.src.lines[last.line].start);
    const edits = [insert(lineEnd, eol + ' '.repeat(Math.min(col, 40)) + '*')];
    if (h.star) {
      // A "*" above the issuer is moved, not doubled (the parser keeps reading the first "*"): its line goes
      // when it holds nothing else (the issuer's line follows it).
      const l = model.src.lines[h.star.line];
      const next = model.src.lines[h.star.line + 1].start;
      edits.unshift(l.raw.trim() === '*' ? replace({ start: l.start, end: next }, '') : replace(h.star, ''));
    }
    report({
      message: 'missing',
      data: { issuer: quote(last.text) },
      range: last,
      fix: fix(this.messages.fixInsert, ...edits),
      familySpecific: true,
    });
  },
};
export default rule;
