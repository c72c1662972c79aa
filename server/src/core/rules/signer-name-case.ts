import { ALL, msg, type Rule } from '../rule';
import { fix, replace } from './_util';

/**
 * HD05 Phụ lục 2 (HD36 annex the same; Nghị định 30 PL I II.7đ): the signer's
 * name is written in normal case, each word capitalised ("Nguyễn Văn An"), not in capitals.
 */
function normalCase(t: string): string {
  const lower = t.toLocaleLowerCase('vi');
  return lower.replace(/(^|\s)(\p{Ll})/gu, (_, sp: string, c: string) => sp + c.toLocaleUpperCase('vi'));
}

const rule: Rule = {
  id: 'signer-name-case',
  severity: 'warning',
  profiles: ALL,
  fixable: 'suggest',
  title: msg('Họ tên người ký viết in hoa', 'Signer name in capitals'),
  messages: {
    capitals: msg(
      'Họ tên người ký viết chữ thường, viết hoa chữ đầu mỗi tiếng (in đậm): "{expected}", không viết in hoa '
        + '"{actual}".',
      'The signer\'s name is written in normal case with each word capitalised (bold): "{expected}", not "{actual}".',
    ),
    fix: msg('Viết "{expected}"', 'Write "{expected}"'),
  },
  check({ model, report }) {
    const s = model.signature;
    if (!s?.name || !s.nameInCapitals) return;
    const expected = normalCase(s.name.text);
    const range = { start: s.name.start, end: s.name.end };
    report({
      message: 'capitals',
      data: { expected, actual: s.name.text },
      range,
      suggest: [fix(this.messages.fix, replace(range, expected))], // the engine fills {expected} from data
    });
  },
};
export default rule;
