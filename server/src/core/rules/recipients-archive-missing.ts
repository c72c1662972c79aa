import { ALL, msg, quote, type Rule } from '../rule';
import { fix, insert, replace } from './_util';
import { archiveExampleFor } from './_level';
import { positionAt } from '../text';

/** HD05 9 and Nghị định 30 PL I II.9: the last Nơi nhận line is the archive line ("- Lưu …"). */
const rule: Rule = {
  id: 'recipients-archive-missing',
  severity: 'warning',
  profiles: ALL,
  fixable: 'suggest',
  title: msg('Thiếu dòng "Lưu" cuối "Nơi nhận"', 'Missing archive line at the end of "Nơi nhận"'),
  messages: {
    missing: msg(
      'Dòng cuối của "Nơi nhận" phải là dòng lưu văn bản, ví dụ "{example}".',
      'The last line of "Nơi nhận" must be the archive line, e.g. "{example}".',
    ),
    notLast: msg(
      'Dòng lưu văn bản "{text}" phải là dòng cuối cùng của "Nơi nhận".',
      'The archive line "{text}" must be the last line of "Nơi nhận".',
    ),
    insert: msg('Thêm dòng "{example}"', 'Add the line "{example}"'),
  },
  check({ model, profile, report, eol }) {
    const r = model.recipients;
    if (!r) return;
    const last = r.items[r.items.length - 1];
    if (last?.isArchive) return;
    const archive = r.items.find((i) => i.isArchive);
    if (archive) {
      report({
        message: 'notLast',
        data: { text: quote(archive.text) },
        range: { start: archive.start, end: archive.end },
      });
      return;
    }
    const at = last ? last.endAt : r.label.end;
    const example = archiveExampleFor(model, profile);
    // The new line goes under the whole row: in a two-column copy the row goes on with the signature block
    // ("- Các chi bộ;      PHÓ BÍ THƯ"), which must stay on its own line.
    const rowEnd = model.src.lines[positionAt(model.src, at).line].end;
    const add = insert(rowEnd, eol + example);
    // The last item ended the list with "."; with the archive line under it, it ends like the others.
    const edits =
      last && last.endMark === '.' ? [replace({ start: at - 1, end: at }, profile.recipientItemEnd), add] : [add];
    report({
      message: 'missing',
      data: { example },
      range: last ? { start: last.start, end: last.endAt } : r.label,
      suggest: [fix(this.messages.insert, ...edits)], // the engine fills {example} from data
    });
  },
};
export default rule;
