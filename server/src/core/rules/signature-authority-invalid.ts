import { ALL, msg, type Rule } from '../rule';
import { STATE_AUTHORITY_MESSAGES, checkStateAuthority } from './_state';
import { fix, replace } from './_util';
import { norm } from '../vn';
import { makeView, viewRange } from '../text';

/**
 * HD05 7.1.1 (HD36 1.7.1): Party documents write T/M, K/T, T/L with a slash; TM., KT., TL., TUQ.
 * are the state forms (Nghị định 30 PL I II.7b). A cấp ủy is a collective and always signs T/M, so
 * "K/T BÍ THƯ" is wrong. "Thường trực" is not an issuing body.
 */
const STATE_TO_PARTY: Record<string, string> = {
  'TM.': 'T/M',
  'T/M.': 'T/M',
  'KT.': 'K/T',
  'K/T.': 'K/T',
  'TL.': 'T/L',
  'T/L.': 'T/L',
  'TUQ.': 'T/L',
};
const COMMITTEE = new RegExp(
  [
    '^(?:BÍ THƯ|PHÓ BÍ THƯ|TỔNG BÍ THƯ|(?:TỈNH|THÀNH|HUYỆN|QUẬN|THỊ|ĐẢNG) UỶ.*|',
    'BAN THƯỜNG VỤ.*|BAN CHẤP HÀNH.*|CHI BỘ.*|ĐẢNG BỘ.*)$',
  ].join(''),
  'u',
);

/** An issuer block naming a cấp ủy (Đảng ủy, Tỉnh ủy …, Chi bộ, Ban Chấp hành, Ban Thường vụ). */
const CAP_UY = /(?<!\p{L})(?:(?:TỈNH|THÀNH|HUYỆN|QUẬN|THỊ|ĐẢNG|CHI) UỶ|CHI BỘ|BAN CHẤP HÀNH|BAN THƯỜNG VỤ)(?!\p{L})/u;
function isCommitteeIssuer(lines: string[]): boolean {
  return lines.length > 0 && CAP_UY.test(norm(lines[lines.length - 1]));
}

/** The secretaries' titles (as norm() writes them), who sign "T/M <cấp ủy>". */
const SECRETARY = new Set(['BÍ THƯ', 'PHÓ BÍ THƯ', 'PHÓ BÍ THƯ THƯỜNG TRỰC', 'TỔNG BÍ THƯ']);

const rule: Rule = {
  id: 'signature-authority-invalid',
  severity: 'error',
  profiles: ALL,
  fixable: 'fix',
  title: msg('Quyền hạn đề ký sai', 'Invalid signing authority'),
  messages: {
    stateForm: msg(
      'Văn bản Đảng viết "{party}" (có dấu gạch chéo), không viết "{actual}" như văn bản nhà nước.',
      'A Party document writes "{party}" (with a slash), not the state form "{actual}".',
    ),
    ktCommittee: msg(
      'Cấp ủy là tập thể nên luôn đề ký "T/M …" (ví dụ "T/M BAN THƯỜNG VỤ" rồi "PHÓ BÍ THƯ"), không dùng "{actual}".',
      'A Party committee is a collective and always signs "T/M …" (e.g. "T/M BAN THƯỜNG VỤ" then "PHÓ BÍ THƯ"), never '
        + '"{actual}".',
    ),
    thuongTruc: msg(
      'Thường trực cấp ủy không phải cơ quan ban hành văn bản: đề ký "T/M BAN THƯỜNG VỤ" hoặc "T/L BAN THƯỜNG VỤ" '
        + 'thay cho "{actual}".',
      'The standing office (Thường trực) is not an issuing body: sign "T/M BAN THƯỜNG VỤ" or "T/L BAN THƯỜNG VỤ" '
        + 'instead of "{actual}".',
    ),
    noAuthority: msg(
      'Cấp ủy là tập thể nên người ký "{title}" ký thay mặt cấp ủy: thêm dòng "T/M …" ở trên (ví dụ "T/M BAN THƯỜNG '
        + 'VỤ" rồi "{title}").',
      'A Party committee is a collective, so "{title}" signs on its behalf: add a "T/M …" line above (e.g. "T/M BAN '
        + 'THƯỜNG VỤ" then "{title}").',
    ),
    fix: msg('Viết "{party}"', 'Write "{party}"'),
    ...STATE_AUTHORITY_MESSAGES,
  },
  check(ctx) {
    if (ctx.profile.family === 'state') {
      checkStateAuthority(ctx, this.messages);
      return;
    }
    const { model, report, text } = ctx;
    const s = model.signature;
    if (s && !s.authority && s.titles.length && isCommitteeIssuer(model.header.issuer.map((c) => c.text))) {
      // "BÍ THƯ" signing alone under a cấp ủy: the "T/M …" line is missing.
      const t = s.titles[0];
      if (SECRETARY.has(norm(t.text))) {
        report({ message: 'noAuthority', data: { title: t.text }, range: { start: t.start, end: t.end } });
      }
      return;
    }
    if (!s || !s.authority || !s.authorityKind) return;
    const kind = s.authorityKind;
    const a = s.authority;
    const actual = a.text;
    const party = STATE_TO_PARTY[kind];
    if (party) {
      // The kind is at the start of the authority's text; map it back to the source ("TM\." in Markdown).
      const range = viewRange(makeView(text, a.start, a.end), 0, kind.length);
      report({
        message: 'stateForm',
        data: { party, actual: kind },
        range,
        fix: fix(this.messages.fix, replace(range, party)), // the engine fills {party} from data
        familySpecific: true,
      });
      return;
    }
    const body = norm(s.authorityBody);
    if (kind === 'K/T' && COMMITTEE.test(body)) {
      report({ message: 'ktCommittee', data: { actual }, range: { start: a.start, end: a.end } });
      return;
    }
    // "T/M THƯỜNG TRỰC …", also "T/L …" or "K/T THƯỜNG TRỰC …": the standing office issues nothing.
    if (/^THƯỜNG TRỰC/u.test(body)) {
      report({ message: 'thuongTruc', data: { actual }, range: { start: a.start, end: a.end }, severity: 'warning' });
    }
  },
};
export default rule;
