import { ALL, msg, type Rule } from '../rule';
import { flatten } from '../parse/body';

/**
 * Practice of Kết luận and Thông báo kết luận: the opening paragraph states the meeting and ends with
 * a formula such as "… kết luận như sau:".
 */
const FORMULA = /(?:kết\s+luận|có\s+ý\s+kiến|thống\s+nhất|chỉ\s+đạo)[^.;]{0,80}:/iu;

const rule: Rule = {
  id: 'opening-formula',
  severity: 'hint',
  profiles: ALL,
  fixable: 'none',
  title: msg('Đoạn mở đầu thiếu câu dẫn "… kết luận như sau:"', 'Opening lacks "… kết luận như sau:"'),
  messages: {
    missing: msg(
      'Đoạn mở đầu của {type} thường nêu cuộc họp (ngày, nội dung) và kết thúc bằng câu dẫn như "… kết luận như sau:".',
      'The opening of a {type} usually states the meeting (date, subject) and ends with a formula such as ' +
        '"… kết luận ' +
        'như sau:".',
    ),
  },
  check({ model, report }) {
    // A state THÔNG BÁO is a Thông báo kết luận when its trích yếu begins "Kết luận …" / "Ý kiến kết luận …"
    // (state-documents.md §3.3); "Kết luận" is not a state type of its own.
    const state = model.family === 'state';
    // Stryker disable next-line StringLiteral: with no trích yếu, any text without "kết luận" gives the same answer
    if (state && !/^(?:ý\s+kiến\s+)?kết\s+luận/iu.test(model.header.trichYeu[0]?.text ?? '')) return;
    // A Thông báo kết luận: "kết luận" in the type line ("THÔNG BÁO KẾT LUẬN") or in the trích yếu.
    const heading = [model.header.title?.text, ...model.header.trichYeu.map((c) => c.text)].join(' ');
    if (model.documentType !== 'KL' && !(model.documentType === 'TB' && /kết\s+luận/iu.test(heading))) return;
    if (!model.opening) return;
    const first = flatten(model.sections)[0];
    const stop = Math.min(first ? first.line - 1 : model.bodyEnd, model.bodyEnd);
    // Stryker disable next-line StringLiteral: a prefix holding none of the formula's words changes nothing
    let text = '';
    for (let i = model.opening.line; i <= stop; i++) text += ' ' + model.src.lines[i].view.matchText;
    if (FORMULA.test(text)) return;
    report({
      message: 'missing',
      data: { type: model.documentType === 'KL' ? 'Kết luận' : 'Thông báo kết luận' },
      range: model.opening,
    });
  },
};
export default rule;
