// Completion items by context: type and issuer codes in a number, the place-and-date line, the next
// section number, authorities, titles, recipients. Pure: takes the model and an offset.
import type { DocModel, Section } from '../model';
import { PROFILES, HD05_FROM } from '../profiles';
import { ISSUER_CODES } from '../profiles/issuers';
import { compareDates, parseIso, today as todayYmd, type YMD } from '../dates';
import { formatHeaderDate } from '../format';
import { flatten, partOrdinal, spellPart } from '../parse/body';
import { intToRoman, romanToInt, VI_LETTERS, norm } from '../vn';
import { AUTHORITY } from '../parse/footer';

export interface CompletionEntry {
  label: string;
  insertText: string;
  detail: string;
  kind: 'code' | 'snippet' | 'text' | 'section';
  /** Text range to replace (offsets); defaults to the cursor. */
  replace?: { start: number; end: number };
  sortText?: string;
}

const AUTHORITY_BODIES: Record<string, { text: string; detail: string }[]> = {
  'T/M': [
    { text: 'BAN THƯỜNG VỤ', detail: 'Văn bản của ban thường vụ cấp ủy' },
    { text: 'ĐẢNG ỦY', detail: 'Văn bản của đảng ủy (ban chấp hành)' },
    { text: 'TỈNH ỦY', detail: 'Văn bản của tỉnh ủy (ban chấp hành)' },
    { text: 'THÀNH ỦY', detail: 'Văn bản của thành ủy' },
    { text: 'CHI BỘ', detail: 'Văn bản của chi bộ' },
    { text: 'ỦY BAN KIỂM TRA', detail: 'Văn bản của ủy ban kiểm tra' },
    { text: 'BAN CHẤP HÀNH TRUNG ƯƠNG', detail: 'Văn bản của Ban Chấp hành Trung ương' },
    { text: 'BỘ CHÍNH TRỊ', detail: 'Không ghi chức vụ dưới dòng này' },
    { text: 'BAN BÍ THƯ', detail: 'Không ghi chức vụ dưới dòng này' },
    { text: 'HỘI ĐỒNG', detail: 'Văn bản của hội đồng' },
  ],
  'T/L': [{ text: 'BAN THƯỜNG VỤ', detail: 'Chánh (phó chánh) văn phòng ký thừa lệnh' }],
  'K/T': [
    { text: 'TRƯỞNG BAN', detail: 'Phó trưởng ban ký thay (ban của cấp ủy)' },
    { text: 'CHÁNH VĂN PHÒNG', detail: 'Phó chánh văn phòng ký thay' },
    { text: 'GIÁM ĐỐC', detail: 'Phó giám đốc ký thay (đơn vị sự nghiệp)' },
  ],
};

const RECIPIENTS = [
  'Ban Thường vụ Tỉnh ủy (để báo cáo)',
  'Thường trực Tỉnh ủy (để báo cáo)',
  'Các đồng chí Ủy viên Ban Thường vụ',
  'Các đồng chí Đảng ủy viên',
  'Ủy ban nhân dân xã',
  'Ủy ban Mặt trận Tổ quốc Việt Nam xã',
  'Các chi bộ trực thuộc',
  'Như trên',
];

