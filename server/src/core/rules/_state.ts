// The state forms (Nghị định 30/2020/NĐ-CP) of rules shared with Party documents: each shared rule
// runs these checks under the nd30 profile and keeps its Party checks for hd36/hd05. Messages are spread
// into the rule's own message table.
import { msg, quote, type RuleContext } from '../rule';
import { fix, insert, replace, fillMsg } from './_util';
import { padDocNumber } from '../format';
import { compareDates } from '../dates';
import { norm } from '../vn';
import { viewRange } from '../text';
import { AUTHORITY } from '../parse/footer';
import { ND30_FROM, TT01_TYPE_CODES } from '../profiles/nd30';
import { TM_BODIES, HEAD_TITLES, BODY_NAMES, UNIT_HEADS, TO_STATE_FORM, deputiesOf } from '../profiles/nd30-signature';
import type { Component } from '../model';

/** The document is dated before Nghị định 30 took effect (Thông tư 01/2011/TT-BNV applied). */
export function beforeNd30(ctx: RuleContext): boolean {
  const d = ctx.model.header.dateLine?.date;
  return !!d && compareDates(d, ND30_FROM) < 0;
}

// ---- doc-number-format -------------------------------------------------------------------------

export const STATE_NUMBER_MESSAGES = {
  stNoColon: msg(
    'Sau chữ "Số" của văn bản nhà nước có dấu hai chấm: "{expected}" thay cho "{actual}".',
    'A state document number has a colon after "Số": "{expected}" instead of "{actual}".',
  ),
  stPartyShape: msg(
    '"{actual}" là cách ghi số của văn bản Đảng; văn bản nhà nước ghi số, gạch chéo, ký hiệu loại, gạch nối, ký hiệu ' +
      'cơ quan: "{expected}".',
    '"{actual}" is the Party way of numbering; a state number is number, slash, type code, hyphen, issuer code: ' +
      '"{expected}".',
  ),
  stSpaceBeforeSlash: msg(
    'Có dấu cách giữa số và dấu gạch chéo ("{actual}"), thường do điền số vào chỗ trống: viết liền "{expected}".',
    'A space between the number and the slash ("{actual}"), usually from filling in a blank: write "{expected}".',
  ),
  stUnknownType: msg(
    'Ký hiệu loại văn bản "{code}" không có trong Phụ lục III Nghị định 30/2020/NĐ-CP (có thể là văn bản ' +
      'chuyên ngành).',
    'The type code "{code}" is not in Decree 30/2020/ND-CP, Appendix III (it may be a specialised document).',
  ),
  stFixColon: msg('Thêm dấu hai chấm sau "Số"', 'Add the colon after "Số"'),
};

export function checkStateNumber(ctx: RuleContext, messages: Record<string, { vi: string; en: string }>): void {
  const { model, profile, report, text } = ctx;
  const n = model.header.number;
  if (!n || n.shape === 'unknown') return;
  const actual = n.text.replace(/\s+/g, ' ');
  const num = n.num ? padDocNumber(n.num) : '';
  const stateForm =
    n.shape === 'party'
      ? `Số: ${num || '     '}/${n.typeCode ?? ''}-${n.issuerCode ?? ''}`
      : `Số: ${num || '     '}/${codesAfterSlash(text.slice(n.body.start, n.body.end))}`;
  const title = (expected: string) => fillMsg(messages.fix, { expected });
  if (n.shape === 'party') {
    const ok = !!(n.typeCode && n.issuerCode && n.num);
    report({
      message: 'stPartyShape',
      data: { actual, expected: stateForm },
      range: n,
      fix: ok ? fix(title(stateForm), replace(n, stateForm)) : undefined,
      familySpecific: true,
    });
    return;
  }
  if (!n.colon) {
    // After "Số" (NFC or decomposed), where the number component starts.
    const soEnd = n.start + (/^S[^\s\d:.*_]*/u.exec(text.slice(n.start, n.start + 8))?.[0].length ?? 2);
    report({
      message: 'stNoColon',
      severity: 'warning',
      data: { actual, expected: stateForm },
      range: { start: n.start, end: soEnd },
      fix: fix(messages.stFixColon, insert(soEnd, ':')),
      familySpecific: true,
    });
  }
  if (n.num) {
    const v = parseInt(n.num, 10);
    const padded = padDocNumber(n.num);
    if (n.num !== padded) {
      report({
        message: v < 10 ? 'pad' : 'unpad',
        severity: 'warning',
        data: { actual, expected: stateForm },
        range: n.numRange,
        fix: fix(title(padded), replace(n.numRange, padded)),
      });
    }
    for (const s of n.spaces) {
      const beforeSlash = s.start === n.numRange.end && text[s.end] === '/';
      report({
        message: beforeSlash ? 'stSpaceBeforeSlash' : 'spaces',
        severity: beforeSlash ? 'information' : 'warning',
        data: { actual, expected: stateForm },
        range: s,
        fix: fix(title(stateForm), replace(s, '')),
      });
    }
  }
  for (const d of n.oddDashes) {
    report({
      message: 'dash',
      severity: 'warning',
      data: { dash: text.slice(d.start, d.end), actual },
      range: d,
      fix: fix(title('-'), replace(d, '-')),
    });
  }
  // A công văn's first group is the issuer, not a type code (PL I II.3b): no type to check.
  const congVan = model.documentType === 'CV' || !model.header.title;
  const oldCode = beforeNd30(ctx) && !!n.typeCode && n.typeCode in TT01_TYPE_CODES;
  if (n.typeCode && !congVan && !(n.typeCode in profile.typeCodes) && !oldCode) {
    report({ message: 'stUnknownType', severity: 'information', data: { code: n.typeCode }, range: n.typeRange ?? n });
  }
}

