// Who signs a state document and under which authority, as data (Nghị định 30/2020/NĐ-CP, Điều 13 and
// Phụ lục I, mục II.7b; the table of valid and invalid combinations is state-documents.md §2.2).
//   TM.  goes before a collective or body name; under it the head's title (or KT./Q. + the head's title).
//   KT.  goes before the head's title; under it the head's own deputy.
//   TL.  goes before the head's title; under it the head of a unit (or KT. + that unit head, then the deputy).
//   TUQ. goes before the head's title; under it the head of a body or unit within the structure.
//   Q.   goes before the head's title (an acting head).

/** A collective or body that signs with TM., and the head's title that signs for it. */
export interface StateBody {
  body: RegExp;
  head: string[];
}

export const TM_BODIES: StateBody[] = [
  { body: /^(?:ỦY|UỶ) BAN NHÂN DÂN(?![\p{L}])/u, head: ['CHỦ TỊCH'] },
  { body: /^CHÍNH PHỦ$/u, head: ['THỦ TƯỚNG'] },
  { body: /^(?:THƯỜNG TRỰC )?HỘI ĐỒNG NHÂN DÂN(?![\p{L}])/u, head: ['CHỦ TỊCH'] },
  { body: /^HỘI ĐỒNG(?![\p{L}])/u, head: ['CHỦ TỊCH'] },
  { body: /^BAN(?![\p{L}])/u, head: ['TRƯỞNG BAN'] },
  { body: /^ĐOÀN(?![\p{L}])/u, head: ['TRƯỞNG ĐOÀN'] },
  { body: /^TỔ(?![\p{L}])/u, head: ['TỔ TRƯỞNG'] },
];

/** No letter follows (\\b does not know Vietnamese letters). */
const END = '(?![\\p{L}])';
/** Titles of the head of a body or unit (what follows KT., TL., TUQ., Q.). */
const HEADS = [
  'CHỦ TỊCH',
  'THỦ TƯỚNG',
  'BỘ TRƯỞNG',
  'GIÁM ĐỐC',
  'CHÁNH VĂN PHÒNG',
  'CHÁNH THANH TRA',
  'TỔNG THANH TRA',
  'TRƯỞNG [\\p{Lu} ]+',
  'CỤC TRƯỞNG',
  'VỤ TRƯỞNG',
  'VIỆN TRƯỞNG',
  'HIỆU TRƯỞNG',
  'TỔNG CỤC TRƯỞNG',
  'CHỦ NHIỆM',
  'TỔNG GIÁM ĐỐC',
  'TRƯỞNG BAN',
  'TRƯỞNG ĐOÀN',
  'TỔ TRƯỞNG',
  'THỦ TRƯỞNG',
];
export const HEAD_TITLES = new RegExp(`^(?:${HEADS.join('|')})${END}`, 'u');

/** Words that make an authority line a body name, not a title. */
const BODIES = [
  ...[
    '(?:ỦY|UỶ) BAN',
    'CHÍNH PHỦ',
    'HỘI ĐỒNG',
    'THƯỜNG TRỰC',
    'BAN',
    'ĐOÀN',
    'SỞ',
    'PHÒNG',
    'CỤC',
    'VĂN PHÒNG',
    'TỔ',
  ].map((w) => w + END),
  'BỘ' + END + '(?! TRƯỞNG)',
];
export const BODY_NAMES = new RegExp(`^(?:${BODIES.join('|')})`, 'u');

/** The deputy titles of a head (KT. <head> → one of these). */
const SPECIAL_DEPUTIES: Record<string, string[]> = {
  'BỘ TRƯỞNG': ['THỨ TRƯỞNG'],
  'THỦ TƯỚNG': ['PHÓ THỦ TƯỚNG'],
  'BỘ TRƯỞNG, CHỦ NHIỆM': ['PHÓ CHỦ NHIỆM'],
  'TỔNG THANH TRA': ['PHÓ TỔNG THANH TRA'],
  'CỤC TRƯỞNG': ['PHÓ CỤC TRƯỞNG'],
  'VỤ TRƯỞNG': ['PHÓ VỤ TRƯỞNG'],
  'VIỆN TRƯỞNG': ['PHÓ VIỆN TRƯỞNG'],
  'HIỆU TRƯỞNG': ['PHÓ HIỆU TRƯỞNG'],
  'TỔ TRƯỞNG': ['TỔ PHÓ'],
};

export function deputiesOf(head: string): string[] {
  const h = head.replace(/\s+/g, ' ').trim();
  return SPECIAL_DEPUTIES[h] ?? [`PHÓ ${h}`];
}

/** Titles a unit head writes under TL. (state-documents.md §2.2 rows 13–15). */
export const UNIT_HEADS = new RegExp(
  '^(?:' +
    [
      'CHÁNH VĂN PHÒNG',
      'TRƯỞNG PHÒNG',
      'TRƯỞNG BAN',
      'VỤ TRƯỞNG',
      'CỤC TRƯỞNG',
      'CHÁNH THANH TRA',
      'GIÁM ĐỐC',
      'TRƯỞNG',
    ].join('|') +
    ')' +
    END,
  'u',
);

/** The Party and garbled forms and what the state form is (row 18). */
export const TO_STATE_FORM: Record<string, string> = {
  'T/M': 'TM.',
  'T/M.': 'TM.',
  'K/T': 'KT.',
  'K/T.': 'KT.',
  'T/L': 'TL.',
  'T/L.': 'TL.',
};
