import { archiveExampleFor } from './_level';
import { ALL, msg, type Rule } from '../rule';
import { fix, insert, lastLineRange, lineStart } from './_util';

/** HD05 Phần II mục I.9 (Nơi nhận is mandatory); Nghị định 30 PL I II.9. */
const rule: Rule = {
  id: 'recipients-missing',
  severity: 'error',
  profiles: ALL,
  fixable: 'suggest',
  title: msg('Thiếu phần "Nơi nhận"', 'Missing "Nơi nhận" block'),
  messages: {
    missing: msg(
      'Văn bản thiếu phần "Nơi nhận" (ở góc trái, ngang phần chữ ký), gồm các dòng "- …{end}" và dòng ' +
        'cuối "{archive}".',
      'The document has no "Nơi nhận" block (bottom left, level with the signature): lines "- …{end}" ending with '
        + '"{archive}".',
    ),
    insert: msg('Chèn mẫu "Nơi nhận"', 'Insert a "Nơi nhận" template'),
  },
  check({ model, profile, report, eol }) {
    if (model.recipients) return;
    const sig = model.signature;
    const range = sig?.authority ?? sig?.titles[0] ?? lastLineRange(model);
    const at = sig ? lineStart(model, sig.firstLine) : model.src.text.length;
    const archive = archiveExampleFor(model, profile);
    const block = ['Nơi nhận:', `- …${profile.recipientItemEnd}`, archive].join(eol) + eol + eol;
    report({
      message: 'missing',
      data: { end: profile.recipientItemEnd, archive },
      range: { start: range.start, end: range.end },
      suggest: [fix(this.messages.insert, insert(at, sig ? block : eol + block))],
    });
  },
};
export default rule;
