import { ALL, msg, type Rule } from '../rule';
import { fix, insert, lastLineRange } from './_util';

/** HD05 Phần II mục I.7 (quyền hạn, chức vụ, họ tên người ký); Nghị định 30 PL I II.7. */
const rule: Rule = {
  id: 'signature-missing',
  severity: 'error',
  profiles: ALL,
  fixable: 'suggest',
  title: msg('Thiếu phần chữ ký', 'Missing signature block'),
  messages: {
    missing: msg(
      'Không thấy phần đề ký (quyền hạn "T/M …", "K/T …", "T/L …" hoặc chức vụ, rồi họ tên người ký) ở cuối văn bản.',
      'No signature block (authority "T/M …", "K/T …", "T/L …" or a direct title, then the signer\'s name) at the end '
        + 'of the document.',
    ),
    // Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.7b: TM., KT., TL., TUQ., Q.
    stMissing: msg(
      'Không thấy phần ký (quyền hạn "TM. …", "KT. …", "TL. …", "TUQ. …", "Q. …" hoặc chức vụ, rồi họ tên người ký) ở '
        + 'cuối văn bản.',
      'No signature block (authority "TM. …", "KT. …", "TL. …", "TUQ. …", "Q. …" or a title, then the signer\'s name) '
        + 'at the end.',
    ),
    insert: msg('Chèn mẫu chữ ký "T/M BAN THƯỜNG VỤ"', 'Insert a "T/M BAN THƯỜNG VỤ" signature template'),
    insertState: msg('Chèn mẫu chữ ký', 'Insert a signature template'),
  },
  check({ model, profile, report, eol }) {
    if (model.signature) return;
    const r = model.recipients;
    const range = r ? r.label : lastLineRange(model);
    const block =
      profile.family === 'party'
        ? ['T/M BAN THƯỜNG VỤ', 'BÍ THƯ', '', '', '<Họ và tên>']
        : ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', '', '', '<Họ và tên>'];
    const textEnd = model.src.text.length;
    const lead = model.src.text.endsWith('\n') || model.src.text.endsWith('\r') ? eol : eol + eol;
    report({
      message: profile.family === 'party' ? 'missing' : 'stMissing',
      range: { start: range.start, end: range.end },
      suggest: [
        fix(
          profile.family === 'party' ? this.messages.insert : this.messages.insertState,
          insert(textEnd, lead + block.join(eol) + eol),
        ),
      ],
    });
  },
};
export default rule;