/** "TB-UBND" from the part after "Số" of a state number, without spaces. */
function codesAfterSlash(body: string): string {
  return body.replace(/^\s*\d*\s*\/\s*/u, '').replace(/\s+/g, '');
}

// ---- signature-authority-invalid -------------------------------------------------------------------

export const STATE_AUTHORITY_MESSAGES = {
  stPartyForm: msg(
    'Văn bản nhà nước viết "{state}" (chữ viết tắt có dấu chấm, không có gạch chéo), không viết "{actual}".',
    'A state document writes "{state}" (an abbreviation with a dot, no slash), not "{actual}".',
  ),
  stTmTitle: msg(
    '"TM." đứng trước tên tập thể hoặc tên cơ quan (ví dụ "TM. ỦY BAN NHÂN DÂN"), không đứng trước chức ' +
      'vụ: "{actual}".',
    '"TM." stands before the name of a collective or body (e.g. "TM. ỦY BAN NHÂN DÂN"), not before a ' +
      'title: "{actual}".',
  ),
  stHeadBody: msg(
    '"{kind}" đứng trước chức vụ của người đứng đầu (ví dụ "{kind} CHỦ TỊCH", "{kind} GIÁM ĐỐC"), không đứng trước ' +
      'tên cơ quan: "{actual}".',
    '"{kind}" stands before the title of the head (e.g. "{kind} CHỦ TỊCH", "{kind} GIÁM ĐỐC"), not before a body ' +
      'name: "{actual}".',
  ),
  stFix: msg('Viết "{state}"', 'Write "{state}"'),
};

export function checkStateAuthority(ctx: RuleContext, messages: Record<string, { vi: string; en: string }>): void {
  const { model, report, text } = ctx;
  const s = model.signature;
  if (!s || !s.authority || !s.authorityKind) return;
  const kind = s.authorityKind;
  const a = s.authority;
  const state = TO_STATE_FORM[kind];
  if (state) {
    const at = text.indexOf(kind, a.start);
    const range = at >= 0 && at < a.end ? { start: at, end: at + kind.length } : { start: a.start, end: a.end };
    report({
      message: 'stPartyForm',
      data: { state, actual: kind },
      range,
      fix: fix(fillMsg(messages.stFix, { state }), replace(range, state)),
      familySpecific: true,
    });
    return;
  }
  const body = norm(s.authorityBody);
  if (!body) return;
  if (kind === 'TM.' && HEAD_TITLES.test(body) && !BODY_NAMES.test(body)) {
    report({ message: 'stTmTitle', data: { actual: quote(a.text) }, range: { start: a.start, end: a.end } });
  } else if (kind !== 'TM.' && BODY_NAMES.test(body)) {
    report({ message: 'stHeadBody', data: { kind, actual: quote(a.text) }, range: { start: a.start, end: a.end } });
  }
}

// ---- signature-title-invalid -------------------------------------------------------------------------

