// Document types (tên loại) and their type codes (ký hiệu tên loại).
// Party codes: Hướng dẫn 05-HD/VPTW 3.1.2a (and 36-HD/VPTW); state codes: Nghị định 30/2020/NĐ-CP, Phụ lục III.

export interface DocType {
  /** Upper-case name as it stands on the title line. */
  name: string;
  /** Vietnamese name in running text. */
  word: string;
  party: string[];
  state: string[];
}

export const DOC_TYPES: DocType[] = [
  { name: 'KẾT LUẬN', word: 'Kết luận', party: ['KL'], state: ['KL'] },
  { name: 'THÔNG BÁO', word: 'Thông báo', party: ['TB'], state: ['TB'] },
  { name: 'NGHỊ QUYẾT', word: 'Nghị quyết', party: ['NQ'], state: ['NQ'] },
  { name: 'QUYẾT ĐỊNH', word: 'Quyết định', party: ['QĐ'], state: ['QĐ'] },
  { name: 'CHỈ THỊ', word: 'Chỉ thị', party: ['CT'], state: ['CT'] },
  { name: 'QUY ĐỊNH', word: 'Quy định', party: ['QĐ', 'QĐi'], state: ['QyĐ'] },
  { name: 'QUY CHẾ', word: 'Quy chế', party: ['QC'], state: ['QC'] },
  { name: 'HƯỚNG DẪN', word: 'Hướng dẫn', party: ['HD'], state: ['HD'] },
  { name: 'BÁO CÁO', word: 'Báo cáo', party: ['BC'], state: ['BC'] },
  { name: 'KẾ HOẠCH', word: 'Kế hoạch', party: ['KH'], state: ['KH'] },
  { name: 'CHƯƠNG TRÌNH', word: 'Chương trình', party: ['CTr'], state: ['CTr'] },
  { name: 'TỜ TRÌNH', word: 'Tờ trình', party: ['TTr'], state: ['TTr'] },
  { name: 'CÔNG VĂN', word: 'Công văn', party: ['CV'], state: [] },
  { name: 'BIÊN BẢN', word: 'Biên bản', party: ['BB'], state: ['BB'] },
  { name: 'THÔNG TRI', word: 'Thông tri', party: ['TT'], state: [] },
  { name: 'THÔNG CÁO', word: 'Thông cáo', party: ['TC'], state: ['TC'] },
  { name: 'ĐỀ ÁN', word: 'Đề án', party: ['ĐA'], state: ['ĐA'] },
  { name: 'PHƯƠNG ÁN', word: 'Phương án', party: ['PA'], state: ['PA'] },
  { name: 'DỰ ÁN', word: 'Dự án', party: ['DA'], state: ['DA'] },
  { name: 'QUY HOẠCH', word: 'Quy hoạch', party: ['QH'], state: ['QH'] },
  { name: 'GIẤY MỜI', word: 'Giấy mời', party: [], state: ['GM'] },
  { name: 'GIẤY PHÉP', word: 'Giấy phép', party: [], state: ['GP'] },
  { name: 'GIẤY GIỚI THIỆU', word: 'Giấy giới thiệu', party: [], state: ['GGT'] },
  { name: 'CÔNG ĐIỆN', word: 'Công điện', party: [], state: ['CĐ'] },
  { name: 'NGHỊ ĐỊNH', word: 'Nghị định', party: [], state: ['NĐ'] },
  { name: 'THÔNG TƯ', word: 'Thông tư', party: [], state: ['TT'] },
];

/** Longest names first, so "THÔNG BÁO KẾT LUẬN" is a THÔNG BÁO and "QUY ĐỊNH" is not cut short. */
const BY_LENGTH = [...DOC_TYPES].sort((a, b) => b.name.length - a.name.length);

/** The document type named at the start of an upper-case title line, if any. */
export function typeFromTitle(upperView: string): DocType | null {
  const t = upperView.replace(/\s+/g, ' ').trim();
  for (const dt of BY_LENGTH) {
    if (t === dt.name || t.startsWith(dt.name + ' ')) return dt;
  }
  return null;
}

export function typeByCode(code: string, family: 'party' | 'state'): DocType | null {
  return DOC_TYPES.find((d) => (family === 'party' ? d.party : d.state).includes(code)) ?? null;
}

/** Type word at the start of a citation ("Kết luận", "Nghị định" …), case-insensitive. */
const BY_WORD = new Map(DOC_TYPES.map((d) => [d.word.toLowerCase(), d]));
const WORD_SEEN = new Map<string, DocType | null>(); // a draft cites the same few type words many times
export function typeByWord(word: string): DocType | null {
  let dt = WORD_SEEN.get(word);
  // Stryker disable next-line ConditionalExpression: looking the word up again gives the same answer (a cache)
  if (dt === undefined) {
    dt = BY_WORD.get(word.toLowerCase().replace(/\s+/g, ' ').trim()) ?? null;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: the cache's bound changes no answer
    if (WORD_SEEN.size < 1000) WORD_SEEN.set(word, dt);
  }
  return dt;
}
