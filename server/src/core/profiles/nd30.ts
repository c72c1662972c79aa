// nd30: state documents (Quốc hiệu "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").
// Source: Nghị định 30/2020/NĐ-CP ngày 05/3/2020 về công tác văn thư, Phụ lục I (thể thức) and
// Phụ lục III (type codes). Nơi nhận items end with ";", archive line "- Lưu: VT, <đơn vị> (n)."
// (PL I II.9); authorities TM., Q., KT., TL., TUQ. (PL I II.7b).
import type { ProfileData } from './types';

export const nd30: ProfileData = {
  id: 'nd30',
  family: 'state',
  name: { vi: 'Nghị định 30/2020/NĐ-CP (văn bản hành chính nhà nước)', en: 'Decree 30/2020/ND-CP (state administrative documents)' },
  shortName: 'Nghị định 30/2020/NĐ-CP',
  source: 'Nghị định 30/2020/NĐ-CP ngày 05/3/2020, Phụ lục I và Phụ lục III',
  typeCodes: {
    NQ: 'Nghị quyết', QĐ: 'Quyết định', CT: 'Chỉ thị', QC: 'Quy chế', QyĐ: 'Quy định', TC: 'Thông cáo',
    TB: 'Thông báo', HD: 'Hướng dẫn', CTr: 'Chương trình', KH: 'Kế hoạch', PA: 'Phương án', ĐA: 'Đề án',
    DA: 'Dự án', BC: 'Báo cáo', BB: 'Biên bản', TTr: 'Tờ trình', HĐ: 'Hợp đồng', CĐ: 'Công điện',
    BGN: 'Bản ghi nhớ', BTT: 'Bản thỏa thuận', GUQ: 'Giấy ủy quyền', GM: 'Giấy mời', GGT: 'Giấy giới thiệu',
    GNP: 'Giấy nghỉ phép', PG: 'Phiếu gửi', PC: 'Phiếu chuyển', PB: 'Phiếu báo', GP: 'Giấy phép',
  },
  recipientItemEnd: ';',
  archiveExample: '- Lưu: VT, VP.',
  archiveStateForm: true,
  authorities: ['TM.', 'KT.', 'TL.', 'TUQ.', 'Q.'],
  foreignAuthorities: [],
  titlesUnderTM: [],
  titlesUnderTL: [],
};
