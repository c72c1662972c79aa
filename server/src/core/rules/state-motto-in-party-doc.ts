import { PARTY, msg, quote, type Rule } from '../rule';

/** HD05 vs Nghị định 30: the Quốc hiệu and Tiêu ngữ belong to state documents only. */
const rule: Rule = {
  id: 'state-motto-in-party-doc',
  severity: 'error',
  profiles: PARTY,
  fixable: 'none',
  title: msg('Quốc hiệu, Tiêu ngữ trong văn bản Đảng', 'State motto in a Party document'),
  messages: {
    motto: msg(
      'Văn bản Đảng không ghi Quốc hiệu, Tiêu ngữ ("{text}"); phần đầu văn bản Đảng là tiêu đề "ĐẢNG CỘNG SẢN VIỆT '
        + 'NAM".',
      'A Party document does not carry the state motto ("{text}"); its header has the title "ĐẢNG CỘNG SẢN VIỆT NAM".',
    ),
  },
  check({ model, report }) {
    for (const c of model.header.stateMotto) report({ message: 'motto', data: { text: quote(c.text) }, range: c });
  },
};
export default rule;
