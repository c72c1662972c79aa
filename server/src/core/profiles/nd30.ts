// nd30: state documents (Quốc hiệu "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").
// Source: Nghị định 30/2020/NĐ-CP ngày 05/3/2020 về công tác văn thư, Điều 7 (29 administrative types),
// Phụ lục I (thể thức) and Phụ lục III, Mục I (type names and codes, read from Phuluc3.docx). Nơi nhận
// items end with ";", archive line "- Lưu: VT, <đơn vị> (n)." (PL I II.9); authorities TM., Q., KT., TL.,
// TUQ. (PL I II.7b). Before 05/3/2020 state documents followed Thông tư 01/2011/TT-BNV (see TT01_* below).
import type { ProfileData } from './types';
import type { YMD } from '../dates';

/** Nghị định 30/2020/NĐ-CP, Phụ lục III, Mục I: tên loại văn bản hành chính → chữ viết tắt. */
export const ND30_TYPE_CODES: Record<string, string> = {
  NQ: 'Nghị quyết (cá biệt)',
  QĐ: 'Quyết định (cá biệt)',
  CT: 'Chỉ thị',
  QC: 'Quy chế',
  QyĐ: 'Quy định',
  TC: 'Thông cáo',
  TB: 'Thông báo',
  HD: 'Hướng dẫn',
  CTr: 'Chương trình',
  KH: 'Kế hoạch',
  PA: 'Phương án',
  ĐA: 'Đề án',
  DA: 'Dự án',
  BC: 'Báo cáo',
  BB: 'Biên bản',
  TTr: 'Tờ trình',
  HĐ: 'Hợp đồng',
  CĐ: 'Công điện',
  BGN: 'Bản ghi nhớ',
  BTT: 'Bản thỏa thuận',
  GUQ: 'Giấy ủy quyền',
  GM: 'Giấy mời',
  GGT: 'Giấy giới thiệu',
  GNP: 'Giấy nghỉ phép',
  PG: 'Phiếu gửi',
  PC: 'Phiếu chuyển',
  PB: 'Phiếu báo',
  // Bản sao văn bản (PL III, Mục I, last rows)
  SY: 'Bản sao y',
  TrS: 'Bản trích sao',
  SL: 'Bản sao lục',
};

/** Codes outside Phụ lục III that real state documents carry: specialised documents (ND30 Điều 3.2,
 *  15.1b) and legal normative documents (numbered with the year, "30/2020/NĐ-CP"). */
export const ND30_OTHER_CODES: Record<string, string> = {
  GP: 'Giấy phép (văn bản chuyên ngành)',
  KL: 'Kết luận thanh tra (văn bản chuyên ngành)',
  GCN: 'Giấy chứng nhận (văn bản chuyên ngành)',
  VBHN: 'Văn bản hợp nhất',
  NĐ: 'Nghị định',
  TT: 'Thông tư',
  TTLT: 'Thông tư liên tịch',
  L: 'Luật',
  PL: 'Pháp lệnh',
};

/** 05/3/2020: Nghị định 30/2020/NĐ-CP takes effect (Điều 37), replacing Thông tư 01/2011/TT-BNV. */
export const ND30_FROM: YMD = { y: 2020, m: 3, d: 5 };

/** Type codes of Thông tư 01/2011/TT-BNV no longer in ND30 (accepted in documents dated before 05/3/2020;
 *  from memory of practitioners' lists, low confidence: state-documents.md §5). */
export const TT01_TYPE_CODES: Record<string, string> = {
  UQ: 'Giấy ủy quyền (TT01)',
  NP: 'Giấy nghỉ phép (TT01)',
  TS: 'Bản trích sao (TT01)',
  CN: 'Giấy chứng nhận (TT01)',
  ĐĐ: 'Giấy đi đường (TT01)',
  BN: 'Giấy biên nhận hồ sơ (TT01)',
  BCK: 'Bản cam kết (TT01)',
};

export const nd30: ProfileData = {
  id: 'nd30',
  family: 'state',
  name: {
    vi: 'Nghị định 30/2020/NĐ-CP (văn bản hành chính nhà nước)',
    en: 'Decree 30/2020/ND-CP (state administrative documents)',
  },
  shortName: 'Nghị định 30/2020/NĐ-CP',
  source: 'Nghị định 30/2020/NĐ-CP ngày 05/3/2020, Phụ lục I và Phụ lục III',
  typeCodes: { ...ND30_TYPE_CODES, ...ND30_OTHER_CODES },
  recipientItemEnd: ';',
  archiveExample: '- Lưu: VT, VP.',
  archiveStateForm: true,
  authorities: ['TM.', 'KT.', 'TL.', 'TUQ.', 'Q.'],
  foreignAuthorities: ['T/M', 'K/T', 'T/L', 'T/M.', 'K/T.', 'T/L.'],
  titlesUnderTM: ['CHỦ TỊCH', 'THỦ TƯỚNG'],
  titlesUnderTL: ['CHÁNH VĂN PHÒNG', 'PHÓ CHÁNH VĂN PHÒNG', 'TRƯỞNG PHÒNG', 'VỤ TRƯỞNG', 'CỤC TRƯỞNG'],
};
