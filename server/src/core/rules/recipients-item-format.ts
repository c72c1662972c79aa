import { ALL, msg, quote, type Rule } from '../rule';
import { fix, insert, replace, fillMsg } from './_util';

/**
 * Each Nơi nhận item on its own line starting with "- "; end mark by regime:
 * hd36 "," (observed practice, medium confidence), hd05 ";" (HD05 9.2.5), nd30 ";" (Nghị định 30 PL I II.9).
 * A wrapped line continues the item above it and is not an item of its own.
 */
const rule: Rule = {
  id: 'recipients-item-format',
  severity: 'warning',
  profiles: ALL,
  fixable: 'fix',
  title: msg('Dòng "Nơi nhận" sai dạng', 'Malformed "Nơi nhận" item'),
  messages: {
    noDash: msg(
      'Mỗi nơi nhận viết trên một dòng, bắt đầu bằng "- ": "{text}".',
      'Each recipient goes on its own line starting with "- ": "{text}".',
    ),
    badDash: msg(
      'Dòng nơi nhận bắt đầu bằng dấu gạch ngang "-" và một dấu cách, không dùng "{dash}": "{text}".',
      'A recipient line starts with a hyphen "-" and one space, not "{dash}": "{text}".',
    ),
    wrongEnd: msg(
      'Theo {profile}, mỗi dòng nơi nhận (trừ dòng "Lưu") kết thúc bằng dấu "{expected}", không phải "{actual}": '
        + '"{text}".',
      'Under {profile}, each recipient line (except the archive line) ends with "{expected}", not ' +
        '"{actual}": "{text}".',
    ),
    missingEnd: msg(
      'Theo {profile}, mỗi dòng nơi nhận (trừ dòng "Lưu") kết thúc bằng dấu "{expected}": "{text}".',
      'Under {profile}, each recipient line (except the archive line) ends with "{expected}": "{text}".',
    ),
    fixDash: msg('Viết "- " ở đầu dòng', 'Start the line with "- "'),
    fixEnd: msg('Kết thúc bằng "{expected}"', 'End with "{expected}"'),
  },
  check({ model, profile, report, text }) {
    const r = model.recipients;
    if (!r) return;
    const expected = profile.recipientItemEnd;
    const profileName = profile.shortName;
    for (const item of r.items) {
      const shown = quote(item.text);
      if (!item.dash) {
        report({
          message: 'noDash',
          data: { text: shown },
          range: { start: item.start, end: item.end },
          fix: fix(this.messages.fixDash, insert(item.start, '- ')),
        });
      } else {
        const after = text.slice(item.start + 1, item.start + 3);
        // Stryker disable next-line Regex: `after` holds two characters, so "[ \u00A0]\S" can only match at the start
        if (item.dash !== '-' || !/^[ \u00A0]\S/.test(after)) {
          let e = item.start + 1;
          // Stryker disable next-line ConditionalExpression,EqualityOperator: an item ends with a letter, not a space
          while (e < item.end && /[ \t]/.test(text[e])) e++;
          report({
            message: 'badDash',
            data: { dash: text.slice(item.start, e) || item.dash, text: shown },
            range: { start: item.start, end: e },
            fix: fix(this.messages.fixDash, replace({ start: item.start, end: e }, '- ')),
          });
        }
      }
      if (item.isArchive) continue;
      const mark = item.endMark;
      if (mark === expected) continue;
      // The list ends with "." where the archive line is missing: recipients-archive-missing adds the line
      // and the end mark together, so this "." is left alone.
      if (mark === '.' && item === r.items[r.items.length - 1] && !r.items.some((x) => x.isArchive)) continue;
      // Stryker disable next-line ObjectLiteral: the engine fills the title from the finding's data too
      const fixTitle = fillMsg(this.messages.fixEnd, { expected: expected });
      if (mark === ',' || mark === ';' || mark === '.' || mark === ':') {
        const range = { start: item.endAt - 1, end: item.endAt };
        report({
          message: 'wrongEnd',
          data: { profile: profileName, expected, actual: mark, text: shown },
          range,
          fix: fix(fixTitle, replace(range, expected)),
        });
      } else {
        const range = { start: Math.max(item.start, item.endAt - 1), end: item.endAt };
        report({
          message: 'missingEnd',
          data: { profile: profileName, expected, text: shown },
          range,
          fix: fix(fixTitle, insert(item.endAt, expected)),
        });
      }
    }
  },
};
export default rule;
