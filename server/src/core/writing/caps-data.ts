// Capitalisation data, each entry with the rule it comes from (../shared/reference/writing.md §1).
//   ND30 IV.1a — Nghị định 30/2020/NĐ-CP Phụ lục II mục IV.1a: in the name of an organisation, capitalise
//     the first letter of the word for its type (the head) and of each phrase for its function or field;
//   ND30 IV.1b — special names (Ban Chấp hành Trung ương Đảng, Văn phòng Trung ương Đảng);
//   ND30 V.1 — special nouns (Nhân dân, Nhà nước); ND30 V.7 — parts of a document (Điều, not khoản);
//   4148 4.1 — Quy định 4148-QĐ/VPTW: Party bodies named like organisations;
//   PR — the official casing of a name as used in issued documents (Bộ Công Thương).

import { key } from './lexicon';
import { PhraseIndex } from './phrases';

/**
 * Two-syllable heads of organisation names: the second syllable stays lower case (ND30 IV.1a; HD05 usage
 * "Đảng uỷ Công an Trung ương", "Uỷ ban Kiểm tra"). Keys lower case.
 */
export const TWO_SYLLABLE_HEADS = new Map<string, string>(
  [
    ['ủy ban', 'ND30 IV.1a'],
    ['hội đồng', 'ND30 IV.1a'],
    ['văn phòng', 'ND30 IV.1b'],
    ['đảng ủy', 'ND30 IV.1a, 4148 4.1'],
    ['tỉnh ủy', '4148 4.1'],
    ['thành ủy', '4148 4.1'],
    ['huyện ủy', '4148 4.1'],
    ['quận ủy', '4148 4.1'],
    ['thị ủy', '4148 4.1'],
    ['đảng bộ', '4148 4.1'],
    ['chi bộ', '4148 4.1'],
    ['mặt trận', 'ND30 IV.1a'],
    ['công đoàn', 'ND30 IV.1a'],
    ['liên đoàn', 'ND30 IV.1a'],
    ['trung tâm', 'ND30 IV.1a'],
    ['chi cục', 'ND30 IV.1a'],
    ['tổng cục', 'ND30 IV.1a'],
    ['học viện', 'ND30 IV.1a'],
    ['tập đoàn', 'ND30 IV.1a'],
    ['quân ủy', '4148 4.1'],
  ].map(([k, v]) => [key(k), v]),
);

/** First syllables of every head, lower case in both tone placements: a cheap first test. */
export const HEAD_FIRST = new Set<string>();

/** One-syllable heads after which field phrases are capitalised on their first syllable only (ND30 IV.1a). */
export const ONE_SYLLABLE_HEADS = new Set(['sở', 'bộ', 'ban', 'cục', 'vụ', 'viện', 'phòng', 'hội', 'đoàn'].map(key));

/**
 * Field and function phrases of organisation names (ND30 IV.1a examples and the Party bodies of HD05):
 * written with a capital on the first syllable only ("Sở Tài chính", "Ban Chấp hành").
 */
for (const k of [...TWO_SYLLABLE_HEADS.keys(), ...ONE_SYLLABLE_HEADS]) {
  const first = k.split(' ')[0];
  HEAD_FIRST.add(first);
  HEAD_FIRST.add(first.replace('uỷ', 'ủy'));
}

export const FIELD_PHRASES = new Set(
  [
    'tài chính',
    'nông nghiệp',
    'môi trường',
    'tài nguyên',
    'xây dựng',
    'tư pháp',
    'nội vụ',
    'y tế',
    'giáo dục',
    'đào tạo',
    'khoa học',
    'công nghệ',
    'văn hóa',
    'thể thao',
    'du lịch',
    'giao thông',
    'vận tải',
    'kế hoạch',
    'đầu tư',
    'lao động',
    'thương binh',
    'xã hội',
    'ngoại vụ',
    'ngoại giao',
    'quốc phòng',
    'công an',
    'chấp hành',
    'thường vụ',
    'tổ chức',
    'tuyên giáo',
    'dân vận',
    'kiểm tra',
    'nội chính',
    'chỉ đạo',
    'thi đua',
    'khen thưởng',
    'chính trị',
    'bí thư',
    'tuyên truyền',
    'thông tin',
    'truyền thông',
    'kinh tế',
    'dân tộc',
    'tôn giáo',
    'thanh tra',
    'tài nguyên',
    'phát triển',
    'nông thôn',
    'quản lý',
    'thị trường',
    'lưu trữ',
    'quy hoạch',
    'kiến trúc',
    'nông dân',
    'phụ nữ',
    'cựu chiến binh',
    'thanh niên',
    'liên hiệp',
    'kiểm sát',
    'hành chính',
    'tổng hợp',
    'pháp chế',
    'tiếp công dân',
    'xúc tiến',
    'đối ngoại',
    'kế toán',
    'ngân sách',
    'dự trữ',
  ].map(key),
);

/**
 * Official names whose casing differs from the rule (PR: Bộ Công Thương, Sở Công Thương) — never
 * reported as over-capitalised. Keys: the field phrase.
 */
export const OFFICIAL_EXCEPTIONS = new Set(['công thương'].map(key));

export const TWO_HEADS = new PhraseIndex(TWO_SYLLABLE_HEADS.keys());
export const FIELDS = new PhraseIndex(FIELD_PHRASES);
export const OFFICIAL = new PhraseIndex(OFFICIAL_EXCEPTIONS);

/** Heads whose "nhân dân" is part of the name, lower case (ND30 IV.1a "Ủy ban nhân dân tỉnh Lào Cai"). */
export const NHAN_DAN_HEADS = new Set(
  ['ủy ban', 'hội đồng', 'tòa án', 'viện kiểm sát', 'quân đội', 'công an'].map(key),
);

/** Nouns of administrative units and places: a capitalised word after one is a place name (ND30 III.1a). */
export const PLACE_NOUNS = new Set(
  [
    'tỉnh',
    'phố',
    'huyện',
    'quận',
    'xã',
    'phường',
    'trấn',
    'thôn',
    'ấp',
    'bản',
    'làng',
    'xóm',
    'tổ',
    'khu',
    'đường',
    'sông',
    'núi',
    'chợ',
    'cầu',
  ].map(key),
);

/**
 * Capitalised words that are surnames or common middle names: a head right after one is part of a
 * person's name ("Nguyễn Văn Phòng"), not an organisation.
 */
export const NAME_WORDS = new Set(
  `Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Đào
  Trịnh Mai Lương Tạ Hà Lò Văn Thị Đình Đức Hữu Công Quang Minh Thanh Ngọc Xuân Kim Bá Mạnh Tiến`
    .split(/\s+/)
    .map(key),
);

/**
 * Abbreviations that end with a dot inside a sentence (the next word may be lower case): "v.v.", "TP.",
 * "TS.", "tr." … (writing.md §1.2 I, checker note).
 */
export const DOT_ABBREVIATIONS = new Set(
  [
    'v.v',
    'vv',
    'tp',
    'q',
    'p',
    'ts',
    'ths',
    'pgs',
    'gs',
    'bs',
    'ks',
    'cn',
    'tx',
    'tt',
    'tr',
    'nxb',
    'st',
    'đ/c',
    'ô',
    'bà',
    'k/t',
    't/m',
    't/l',
    'tm',
    'kt',
    'tl',
    'tuq',
    'sđd',
    'vd',
    'etc',
    'h',
    'x',
  ].map(key),
);

/** NHAN_DAN_HEADS by their words. */
export const NHAN_DAN = new PhraseIndex(NHAN_DAN_HEADS);
