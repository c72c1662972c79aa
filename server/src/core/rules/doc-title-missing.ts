import { ALL, msg, type Rule } from '../rule';
import { firstLineRange } from './_util';

/** HD05 Phần II mục I.5a: the document type name (tên loại) in capitals; a công văn has none. */
const rule: Rule = {
  id: 'doc-title-missing',
  severity: 'error',
  profiles: ALL,
  fixable: 'none',
  title: msg('Thiếu tên loại văn bản', 'Missing document type name'),
  messages: {
    missing: msg(
      'Không nhận ra tên loại văn bản (dòng chữ in hoa như "KẾT LUẬN", "THÔNG BÁO", "NGHỊ QUYẾT") ở phần đầu; chỉ công văn mới không có tên loại.',
      'No document type name (a capitalised line such as "KẾT LUẬN", "THÔNG BÁO", "NGHỊ QUYẾT") in the header; only a công văn has none.',
    ),
  },
  check({ model, report }) {
    if (model.header.title || model.documentType === 'CV') return;
    const h = model.header;
    const at = h.dateLine ?? h.number ?? firstLineRange(model);
    report({ message: 'missing', range: { start: at.start, end: at.end } });
  },
};
export default rule;
