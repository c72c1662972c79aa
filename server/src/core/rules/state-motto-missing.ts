import { msg, type Rule } from '../rule';
import { firstLineRange, fix, insert } from './_util';
import { findMotto, QUOC_HIEU, TIEU_NGU } from '../state-motto';

/**
 * Nghị định 30/2020/NĐ-CP, Điều 8.2a and Phụ lục I, mục II.1: every state document carries the Quốc hiệu
 * "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" and under it the Tiêu ngữ "Độc lập - Tự do - Hạnh phúc", top right
 * (ô số 1). A misspelt line counts as present (state-motto-format reports it).
 */
const rule: Rule = {
  id: 'state-motto-missing',
  severity: 'error',
  profiles: ['nd30'],
  fixable: 'suggest',
  title: msg('Thiếu Quốc hiệu, Tiêu ngữ', 'Missing state motto'),
  messages: {
    both: msg(
      'Văn bản nhà nước phải có Quốc hiệu "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" và Tiêu ngữ "Độc lập - Tự do - Hạnh '
        + 'phúc" ở góc phải phần đầu; không tìm thấy.',
      'A state document must carry the Quốc hiệu "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" and the Tiêu ngữ "Độc lập - Tự '
        + 'do - Hạnh phúc" at the top right; neither was found.',
    ),
    quocHieu: msg(
      'Thiếu Quốc hiệu "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" ở trên Tiêu ngữ.',
      'The Quốc hiệu "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" is missing above the Tiêu ngữ.',
    ),
    tieuNgu: msg(
      'Thiếu Tiêu ngữ "Độc lập - Tự do - Hạnh phúc" ở dưới Quốc hiệu.',
      'The Tiêu ngữ "Độc lập - Tự do - Hạnh phúc" is missing under the Quốc hiệu.',
    ),
    insert: msg('Chèn Quốc hiệu và Tiêu ngữ ở đầu văn bản', 'Insert the Quốc hiệu and Tiêu ngữ at the top'),
    insertQh: msg('Chèn Quốc hiệu trên Tiêu ngữ', 'Insert the Quốc hiệu above the Tiêu ngữ'),
    insertTn: msg('Chèn Tiêu ngữ dưới Quốc hiệu', 'Insert the Tiêu ngữ under the Quốc hiệu'),
  },
  check({ model, report, eol }) {
    const m = findMotto(model.src, model.header.zoneEnd);
    if (m.quocHieu && m.tieuNgu) return;
    if (!m.quocHieu && !m.tieuNgu) {
      const at = model.src.hasBom ? 1 : 0;
      const lines = QUOC_HIEU + eol + TIEU_NGU + eol;
      report({
        message: 'both',
        range: firstLineRange(model),
        suggest: [fix(this.messages.insert, insert(at, lines))],
      });
      return;
    }
    if (!m.quocHieu) {
      const t = m.tieuNgu!;
      const edit = insert(t.range.start, QUOC_HIEU + eol);
      report({ message: 'quocHieu', range: t.range, suggest: [fix(this.messages.insertQh, edit)] });
      return;
    }
    const q = m.quocHieu;
    const lineEnd = model.src.lines[q.line].end;
    const edit = insert(lineEnd, eol + TIEU_NGU);
    report({ message: 'tieuNgu', range: q.range, suggest: [fix(this.messages.insertTn, edit)] });
  },
};
export default rule;
