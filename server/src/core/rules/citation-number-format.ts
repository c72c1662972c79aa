import { ALL, msg, type Rule } from '../rule';
import { fix, replace } from './_util';
import { PARTY_ISSUER } from '../profiles/issuers';

/**
 * A cited number is written without spaces, with ASCII "-" (HD05 3.2.2; Nghị định 30 PL I II.3), on one line,
 * and in the shape of its family: Party "12-KL/TU", state "08/CT-TTg".
 */
const rule: Rule = {
  id: 'citation-number-format',
  severity: 'warning',
  profiles: ALL,
  fixable: 'fix',
  title: msg('Số hiệu văn bản được viện dẫn sai dạng', 'Malformed cited document number'),
  messages: {
    lineBreak: msg(
      'Số hiệu "{actual}" bị ngắt sang dòng khác (thường do dán từ PDF): viết liền "{expected}".',
      'The number "{actual}" is broken across lines (often a PDF paste): write "{expected}".',
    ),
    spaces: msg(
      'Số hiệu văn bản viết liền, không có dấu cách và dùng dấu gạch nối "-": viết "{expected}" thay cho "{actual}".',
      'A document number has no spaces and uses the hyphen "-": write "{expected}" instead of "{actual}".',
    ),
    mixed: msg(
      '"{actual}" trộn cách ghi số của văn bản nhà nước với ký hiệu của cơ quan Đảng; văn bản Đảng ghi "{expected}".',
      '"{actual}" mixes the state way of numbering with a Party issuer code; a Party document is ' +
        'numbered "{expected}".',
    ),
    fix: msg('Viết "{expected}"', 'Write "{expected}"'),
  },
  check({ model, report }) {
    for (const c of model.citations) {
      const actual = c.raw.replace(/\s+/g, ' ');
      if (c.damaged.lineBreak || c.damaged.spaces || c.damaged.oddDash) {
        const expected = c.number;
        report({
          message: c.damaged.lineBreak ? 'lineBreak' : 'spaces',
          data: { actual, expected },
          range: c.numberRange,
          fix: fix(this.messages.fix, replace(c.numberRange, expected)),
        });
        continue;
      }
      if (
        c.shape === 'state' &&
        c.typeCode &&
        c.issuerCode &&
        PARTY_ISSUER.test(c.issuerCode) // a Party code ("TU", "BTGTU"), never "UBND" or "HĐND"
      ) {
        const num = c.number.split('/')[0];
        const expected = `${num}-${c.typeCode}/${c.issuerCode}`;
        report({
          message: 'mixed',
          data: { actual, expected },
          range: c.numberRange,
          fix: fix(this.messages.fix, replace(c.numberRange, expected)),
        });
      }
    }
  },
};
export default rule;
