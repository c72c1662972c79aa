import { ALL, msg, quote, type Rule } from '../rule';
import { STATE_TITLE_MESSAGES, checkStateTitle } from './_state';
import { fix, replace, fillMsg } from './_util';
import { norm } from '../vn';

/**
 * HD05 7.1.2: under T/M of a cấp ủy, ủy ban kiểm tra or hội đồng the title line may only be bí thư,
 * phó bí thư, chủ nhiệm, phó chủ nhiệm, chủ tịch, phó chủ tịch (TỔNG BÍ THƯ under T/M BCH TW);
 * under T/L BAN THƯỜNG VỤ the head of the authorised office signs (chánh/phó chánh văn phòng).
 * The body's name is not appended to the title ("PHÓ BÍ THƯ TỈNH ỦY" is wrong).
 */
const BODY_WORDS =
  /\s(?:TỈNH|THÀNH|HUYỆN|QUẬN|THỊ|ĐẢNG|UỶ|BAN|CHI BỘ|ĐẢNG BỘ|XÃ|PHƯỜNG|ĐẶC KHU|TRUNG ƯƠNG|VĂN PHÒNG|HỘI ĐỒNG)(?:\s|$)/u;
const NO_TITLE_BODIES = /^(?:BỘ CHÍNH TRỊ|BAN BÍ THƯ)$/u;

const rule: Rule = {
  id: 'signature-title-invalid',
  severity: 'error',
  profiles: ALL,
  fixable: 'suggest',
  title: msg('Chức vụ người ký không phù hợp quyền hạn', 'Signer title not allowed under the authority'),
  messages: {
    notUnderTM: msg(
      'Dưới "{authority}" chỉ ghi chức vụ bí thư, phó bí thư (hoặc chủ nhiệm, chủ tịch và cấp phó), không ghi '
        + '"{title}".',
      'Under "{authority}" the title may only be bí thư, phó bí thư (or chủ nhiệm, chủ tịch and their deputies), not '
        + '"{title}".',
    ),
    noTitle: msg(
      'Dưới "{authority}" không ghi chức vụ, chỉ ghi họ tên người ký (đang có "{title}").',
      'Under "{authority}" no title is written, only the signer\'s name (found "{title}").',
    ),
    notUnderTL: msg(
      'Dưới "T/L BAN THƯỜNG VỤ" người ký là chánh văn phòng hoặc phó chánh văn phòng (người đứng đầu cơ quan được ủy '
        + 'quyền), không phải "{title}".',
      'Under "T/L BAN THƯỜNG VỤ" the signer is the chief or deputy chief of the office (head of the authorised body), '
        + 'not "{title}".',
    ),
    bodyAppended: msg(
      'Chức vụ người ký không kèm tên cơ quan: viết "{short}" thay cho "{title}".',
      'The signer\'s title does not carry the body\'s name: write "{short}" instead of "{title}".',
    ),
    use: msg('Viết "{title}"', 'Write "{title}"'),
    ...STATE_TITLE_MESSAGES,
  },
  check(ctx) {
    if (ctx.profile.family === 'state') {
      checkStateTitle(ctx, this.messages);
      return;
    }
    const { model, profile, report } = ctx;
    const s = model.signature;
    if (!s || !s.authorityKind || !s.titles.length) return;
    if (s.titles.some((t) => /^kiêm$/iu.test(t.text))) return; // ban chỉ đạo without its own seal: "… / kiêm / …"
    const t = s.titles[0];
    const title = norm(t.text);
    const body = norm(s.authorityBody);
    const authority = s.authority ? quote(s.authority.text) : s.authorityKind;
    const sugg = (options: string[]) =>
      options.map((o) => fix(fillMsg(this.messages.use, { title: o }), replace(t, o)));
    // No entry of a profile's title list begins another, so the first match is the only one.
    const allowedStart = (list: string[]) => list.map(norm).find((a) => title === a || title.startsWith(a + ' '));
    if (s.authorityKind === 'T/M') {
      if (NO_TITLE_BODIES.test(body)) {
        report({ message: 'noTitle', data: { authority, title: quote(t.text) }, range: t });
        return;
      }
      const allowed = allowedStart(profile.titlesUnderTM);
      if (!allowed) {
        report({
          message: 'notUnderTM',
          data: { authority, title: quote(t.text) },
          range: t,
          suggest: sugg(['BÍ THƯ', 'PHÓ BÍ THƯ']),
        });
        return;
      }
      checkAppended(allowed);
    } else if (s.authorityKind === 'T/L' && /^BAN THƯỜNG VỤ/u.test(body)) {
      const allowed = allowedStart(profile.titlesUnderTL);
      if (!allowed) {
        report({
          message: 'notUnderTL',
          data: { title: quote(t.text) },
          range: t,
          suggest: sugg(['CHÁNH VĂN PHÒNG', 'PHÓ CHÁNH VĂN PHÒNG']),
        });
        return;
      }
      checkAppended(allowed);
    }
    function checkAppended(allowed: string) {
      // Stryker disable next-line ConditionalExpression: with nothing after the title, the tests below find nothing
      if (title === allowed) return;
      const rest = title.slice(allowed.length);
      // Stryker disable next-line ConditionalExpression,Regex: BODY_WORDS has no THƯỜNG TRỰC; this says it is allowed
      if (/^\s+THƯỜNG TRỰC$/u.test(rest)) return; // "PHÓ BÍ THƯ THƯỜNG TRỰC" is used in practice
      if (BODY_WORDS.test(rest)) {
        const short = t.text.slice(0, allowed.length);
        report({
          message: 'bodyAppended',
          data: { short, title: quote(t.text) },
          range: t,
          severity: 'warning',
          suggest: sugg([short]),
        });
      }
    }
  },
};
export default rule;
