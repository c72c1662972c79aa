import { ALL, msg, type Rule } from '../rule';
import { firstLineRange } from './_util';

/** HD05 Phần II mục I.2: the issuer name (tên cơ quan ban hành) stands top left, in capitals. */
const rule: Rule = {
  id: 'issuer-missing',
  severity: 'error',
  profiles: ALL,
  fixable: 'none',
  title: msg('Thiếu tên cơ quan ban hành', 'Missing issuer name'),
  messages: {
    missing: msg(
      'Không thấy tên cơ quan ban hành văn bản (ví dụ "ĐẢNG ỦY XÃ …", "TỈNH ỦY …") ở góc trái phần đầu, viết chữ in '
        + 'hoa, trên dấu "*".',
      'No issuer name (e.g. "ĐẢNG ỦY XÃ …", "TỈNH ỦY …") at the top left of the header, in capitals, above the "*".',
    ),
    // Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.2 (ô số 2).
    stMissing: msg(
      'Không thấy tên cơ quan ban hành văn bản (ví dụ "ỦY BAN NHÂN DÂN" / "XÃ …", "UBND TỈNH …" / "SỞ …") ở góc trái '
        + 'phần đầu, viết chữ in hoa.',
      'No issuer name (e.g. "ỦY BAN NHÂN DÂN" / "XÃ …", "UBND TỈNH …" / "SỞ …") at the top left of the header, in '
        + 'capitals.',
    ),
  },
  check({ model, report }) {
    const h = model.header;
    if (h.issuer.length) return;
    const range = h.star ?? h.number ?? h.partyTitle ?? firstLineRange(model);
    report({
      message: model.family === 'state' ? 'stMissing' : 'missing',
      range: { start: range.start, end: range.end },
    });
  },
};
export default rule;
