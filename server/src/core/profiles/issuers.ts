// Issuer codes (ký hiệu cơ quan ban hành) and the phrases that name their bodies in citations.
// Party: HD05 3.1.2b (initials of the body; a body under a cấp ủy adds the cấp ủy's code), with
// historical codes valid for documents dated before the 2025 reorganisation (HU, QU, BTG…, BDV…).
// State: Nghị định 30 PL III and observed practice (TTg, CP, QH15, UBTVQH15, UBND, HĐND).

export interface IssuerEntry {
  /** Matches the start of an issuer phrase ("của <phrase>"), after tone folding. */
  phrase: RegExp;
  /** Codes that may stand for that body. */
  codes: RegExp;
  /** Human name, for messages, hover and completion. */
  name: string;
  family: 'party' | 'state';
}

// Order matters: the more specific phrase first ("Thủ tướng Chính phủ" before "Chính phủ").
export const ISSUERS: IssuerEntry[] = [
  { phrase: /^(?:Ban Tổ chức Trung ương)/iu, codes: /^BTCTW$/u, name: 'Ban Tổ chức Trung ương', family: 'party' },
  { phrase: /^(?:Văn phòng Trung ương)/iu, codes: /^VPTW$/u, name: 'Văn phòng Trung ương Đảng', family: 'party' },
  {
    phrase: /^(?:Uỷ ban Kiểm tra Trung ương)/iu,
    codes: /^UBKTTW$/u,
    name: 'Ủy ban Kiểm tra Trung ương',
    family: 'party',
  },
  {
    phrase: /^(?:Ban Tuyên giáo(?: và Dân vận)? Trung ương)/iu,
    codes: /^BTG(?:DV)?TW$/u,
    name: 'Ban Tuyên giáo (và Dân vận) Trung ương',
    family: 'party',
  },
  { phrase: /^(?:Ban Chỉ đạo Trung ương)/iu, codes: /^BCĐTW$/u, name: 'Ban Chỉ đạo Trung ương', family: 'party' },
  {
    phrase: /^(?:Ban Chấp hành Trung ương|Trung ương Đảng|Bộ Chính trị|Ban Bí thư|Hội nghị Trung ương|Tổng Bí thư)/iu,
    codes: /^TW$/u,
    name: 'Bộ Chính trị, Ban Bí thư, Ban Chấp hành Trung ương',
    family: 'party',
  },
  { phrase: /^(?:Ban Tổ chức (?:Tỉnh|Thành) uỷ)/iu, codes: /^BTCTU$/u, name: 'Ban Tổ chức Tỉnh ủy', family: 'party' },
  { phrase: /^(?:Văn phòng (?:Tỉnh|Thành) uỷ)/iu, codes: /^VPTU$/u, name: 'Văn phòng Tỉnh ủy', family: 'party' },
  {
    phrase: /^(?:Uỷ ban Kiểm tra (?:Tỉnh|Thành) uỷ)/iu,
    codes: /^UBKTTU$/u,
    name: 'Ủy ban Kiểm tra Tỉnh ủy',
    family: 'party',
  },
  {
    phrase: /^(?:(?:Ban Thường vụ |Thường trực |Hội nghị )?(?:Tỉnh|Thành|Thị) uỷ)/iu,
    codes: /^TU$/u,
    name: 'Tỉnh ủy, Thành ủy, Thị ủy',
    family: 'party',
  },
  {
    phrase: /^(?:(?:Ban Thường vụ |Thường trực |Hội nghị )?Huyện uỷ)/iu,
    codes: /^HU$/u,
    name: 'Huyện ủy',
    family: 'party',
  },
  {
    phrase: /^(?:(?:Ban Thường vụ |Thường trực |Hội nghị )?Quận uỷ)/iu,
    codes: /^QU$/u,
    name: 'Quận ủy',
    family: 'party',
  },
  {
    phrase: /^(?:(?:Ban Thường vụ |Thường trực |Hội nghị )?Đảng uỷ)/iu,
    codes: /^(?:ĐU|ĐUK|ĐUQS|ĐUCA|ĐUBP)$/u,
    name: 'Đảng ủy',
    family: 'party',
  },
  { phrase: /^(?:Chi bộ|Chi uỷ)/iu, codes: /^CB$/u, name: 'Chi bộ', family: 'party' },
  { phrase: /^(?:Thủ tướng)/iu, codes: /^TTg$/u, name: 'Thủ tướng Chính phủ', family: 'state' },
  { phrase: /^(?:Chính phủ)/iu, codes: /^CP$/u, name: 'Chính phủ', family: 'state' },
  {
    phrase: /^(?:Uỷ ban Thường vụ Quốc hội)/iu,
    codes: /^UBTVQH\d{2}$/u,
    name: 'Ủy ban Thường vụ Quốc hội',
    family: 'state',
  },
  { phrase: /^(?:Quốc hội)/iu, codes: /^QH\d{2}$/u, name: 'Quốc hội', family: 'state' },
  { phrase: /^(?:Uỷ ban nhân dân|UBND)/iu, codes: /^UBND$/u, name: 'Ủy ban nhân dân', family: 'state' },
  { phrase: /^(?:Hội đồng nhân dân|HĐND)/iu, codes: /^HĐND$/u, name: 'Hội đồng nhân dân', family: 'state' },
];