export const STATE_TITLE_MESSAGES = {
  stUnderTM: msg(
    'Dưới "{authority}" người ký là người đứng đầu ("{head}") hoặc cấp phó ký thay ("KT. {head}" rồi "PHÓ {head}"), ' +
      'không phải "{title}".',
    'Under "{authority}" the head signs ("{head}"), or a deputy signs for the head ("KT. {head}" then "PHÓ {head}"), ' +
      'not "{title}".',
  ),
  stDeputyUnderTM: msg(
    'Cấp phó ký thay mặt tập thể phải ghi thêm dòng "KT. {head}" trên chức vụ "{title}".',
    'A deputy signing for the collective adds the line "KT. {head}" above the title "{title}".',
  ),
  stNotDeputy: msg(
    'Dưới "{authority}" người ký là cấp phó của người đứng đầu ({deputies}); "{title}" không ký thay được.',
    'Under "{authority}" the signer is the head\'s deputy ({deputies}); "{title}" cannot sign for the head.',
  ),
  stDeputyUnderTL: msg(
    'Cấp phó của người đứng đầu ký thay ("KT. {head}"), không ký thừa lệnh: "{title}" dưới "{authority}".',
    'The head\'s own deputy signs "KT. {head}", never thừa lệnh: "{title}" under "{authority}".',
  ),
  stTuqKt: msg(
    'Người được ký thừa ủy quyền không được ủy quyền lại cho người khác ký (Nghị định 30, Điều 13.3): "KT." dưới ' +
      '"TUQ.".',
    'A person signing by delegation may not delegate further (Decree 30, Art. 13.3): "KT." under "TUQ.".',
  ),
  stDeputyAlone: msg(
    'Cấp phó (kể cả khi được giao phụ trách) ký thay người đứng đầu, ghi "KT. {head}" trên chức vụ "{title}".',
    'A deputy (also one put in charge) signs for the head, with "KT. {head}" above the title "{title}".',
  ),
  stUse: msg('Viết "{title}"', 'Write "{title}"'),
};

/** A second authority line in the block ("TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH"). */
function secondAuthority(ctx: RuleContext): { kind: string; head: string } | null {
  const s = ctx.model.signature!;
  const to = s.titles[0]?.line ?? s.lastLine;
  for (let i = s.firstLine + 1; i < to; i++) {
    for (const seg of ctx.model.src.lines[i].segs) {
      const m = AUTHORITY.exec(seg.matchText);
      if (m && (m[2] === '' || seg.matchText === seg.matchText.toUpperCase())) return { kind: m[1], head: norm(m[2]) };
    }
  }
  return null;
}

export function checkStateTitle(ctx: RuleContext, messages: Record<string, { vi: string; en: string }>): void {
  const { model, report } = ctx;
  const s = model.signature;
  if (!s || !s.titles.length) return;
  const t: Component = s.titles[0];
  const title = norm(t.text);
  const sugg = (options: string[]) => options.map((o) => fix(fillMsg(messages.stUse, { title: o }), replace(t, o)));
  const authority = s.authority ? quote(s.authority.text) : '';
  const kind = s.authorityKind;
  const body = norm(s.authorityBody);
  if (!kind) {
    // A deputy signing alone (row 25): KT. is always written.
    const m = /^PHÓ (.+)$/u.exec(title);
    if (m && HEAD_TITLES.test(m[1])) {
      report({ message: 'stDeputyAlone', severity: 'warning', data: { head: m[1], title: quote(t.text) }, range: t });
    }
    return;
  }
  // A head's authority before a body name (or TM. before a title) is signature-authority-invalid's finding.
  if (kind !== 'TM.' && BODY_NAMES.test(body)) return;
  const second = secondAuthority(ctx);
  if (kind === 'TM.') {
    const b = TM_BODIES.find((x) => x.body.test(body));
    if (!b) return;
    if (second) {
      if (second.kind === 'KT.') checkDeputy(`KT. ${second.head}`, second.head);
      return;
    }
    if (b.head.includes(title)) return;
    const deputy = b.head.find((h) => deputiesOf(h).includes(title));
    if (deputy) {
      report({
        message: 'stDeputyUnderTM',
        severity: 'warning',
        data: { head: deputy, title: quote(t.text) },
        range: t,
      });
      return;
    }
    report({
      message: 'stUnderTM',
      data: { authority, head: b.head[0], title: quote(t.text) },
      range: t,
      suggest: sugg(b.head),
    });
    return;
  }
  if (kind === 'KT.') {
    checkDeputy(authority, body);
    return;
  }
  if (kind === 'TL.') {
    const deputies = deputiesOf(body);
    if (deputies.includes(title) && !second) {
      report({ message: 'stDeputyUnderTL', data: { authority, head: body, title: quote(t.text) }, range: t });
      return;
    }
    if (second?.kind === 'KT.' && UNIT_HEADS.test(second.head)) checkDeputy(`KT. ${second.head}`, second.head);
    return;
  }
  if (kind === 'TUQ.' && second?.kind === 'KT.') {
    report({ message: 'stTuqKt', severity: 'warning', range: t });
  }

  function checkDeputy(shownAuthority: string, head: string) {
    const deputies = deputiesOf(head);
    if (deputies.some((d) => title === d || title.startsWith(d + ' '))) return;
    report({
      message: 'stNotDeputy',
      data: { authority: shownAuthority, deputies: deputies.join(', '), title: quote(t.text) },
      range: t,
      suggest: sugg(deputies),
    });
  }
}

