import { PARTY, msg, type Rule } from '../rule';
import { firstLineRange, fix, insert } from './_util';

/** HD05 Phần II mục I.1 (HD36 1.1): "ĐẢNG CỘNG SẢN VIỆT NAM" heads every Party document. */
const rule: Rule = {
  id: 'party-header-missing',
  severity: 'error',
  profiles: PARTY,
  fixable: 'suggest',
  title: msg('Thiếu tiêu đề "ĐẢNG CỘNG SẢN VIỆT NAM"', 'Missing the Party title "ĐẢNG CỘNG SẢN VIỆT NAM"'),
  messages: {
    missing: msg(
      'Văn bản Đảng phải có tiêu đề "ĐẢNG CỘNG SẢN VIỆT NAM" ở phần đầu (góc phải, ngang tên cơ quan ban hành); không '
        + 'tìm thấy trong 15 dòng đầu.',
      'A Party document must carry the title "ĐẢNG CỘNG SẢN VIỆT NAM" in its header (top right, level with the '
        + 'issuer); it is not in the first 15 lines.',
    ),
    insert: msg(
      'Chèn tiêu đề "ĐẢNG CỘNG SẢN VIỆT NAM" ở đầu văn bản',
      'Insert the title "ĐẢNG CỘNG SẢN VIỆT NAM" at the top',
    ),
  },
  check({ model, report, eol }) {
    if (model.header.partyTitle) return;
    const range = firstLineRange(model);
    const at = model.src.hasBom ? 1 : 0;
    report({
      message: 'missing',
      range,
      suggest: [fix(this.messages.insert, insert(at, 'ĐẢNG CỘNG SẢN VIỆT NAM' + eol))],
    });
  },
};
export default rule;
