import { ALL, msg, type Rule } from '../rule';
import { firstLineRange, lineRange } from './_util';

/** HD05 Phần II mục I.5a: the document type name (tên loại) in capitals; a công văn has none. */
const rule: Rule = {
  id: 'doc-title-missing',
  severity: 'error',
  profiles: ALL,
  fixable: 'none',
  title: msg('Thiếu tên loại văn bản', 'Missing document type name'),
  messages: {
    // The finding points at the first line under the number and date: the title belongs just above it.
    above: msg(
      'Không nhận ra tên loại văn bản (dòng chữ in hoa như "KẾT LUẬN", "THÔNG BÁO", "NGHỊ QUYẾT"); tên loại đứng dưới '
        + 'số và ngày văn bản, ngay trên dòng này. Chỉ công văn mới không có tên loại.',
      'No document type name (a capitalised line such as "KẾT LUẬN", "THÔNG BÁO", "NGHỊ QUYẾT"); it goes under the '
        + 'number and date, just above this line. Only a công văn has none.',
    ),
    // No line under the number and date (or neither is there): the finding points at the first line.
    missing: msg(
      'Không nhận ra tên loại văn bản (dòng chữ in hoa như "KẾT LUẬN", "THÔNG BÁO", "NGHỊ QUYẾT") ở phần đầu; chỉ '
        + 'công văn mới không có tên loại.',
      'No document type name (a capitalised line such as "KẾT LUẬN", "THÔNG BÁO", "NGHỊ QUYẾT") in the header; only a '
        + 'công văn has none.',
    ),
  },
  check({ model, report }) {
    if (model.header.title || model.documentType === 'CV') return;
    const h = model.header;
    const lines = model.src.lines;
    // The first line that is not blank under the number and the date line (the lower of the two).
    const last = Math.max(h.number?.line ?? -1, h.dateLine?.line ?? -1);
    const next = last < 0 ? -1 : lines.findIndex((l) => l.index > last && !l.blank);
    // Stryker disable next-line EqualityOperator: next is a line under "last" (>= 0), so it is never 0
    if (next >= 0) {
      report({ message: 'above', range: lineRange(model, next) });
      return;
    }
    const at = h.dateLine ?? h.number ?? firstLineRange(model);
    report({ message: 'missing', range: { start: at.start, end: at.end } });
  },
};
export default rule;