// ---- recipients-archive-format ---------------------------------------------------------------------

export const STATE_ARCHIVE_MESSAGES = {
  stForm: msg(
    'Dòng lưu của văn bản nhà nước viết "- Lưu: VT, <đơn vị soạn thảo>.": viết "{suggestion}" thay cho "{text}".',
    'A state archive line reads "- Lưu: VT, <drafting unit>.": write "{suggestion}" instead of "{text}".',
  ),
  stFixForm: msg('Viết "{suggestion}"', 'Write "{suggestion}"'),
};

/** "- Lưu VT, TH." → "- Lưu: VT, TH."; "- Lưu Văn phòng." → "- Lưu: VT, Văn phòng."; returns null when fine. */
export function stateArchiveSuggestion(full: string): string | null {
  const m = /^([-–—•+]?\s*)Lưu(\s*:?\s*)(.*)$/su.exec(full);
  if (!m) return null;
  const colon = m[2].includes(':');
  let rest = m[3].trim();
  const hasVt = /^VT(?![\p{L}])/u.test(rest);
  if (colon && hasVt) return null;
  if (rest.includes('\n')) return null;
  if (!hasVt) rest = rest && rest !== '.' ? `VT, ${rest}` : 'VT.';
  if (!rest.endsWith('.')) rest = rest.replace(/[,;:]$/u, '') + '.';
  return `${m[1] || '- '}Lưu: ${rest}`;
}

// ---- cong-van-trich-yeu ------------------------------------------------------------------------------

export const STATE_CONG_VAN_MESSAGES = {
  stVvColon: msg('Sau "V/v" không có dấu hai chấm: "{expected}".', 'No colon after "V/v": "{expected}".'),
  stVeViec: msg(
    'Trích yếu công văn nhà nước viết sau chữ "V/v" (Nghị định 30, Phụ lục I, mục II.5b), không viết "{actual}".',
    'A state công văn summary follows "V/v" (Decree 30, Appendix I, II.5b), not "{actual}".',
  ),
  stMissing: msg(
    'Công văn không có tên loại nên dưới số và ký hiệu phải có trích yếu "V/v …".',
    'A công văn has no type name, so a summary "V/v …" must stand under its number.',
  ),
  stFixVv: msg('Viết "V/v"', 'Write "V/v"'),
};

export function checkStateCongVan(ctx: RuleContext, messages: Record<string, { vi: string; en: string }>): void {
  const { model, report } = ctx;
  if (model.documentType !== 'CV' || model.header.title) return;
  const n = model.header.number;
  if (!n) return;
  for (let i = n.line + 1; i < Math.min(model.src.lines.length, n.line + 5); i++) {
    for (const seg of model.src.lines[i].segs) {
      const vv = /^V\s*\/\s*v(\s*:)/u.exec(seg.matchText);
      if (vv) {
        const at = vv[0].length - vv[1].length;
        const r = viewRange(seg, at, vv[0].length);
        report({
          message: 'stVvColon',
          severity: 'information',
          data: { expected: 'V/v …' },
          range: r,
          fix: fix(messages.stFixVv, replace(r, '')),
        });
        return;
      }
      if (/^V\s*\/\s*v\s/u.test(seg.matchText)) return;
      const vv2 = /^[Vv]ề\s+việc(?=\s)/u.exec(seg.matchText);
      if (vv2) {
        const r = viewRange(seg, 0, vv2[0].length);
        report({
          message: 'stVeViec',
          severity: 'information',
          data: { actual: vv2[0] },
          range: r,
          fix: fix(messages.stFixVv, replace(r, 'V/v')),
        });
        return;
      }
    }
  }
  report({ message: 'stMissing', range: { start: n.start, end: n.end } });
}
