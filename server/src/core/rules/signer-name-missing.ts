import { ALL, msg, type Rule } from '../rule';

/** HD05 7.1.3: the signer's full name stands under the title (and the signature). */
const rule: Rule = {
  id: 'signer-name-missing',
  severity: 'error',
  profiles: ALL,
  fixable: 'none',
  title: msg('Thiếu họ tên người ký', 'Missing signer name'),
  messages: {
    missing: msg(
      'Phần chữ ký có "{authority}" nhưng thiếu họ và tên người ký ở dưới (chữ thường, in đậm, ví dụ "Nguyễn Văn An").',
      'The signature block has "{authority}" but no signer name below it (normal case, bold, e.g. "Nguyễn Văn An").',
    ),
  },
  check({ model, report }) {
    const s = model.signature;
    if (!s || s.name) return;
    const at = s.authority ?? s.titles[0];
    // Stryker disable next-line ConditionalExpression: the parser keeps no signature with neither authority nor title
    if (!at) return;
    const last = s.titles[s.titles.length - 1] ?? at;
    report({
      message: 'missing',
      data: { authority: [s.authority?.text, ...s.titles.map((t) => t.text)].filter(Boolean).join(' / ') },
      range: { start: at.start, end: Math.max(at.end, last.end) },
    });
  },
};
export default rule;