/** Issuer codes offered by completion after "-KL/", with their bodies. */
export const ISSUER_CODES: { code: string; name: string; until?: string }[] = [
  { code: 'TW', name: 'Ban Chấp hành Trung ương, Bộ Chính trị, Ban Bí thư' },
  { code: 'TU', name: 'Tỉnh ủy, thành ủy trực thuộc Trung ương' },
  { code: 'ĐU', name: 'Đảng ủy (xã, phường, đặc khu, cơ sở, đảng ủy khác)' },
  { code: 'CB', name: 'Chi bộ' },
  { code: 'ĐH', name: 'Đại hội và các cơ quan của đại hội' },
  { code: 'ĐUQS', name: 'Đảng ủy quân sự' },
  { code: 'ĐUCA', name: 'Đảng ủy công an' },
  { code: 'ĐUBP', name: 'Đảng ủy biên phòng' },
  { code: 'QUTW', name: 'Quân ủy Trung ương' },
  { code: 'UBKTTW', name: 'Ủy ban Kiểm tra Trung ương' },
  { code: 'UBKTTU', name: 'Ủy ban Kiểm tra Tỉnh ủy' },
  { code: 'UBKTĐU', name: 'Ủy ban Kiểm tra Đảng ủy' },
  { code: 'VPTW', name: 'Văn phòng Trung ương Đảng' },
  { code: 'VPTU', name: 'Văn phòng Tỉnh ủy' },
  { code: 'VPĐU', name: 'Văn phòng Đảng ủy' },
  { code: 'BTCTW', name: 'Ban Tổ chức Trung ương' },
  { code: 'BTCTU', name: 'Ban Tổ chức Tỉnh ủy' },
  { code: 'BTGDVTW', name: 'Ban Tuyên giáo và Dân vận Trung ương' },
  { code: 'BTGDVTU', name: 'Ban Tuyên giáo và Dân vận Tỉnh ủy' },
  { code: 'HU', name: 'Huyện ủy (đến khi tổ chức lại năm 2025)', until: '2025-07-01' },
  { code: 'QU', name: 'Quận ủy (đến khi tổ chức lại năm 2025)', until: '2025-07-01' },
];

/** Codes of bodies dissolved by the 2025 reorganisation (no more district level from 01/7/2025). */
export const DISSOLVED_2025 = /^(?:HU|QU|BTGTU|BDVTU|BCSĐ|ĐĐ)$/u;
export const REORGANISED_FROM = { y: 2025, m: 7, d: 1 };

/** Party issuer codes: used to tell a Party number written in the state shape ("12/KL-TU"). */
export const PARTY_ISSUER = new RegExp(
  [
    String.raw`^(?:TW|TU|ĐU|HU|QU|CB|ĐH|ĐUK|ĐUQS|ĐUCA|ĐUBP|QUTW|UBKT\p{Lu}*|VP(?:TW|TU|ĐU|HU)|`,
    String.raw`BTC\p{Lu}*|BTG\p{Lu}*|BDV\p{Lu}*|BNC\p{Lu}*|BCĐ\p{Lu}*)$`,
  ].join(''),
  'u',
);