export function completions(
  model: DocModel,
  offset: number,
  opts: { today?: YMD; referenceDate?: string | null } = {},
): CompletionEntry[] {
  const src = model.src;
  let line = 0;
  for (let i = 0; i < src.lines.length; i++)
    if (src.lines[i].start <= offset) line = i;
    else break;
  const l = src.lines[line];
  const prefix = src.text.slice(l.start, Math.min(offset, l.end));
  const profile = PROFILES[model.profile];
  const draftDate = model.reference.draftDate ?? opts.today ?? todayYmd();
  const out: CompletionEntry[] = [];

  // 1. Type code after "số 12-" / "Số    -".
  let m = /(?:^|[\s(])(?:[Ss]ố\s*:?\s*)?(\d*)\s*-([A-Za-zĐđ]*)$/u.exec(prefix);
  // A number typed before the dash, or "Số" / "số" earlier on the line (a blank number, a citation).
  if (m && (m[1] || /[Ss]ố/u.test(prefix))) {
    const typed = m[2];
    for (const [code, name] of Object.entries(profile.typeCodes)) {
      out.push({
        label: code,
        insertText: code + '/',
        detail: name,
        kind: 'code',
        replace: { start: offset - typed.length, end: offset },
      });
    }
    return out;
  }
  // 2. Issuer code after "-KL/".
  m = /\d*\s*-\s*([A-Za-zĐđ]+)\/([A-Za-zĐđ]*)$/u.exec(prefix);
  if (m) {
    const typed = m[2];
    const hd05 = compareDates(draftDate, HD05_FROM) >= 0;
    for (const x of ISSUER_CODES) {
      if (hd05 && x.until) continue;
      out.push({
        label: x.code,
        insertText: x.code,
        detail: x.name,
        kind: 'code',
        replace: { start: offset - typed.length, end: offset },
      });
    }
    return out;
  }
  // 3. Authorities after "T/M ", "T/L ", "K/T ".
  // The text of the current column (row-wise layouts put two columns on a line).
  const column = prefix.split(/ {3,}|\t/).pop() ?? prefix;
  m = /^\s*(?:\*\*)?(T\/M|T\/L|K\/T)\s+([\p{L} ]*)$/u.exec(column);
  if (m) {
    const typed = m[2];
    for (const b of AUTHORITY_BODIES[m[1]])
      out.push({
        label: `${m[1]} ${b.text}`,
        insertText: b.text,
        detail: b.detail,
        kind: 'text',
        replace: { start: offset - typed.length, end: offset },
      });
    return out;
  }
  const trimmed = prefix.trim();
  // 4. Title on the line after an authority line, in the authority's column: on a line of its own, or the
  // right-hand column of a row-wise footer (whose left column holds the Nơi nhận items).
  const prevLine = previousNonBlank(model, line);
  const prevText = prevLine >= 0 ? src.lines[prevLine].view.matchText : '';
  const authAt = prevText.search(/T\/M|T\/L|K\/T/u);
  const leftColumnAbove = authAt > 0 && prevText.slice(0, authAt).trim() !== '';
  const typedTitle = column.trimStart();
  if (authAt >= 0 && (!leftColumnAbove || column !== prefix) && typedTitle.length < 30) {
    const pm = AUTHORITY.exec(prevText.slice(authAt));
    if (pm && (pm[1] === 'T/M' || pm[1] === 'T/L' || pm[1] === 'K/T')) {
      const body = norm(pm[2]);
      const titles =
        pm[1] === 'T/L'
          ? profile.titlesUnderTL.slice(0, 2)
          : pm[1] === 'K/T'
            ? [`PHÓ ${body}`]
            : /BỘ CHÍNH TRỊ|BAN BÍ THƯ/u.test(body)
              ? []
              : /KIỂM TRA/u.test(body)
                ? ['CHỦ NHIỆM', 'PHÓ CHỦ NHIỆM']
                : /HỘI ĐỒNG/u.test(body)
                  ? ['CHỦ TỊCH', 'PHÓ CHỦ TỊCH']
                  : /TRUNG ƯƠNG/u.test(body)
                    ? ['TỔNG BÍ THƯ']
                    : ['BÍ THƯ', 'PHÓ BÍ THƯ'];
      for (const t of titles)
        out.push({
          label: t,
          insertText: t,
          detail: `Chức vụ dưới "${pm[1]} ${pm[2]}"`,
          kind: 'text',
          replace: { start: offset - typedTitle.length, end: offset },
        });
      if (out.length) return out;
    }
  }
  // 5. Inside Nơi nhận: recipients with the regime's end mark, and the archive line.
  const r = model.recipients;
  if (
    r &&
    line > r.label.line &&
    (!model.signature || line <= Math.max(model.signature.firstLine, lastRecipientLine(model)) + 1) &&
    /^-?\s*[\p{L} ]*$/u.test(trimmed)
  ) {
    const start = l.start + (prefix.length - prefix.trimStart().length);
    RECIPIENTS.forEach((x, i) =>
      out.push({
        label: `- ${x}${profile.recipientItemEnd}`,
        insertText: `- ${x}${profile.recipientItemEnd}`,
        detail: `Nơi nhận (${profile.id.toUpperCase()}: "${profile.recipientItemEnd}" cuối dòng)`,
        kind: 'text',
        replace: { start, end: offset },
        sortText: `1${i}`,
      }),
    );
    out.push({
      label: profile.archiveExample,
      insertText: profile.archiveExample,
      detail: 'Dòng lưu văn bản (dòng cuối)',
      kind: 'text',
      replace: { start, end: offset },
      sortText: '2',
    });
    return out;
  }
  // 6. Place-and-date line in the header zone.
  const col = column.trim();
  if (
    line < Math.max(model.header.zoneEnd, 8) &&
    (/^[\p{Lu}][\p{L} ]*,\s*(?:n|ng|ngà|ngày)?$/u.test(col) || /^(?:n|ng|ngà|ngày)$/u.test(col))
  ) {
    const when = opts.referenceDate
      ? (parseIso(opts.referenceDate) ?? opts.today ?? todayYmd())
      : (opts.today ?? todayYmd());
    // The word begun, and any spaces typed after it ("Tân Lập, ngày ▮"): the date replaces both.
    const word = /(?:n|ng|ngà|ngày)$/u.exec(col)?.[0] ?? '';
    const after = column.length - column.trimEnd().length;
    out.push({
      label: formatHeaderDate(when),
      insertText: formatHeaderDate(when),
      detail: 'Ngày hôm nay, ghi số 0 theo quy định (ngày < 10, tháng 1–2)',
      kind: 'snippet',
      replace: { start: offset - (word ? word.length + after : 0), end: offset },
    });
    return out;
  }
  // 7. Next section number at the start of a body line.
  if (line >= model.bodyStart && /^(?:#{1,6}\s*)?(?:\*\*)?[IVX\d.a-zđ]{0,6}$/u.test(trimmed)) {
    const before = flatten(model.sections).filter((s) => s.line < line);
    const last = before[before.length - 1];
    const seen = new Set<string>();
    const add = (label: string, detail: string, sort: string) => {
      if (seen.has(label)) return;
      seen.add(label);
      const typed = /[IVX\d.a-zđ]*$/u.exec(trimmed)![0]; // the pattern matches every text (at least its end)
      out.push({
        label,
        insertText: label + ' ',
        detail,
        kind: 'section',
        replace: { start: offset - typed.length, end: offset },
        sortText: sort,
      });
    };
    if (last) {
      add(nextOf(last), 'Đề mục tiếp theo cùng cấp', '0');
      const anc = ancestors(model.sections, last);
      anc.reverse().forEach((a, i) => add(nextOf(a), 'Đề mục tiếp theo của cấp trên', `1${i}`));
      add(firstChildOf(last), 'Đề mục con đầu tiên', '2');
    } else add('I.', 'Phần đầu tiên', '0');
    return out;
  }
  return out;
}

function previousNonBlank(model: DocModel, line: number): number {
  for (let i = line - 1; i >= 0; i--) if (!model.src.lines[i].blank) return i;
  return -1;
}
function lastRecipientLine(model: DocModel): number {
  const r = model.recipients!;
  const last = r.items[r.items.length - 1];
  return last
    ? last.continuation.length
      ? last.continuation[last.continuation.length - 1].line
      : last.line
    : r.label.line;
}
function nextOf(s: Section): string {
  switch (s.kind) {
    case 'part':
      return `Phần ${spellPart(s.number, (partOrdinal(s.number) ?? 0) + 1)}`;
    case 'roman':
      return `${intToRoman((romanToInt(s.number) ?? 0) + 1)}${s.sep}`;
    case 'arabic':
      return `${+s.number + 1}${s.sep}`;
    case 'dieu':
      return `Điều ${+s.number + 1}.`;
    case 'paren':
      return `(${+s.number + 1})`;
    case 'decimal': {
      const p = s.number.split('.');
      p[p.length - 1] = String(+p[p.length - 1] + 1);
      return `${p.join('.')}.`;
    }
    case 'letter':
      return `${VI_LETTERS[VI_LETTERS.indexOf(s.number) + 1] ?? 'a'})`;
  }
}
function firstChildOf(s: Section): string {
  switch (s.kind) {
    case 'part':
      return 'I.';
    case 'roman':
    case 'dieu':
      return '1.';
    case 'arabic':
    case 'decimal':
      return `${s.number}.1.`;
    default:
      return 'a)';
  }
}
function ancestors(roots: Section[], target: Section): Section[] {
  const path: Section[] = [];
  const walk = (ss: Section[]): boolean => {
    for (const s of ss) {
      if (s === target) return true;
      path.push(s);
      if (walk(s.children)) return true;
      path.pop();
    }
    return false;
  };
  walk(roots);
  return path;
}
