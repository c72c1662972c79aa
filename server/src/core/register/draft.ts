// The new-document wizard's pure part: the valid choices (types, signing authority and title) of a family
// and regime, and the draft text built from the choices. Values come from the profiles' tables.
import { PROFILES, partyProfileFor, type ProfileId } from '../profiles';
import { DOC_TYPES } from '../doctypes';
import { formatHeaderDate } from '../format';
import type { YMD } from '../dates';
import { archiveForIssuer } from '../rules/_level';

/** The wizard's name for a state công văn, the one choice whose number carries no type code. */
const STATE_CONG_VAN = 'CV';

export interface SigningChoice {
  /** Authority line as written ("T/M BAN THƯỜNG VỤ", "T/L BAN THƯỜNG VỤ", "TM. ỦY BAN NHÂN DÂN"). */
  authority: string;
  /** Titles allowed under it; the first is the usual one. */
  titles: string[];
  detail: string;
}

export interface WizardChoices {
  profile: ProfileId;
  types: { code: string; name: string; title: string }[];
  signing: SigningChoice[];
}

/** The types a clerk can start, and the authority/title pairs that are valid together (HD05 7.1, ND30 PL I II.7). */
export function wizardChoices(family: 'party' | 'state', date: YMD): WizardChoices {
  const profile: ProfileId = family === 'state' ? 'nd30' : partyProfileFor(date);
  const p = PROFILES[profile];
  const types = Object.entries(p.typeCodes)
    .filter(([code]) => code !== 'BS' && code !== 'QĐi')
    .map(([code, name]) => {
      const dt = DOC_TYPES.find((d) => (family === 'party' ? d.party : d.state).includes(code));
      return { code, name: dt?.word ?? name, title: dt?.name ?? name.toLocaleUpperCase('vi') };
    });
  // A state công văn has no type code and no title line ("Số: 15/UBND-VP", then "V/v …"): "CV" only names the choice.
  if (family === 'state') types.push({ code: STATE_CONG_VAN, name: 'Công văn', title: '' });
  const signing: SigningChoice[] =
    family === 'party'
      ? [
          {
            authority: 'T/M BAN THƯỜNG VỤ',
            titles: ['BÍ THƯ', 'PHÓ BÍ THƯ'],
            detail: 'Ban thường vụ cấp ủy (bí thư hoặc phó bí thư ký)',
          },
          {
            authority: 'T/M ĐẢNG ỦY',
            titles: ['BÍ THƯ', 'PHÓ BÍ THƯ'],
            detail: 'Đảng ủy (ban chấp hành) — cấp ủy luôn ký T/M',
          },
          { authority: 'T/M TỈNH ỦY', titles: ['BÍ THƯ', 'PHÓ BÍ THƯ'], detail: 'Tỉnh ủy (ban chấp hành)' },
          { authority: 'T/M CHI BỘ', titles: ['BÍ THƯ', 'PHÓ BÍ THƯ'], detail: 'Chi bộ' },
          { authority: 'T/M ỦY BAN KIỂM TRA', titles: ['CHỦ NHIỆM', 'PHÓ CHỦ NHIỆM'], detail: 'Ủy ban kiểm tra' },
          {
            authority: 'T/L BAN THƯỜNG VỤ',
            titles: p.titlesUnderTL.slice(0, 2),
            detail: 'Chánh (phó chánh) văn phòng ký thừa lệnh',
          },
          {
            authority: 'K/T TRƯỞNG BAN',
            titles: ['PHÓ TRƯỞNG BAN'],
            detail: 'Phó trưởng ban ký thay (ban của cấp ủy)',
          },
          { authority: 'K/T CHÁNH VĂN PHÒNG', titles: ['PHÓ CHÁNH VĂN PHÒNG'], detail: 'Phó chánh văn phòng ký thay' },
        ]
      : [
          { authority: 'TM. ỦY BAN NHÂN DÂN', titles: ['CHỦ TỊCH'], detail: 'Thay mặt tập thể ủy ban' },
          { authority: 'KT. CHỦ TỊCH', titles: ['PHÓ CHỦ TỊCH'], detail: 'Cấp phó ký thay người đứng đầu' },
          { authority: 'TL. CHỦ TỊCH', titles: ['CHÁNH VĂN PHÒNG'], detail: 'Thừa lệnh người đứng đầu' },
          { authority: '', titles: ['CHỦ TỊCH', 'GIÁM ĐỐC'], detail: 'Người đứng đầu ký trực tiếp' },
        ];
  return { profile, types, signing };
}

/**
 * Whether a draft's number carries its type code, and so whether the register can count it: every type but the
 * state công văn ("Số: 15/UBND-VP").
 */
export function hasTypeCode(family: 'party' | 'state', typeCode: string): boolean {
  return !(family === 'state' && typeCode === STATE_CONG_VAN);
}

