import { PARTY, msg, type Rule } from '../rule';
import { norm } from '../vn';

/**
 * Spec §3.3; HD05 7.1.1 (HD36 1.7.1): "T/M" is followed by the name of the collective that issues the
 * document, the same body as the issuer block and the issuer code of the number ("T/M TỈNH ỦY" in a
 * "…/TU" document, "T/M ĐẢNG ỦY" in a "…/ĐU" one). "BAN THƯỜNG VỤ" and "BAN CHẤP HÀNH" name the
 * issuer's own bodies and fit any cấp ủy.
 */
interface Body {
  name: RegExp;
  codes: RegExp;
  issuer: RegExp;
}
const w = (s: string) => `(?<!\\p{L})(?:${s})(?!\\p{L})`;
const BODIES: Body[] = [
  {
    name: /^(?:BAN CHẤP HÀNH TRUNG ƯƠNG|BỘ CHÍNH TRỊ|BAN BÍ THƯ)/u,
    codes: /^TW$/u,
    issuer: new RegExp(w('TRUNG ƯƠNG'), 'u'),
  },
  { name: /^(?:TỈNH|THÀNH) UỶ/u, codes: /^TU$/u, issuer: new RegExp(w('(?:TỈNH|THÀNH) UỶ'), 'u') },
  { name: /^HUYỆN UỶ/u, codes: /^HU$/u, issuer: new RegExp(w('HUYỆN UỶ'), 'u') },
  { name: /^QUẬN UỶ/u, codes: /^QU$/u, issuer: new RegExp(w('QUẬN UỶ'), 'u') },
  { name: /^THỊ UỶ/u, codes: /^TU$/u, issuer: new RegExp(w('THỊ UỶ'), 'u') },
  { name: /^ĐẢNG UỶ/u, codes: /^ĐU(?:K|QS|CA|BP)?$/u, issuer: new RegExp(w('ĐẢNG UỶ'), 'u') },
  { name: /^(?:CHI BỘ|CHI UỶ)/u, codes: /^CB$/u, issuer: new RegExp(w('CHI BỘ|CHI UỶ'), 'u') },
  { name: /^UỶ BAN KIỂM TRA/u, codes: /^UBKT/u, issuer: new RegExp(w('UỶ BAN KIỂM TRA'), 'u') },
];

const rule: Rule = {
  id: 'signature-issuer-mismatch',
  severity: 'warning',
  profiles: PARTY,
  fixable: 'none',
  title: msg('Cơ quan sau "T/M" không khớp cơ quan ban hành', 'The body after "T/M" does not match the issuer'),
  messages: {
    code: msg(
      '"{authority}" không khớp ký hiệu cơ quan ban hành "{code}" trong số "{number}": sau "T/M" ghi tên tập thể ban '
        + 'hành văn bản (hoặc "BAN THƯỜNG VỤ").',
      '"{authority}" does not match the issuer code "{code}" of the number "{number}": after "T/M" comes the '
        + 'collective that issues the document (or "BAN THƯỜNG VỤ").',
    ),
    issuer: msg(
      '"{authority}" không khớp cơ quan ban hành "{issuer}": sau "T/M" ghi tên tập thể ban hành văn bản (hoặc "BAN '
        + 'THƯỜNG VỤ").',
      '"{authority}" does not match the issuer "{issuer}": after "T/M" comes the collective that issues the document '
        + '(or "BAN THƯỜNG VỤ").',
    ),
  },
  check({ model, report }) {
    const s = model.signature;
    if (!s || !s.authority || s.authorityKind !== 'T/M') return;
    const body = BODIES.find((b) => b.name.test(norm(s.authorityBody)));
    if (!body) return; // BAN THƯỜNG VỤ, BAN CHẤP HÀNH, ĐẠI HỘI …: the issuer's own bodies
    const range = { start: s.authority.start, end: s.authority.end };
    const n = model.header.number;
    if (n?.issuerCode) {
      // An issuer code the rule knows ("TU", "ĐU" …) decides; another one ("ĐUDN") leaves it to the issuer block.
      const code = n.issuerCode.split('-')[0];
      if (BODIES.some((b) => b.codes.test(code))) {
        const number = n.text.replace(/^(?:Số|SỐ|So)\s*[:.]?\s*/u, '');
        if (!body.codes.test(code))
          report({ message: 'code', data: { authority: s.authority.text, code, number }, range });
        return;
      }
    }
    // No number to compare with: the issuing body is the last line of the issuer block.
    const issuer = model.header.issuer[model.header.issuer.length - 1];
    if (!issuer) return;
    const t = norm(issuer.text);
    if (BODIES.some((b) => b.issuer.test(t)) && !body.issuer.test(t)) {
      report({ message: 'issuer', data: { authority: s.authority.text, issuer: issuer.text }, range });
    }
  },
};
export default rule;
