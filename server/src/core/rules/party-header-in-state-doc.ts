import { msg, quote, type Rule } from '../rule';

/**
 * Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.1–2: a state document is headed by the Quốc hiệu and the
 * issuer's name; "ĐẢNG CỘNG SẢN VIỆT NAM" is the title of Party documents (Hướng dẫn 05-HD/VPTW).
 */
const rule: Rule = {
  id: 'party-header-in-state-doc',
  severity: 'error',
  profiles: ['nd30'],
  fixable: 'none',
  title: msg('Tiêu đề "ĐẢNG CỘNG SẢN VIỆT NAM" trong văn bản nhà nước', 'Party title in a state document'),
  messages: {
    title: msg(
      'Văn bản nhà nước không ghi "{text}" (tiêu đề của văn bản Đảng); phần đầu văn bản nhà nước là Quốc hiệu, Tiêu '
        + 'ngữ.',
      'A state document does not carry "{text}" (the Party title); its header has the Quốc hiệu and Tiêu ngữ.',
    ),
  },
  check({ model, report }) {
    const t = model.header.partyTitle;
    if (t) report({ message: 'title', data: { text: quote(t.text) }, range: t });
  },
};
export default rule;
