import { ALL, msg, quote, type Rule } from '../rule';
import { fix, insert, replace } from './_util';
import { STATE_ARCHIVE_MESSAGES, stateArchiveSuggestion } from './_state';

/**
 * Archive line: Party "- Lưu Văn phòng … ." with no colon and no "VT" (HD05 9; HD36 practice);
 * state "- Lưu: VT, <đơn vị> (n)." (Nghị định 30 PL I II.9). Both end with ".".
 */
const rule: Rule = {
  id: 'recipients-archive-format',
  severity: 'warning',
  profiles: ALL,
  fixable: 'fix',
  title: msg('Dòng "Lưu" sai dạng', 'Malformed archive line'),
  messages: {
    noDot: msg(
      'Dòng lưu văn bản kết thúc bằng dấu chấm ".": "{text}".',
      'The archive line ends with a full stop ".": "{text}".',
    ),
    stateForm: msg(
      'Văn bản Đảng ghi dòng lưu không có dấu hai chấm và chữ "VT" (dạng của văn bản nhà nước): viết "{suggestion}" '
        + 'thay cho "{text}".',
      'A Party document writes the archive line without the colon and "VT" (the state form): write "{suggestion}" '
        + 'instead of "{text}".',
    ),
    fixDot: msg('Thêm dấu chấm cuối dòng', 'Add the full stop'),
    fixForm: msg('Viết theo dạng văn bản Đảng: "{suggestion}"', 'Use the Party form: "{suggestion}"'),
    ...STATE_ARCHIVE_MESSAGES,
  },
  check({ model, profile, report, text }) {
    const r = model.recipients;
    if (!r) return;
    for (const item of r.items) {
      if (!item.isArchive) continue;
      const full = text.slice(item.start, item.endAt);
      if (!profile.archiveStateForm) {
        // "- Lưu: VT, VPTU." / "- Lưu: VT." / "- Lưu: VPTU."
        const m =
          /^([-–—•+]?\s*Lưu)\s*:\s*(?:VT\b\s*,?\s*)?(.*)$/su.exec(full) ??
          /^([-–—•+]?\s*Lưu)\s+(?:VT\b\s*,\s*)(.*)$/su.exec(full);
        if (m) {
          const rest = m[2]; // the patterns take the spaces around it
          const suggestion =
            rest && rest !== '.' ? `${m[1]} ${rest.endsWith('.') ? rest : rest.replace(/[,;]$/, '') + '.'}` : null;
          const shown = quote(full);
          report({
            message: 'stateForm',
            data: { text: shown, suggestion: suggestion ?? '- Lưu Văn phòng … .' },
            range: { start: item.start, end: item.endAt },
            fix:
              suggestion && !rest.includes('\n') // the engine fills {suggestion} from data
                ? fix(this.messages.fixForm, replace({ start: item.start, end: item.endAt }, suggestion))
                : undefined,
            familySpecific: true,
          });
          continue;
        }
      }
      if (profile.archiveStateForm) {
        // "- Lưu VT, TH." / "- Lưu Văn phòng." in a state document: "- Lưu: VT, …." (Nghị định 30 PL I II.9d).
        const suggestion = stateArchiveSuggestion(full);
        if (suggestion) {
          const range = { start: item.start, end: item.endAt };
          report({
            message: 'stForm',
            data: { text: quote(full), suggestion },
            range,
            fix: fix(this.messages.stFixForm, replace(range, suggestion)), // {suggestion} filled from data
            familySpecific: true,
          });
          continue;
        }
      }
      if (item.endMark !== '.') {
        const wrong = item.endMark === ',' || item.endMark === ';' || item.endMark === ':';
        const range = { start: item.endAt - 1, end: item.endAt };
        report({
          message: 'noDot',
          data: { text: quote(item.text) },
          range,
          fix: fix(this.messages.fixDot, wrong ? replace(range, '.') : insert(item.endAt, '.')),
        });
      }
    }
  },
};
export default rule;
