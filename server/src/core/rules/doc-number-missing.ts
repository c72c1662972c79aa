import { ALL, msg, type Rule } from '../rule';
import { firstLineRange } from './_util';

/** HD05 Phần II mục I.3: "Số <số>-<ký hiệu loại>/<ký hiệu cơ quan>" under the issuer. A blank draft number is fine. */
const rule: Rule = {
  id: 'doc-number-missing',
  severity: 'error',
  profiles: ALL,
  fixable: 'none',
  title: msg('Thiếu số và ký hiệu văn bản', 'Missing document number'),
  messages: {
    missing: msg(
      'Không thấy số và ký hiệu văn bản ở phần đầu (dưới tên cơ quan ban hành), dạng "Số 12-KL/TU"; khi dự thảo có '
        + 'thể để trống số: "Số     -KL/TU".',
      'No document number in the header (under the issuer), written like "Số 12-KL/TU"; a draft may leave the number '
        + 'blank: "Số     -KL/TU".',
    ),
    // Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.3 (ô số 3); a công văn has one too.
    stMissing: msg(
      'Không thấy số và ký hiệu văn bản ở phần đầu (dưới tên cơ quan ban hành), dạng "Số: 85/TB-UBND"; khi dự thảo có '
        + 'thể để trống số: "Số:     /TB-UBND".',
      'No document number in the header (under the issuer), written like "Số: 85/TB-UBND"; a draft may leave the '
        + 'number blank: "Số:     /TB-UBND".',
    ),
  },
  check({ model, report }) {
    if (model.header.number) return;
    const h = model.header;
    const at = h.star ?? h.issuer[h.issuer.length - 1] ?? firstLineRange(model);
    report({ message: model.family === 'state' ? 'stMissing' : 'missing', range: { start: at.start, end: at.end } });
  },
};
export default rule;