export interface DraftSpec {
  family: 'party' | 'state';
  /** Issuer name as in the header ("ĐẢNG ỦY XÃ TÂN LẬP"), and the parent body line. */
  issuer: string;
  parent?: string;
  place?: string;
  typeCode: string;
  issuerCode: string;
  /** Next free number ("07"), or "" to leave the blank a clerk fills in at registration. */
  number: string;
  date: YMD;
  authority: string;
  title: string;
  archive?: string;
}

const COL = 41;

/** The draft text: header of the regime, title, a body skeleton, Nơi nhận with the regime's marks, signature. */
export function newDraft(s: DraftSpec, eol = '\n'): string {
  const choices = wizardChoices(s.family, s.date);
  const p = PROFILES[choices.profile];
  const type = choices.types.find((t) => t.code === s.typeCode) ?? {
    code: s.typeCode,
    name: s.typeCode,
    title: s.typeCode,
  };
  const pad = (a: string, b: string) => (a.length >= COL ? `${a}   ${b}` : a.padEnd(COL) + b);
  const place = s.place || '…';
  const num = s.number || '   ';
  const lines: string[] = [];
  const end = p.recipientItemEnd;
  if (s.family === 'party') {
    lines.push(pad(s.parent || s.issuer, 'ĐẢNG CỘNG SẢN VIỆT NAM'));
    if (s.parent) lines.push(s.issuer);
    lines.push('*');
    lines.push(pad(`Số ${num}-${s.typeCode}/${s.issuerCode}`, `${place}, ${formatHeaderDate(s.date)}`));
  } else {
    lines.push(pad(s.parent || s.issuer, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'));
    lines.push(pad(s.parent ? s.issuer : '', 'Độc lập - Tự do - Hạnh phúc'));
    lines.push(pad('-----', '-----'));
    // A công văn's symbol is the issuer and the drafting unit, left for the clerk: "Số: 15/UBND-VP".
    const symbol = hasTypeCode(s.family, s.typeCode) ? `${s.typeCode}-${s.issuerCode}` : `${s.issuerCode}-…`;
    lines.push(pad(`Số: ${num}/${symbol}`, `${place}, ${formatHeaderDate(s.date)}`));
  }
  lines.push('');
  if (s.typeCode !== 'CV') {
    lines.push(type.title);
    lines.push(s.typeCode === 'KL' ? `của ${bodyPhrase(s.authority, s.issuer)}` : 'về …');
    if (s.typeCode === 'KL') lines.push('về …');
  } else lines.push('V/v …');
  lines.push('-----', '');
  if (s.typeCode === 'KL' || s.typeCode === 'TB') {
    lines.push('Ngày … tháng … năm …, … họp nghe báo cáo về …. Sau khi thảo luận, … kết luận như sau:', '');
    lines.push('I. ĐÁNH GIÁ CHUNG', '', '…', '', 'II. NHIỆM VỤ, GIẢI PHÁP', '', '1. …', '');
    lines.push(
      'III. TỔ CHỨC THỰC HIỆN',
      '',
      '1. … tổ chức thực hiện Kết luận này.',
      '',
      '2. … theo dõi, đôn đốc, báo cáo kết quả thực hiện.',
      '',
    );
  } else lines.push('…', '');
  // The archive line of the issuing body's level ("- Lưu Văn phòng Đảng ủy." for a xã), unless the office gave one.
  const archive = s.archive || archiveForIssuer([s.parent ?? '', s.issuer], p);
  const sig = [s.authority, s.title].filter(Boolean);
  const left = ['Nơi nhận:', `- …${end}`, archive];
  for (let i = 0; i < Math.max(left.length, sig.length); i++) lines.push(pad(left[i] ?? '', sig[i] ?? '').trimEnd());
  lines.push('', ' '.repeat(COL) + 'Họ và tên', '');
  return lines.join(eol);
}

const COMMITTEE = /^(TỈNH [ỦU]Y|THÀNH [ỦU]Y|ĐẢNG [ỦU]Y|HUYỆN [ỦU]Y|THỊ [ỦU]Y|CHI BỘ)( XÃ| PHƯỜNG| ĐẶC KHU)?/u;

/** "của Ban Thường vụ Tỉnh ủy", "của Đảng ủy xã": the body that concludes, from the authority and the issuer. */
function bodyPhrase(authority: string, issuer: string): string {
  const body = authority.replace(/^(?:T\/M|T\/L|K\/T|TM\.|KT\.|TL\.)\s*/u, '').normalize('NFC');
  const m = COMMITTEE.exec(issuer.normalize('NFC'));
  const committee = m ? capitalise(m[0].toLocaleLowerCase('vi')) : '';
  if (/^BAN THƯỜNG VỤ$/u.test(body)) return `Ban Thường vụ${committee ? ` ${committee}` : ''}`;
  if (committee && COMMITTEE.test(body)) return committee;
  return capitalise(body.toLocaleLowerCase('vi'));
}

function capitalise(s: string): string {
  return s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
}
