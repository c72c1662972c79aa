// Values shared by both Party regimes (identical in 36-HD/VPTW and 05-HD/VPTW).

/** HD05 7.1.2b: under T/M of a cấp ủy, ủy ban kiểm tra or hội đồng only these titles
 *  (plus TỔNG BÍ THƯ under T/M BAN CHẤP HÀNH TRUNG ƯƠNG). */
export const PARTY_TITLES_UNDER_TM = [
  'BÍ THƯ',
  'PHÓ BÍ THƯ',
  'TỔNG BÍ THƯ',
  'CHỦ NHIỆM',
  'PHÓ CHỦ NHIỆM',
  'CHỦ TỊCH',
  'PHÓ CHỦ TỊCH',
];

/** HD05 7.1.4: under T/L BAN THƯỜNG VỤ the head (or deputy) of the authorised office signs. */
export const PARTY_TITLES_UNDER_TL = ['CHÁNH VĂN PHÒNG', 'PHÓ CHÁNH VĂN PHÒNG', 'TRƯỞNG BAN', 'PHÓ TRƯỞNG BAN'];

/** Academic, military and honorary prefixes that must not stand before a signer's name (HD05 7.1.3). */
export const HONORIFICS = [
  'GS.TSKH.',
  'GS.TS.',
  'PGS.TS.',
  'PGS. TS.',
  'GS. TS.',
  'TSKH.',
  'GS.',
  'PGS.',
  'TS.',
  'ThS.',
  'Th.S.',
  'CN.',
  'KS.',
  'BS.',
  'Ths.',
  'Đại tướng',
  'Thượng tướng',
  'Trung tướng',
  'Thiếu tướng',
  'Đại tá',
  'Thượng tá',
  'Trung tá',
  'Thiếu tá',
  'Đại úy',
  'Thượng úy',
  'Trung úy',
  'Thiếu úy',
  'NGƯT',
  'NGND',
  'Nhà giáo ưu tú',
  'Nhà giáo nhân dân',
];

/** Type codes of Party documents common to both guides (HD05 3.1.2a; HD36 1.3). HD36 adds "QĐi" for Quy định. */
export const PARTY_TYPE_CODES: Record<string, string> = {
  NQ: 'Nghị quyết',
  CT: 'Chỉ thị',
  KL: 'Kết luận',
  QC: 'Quy chế',
  TT: 'Thông tri',
  HD: 'Hướng dẫn',
  TB: 'Thông báo',
  TC: 'Thông cáo',
  BC: 'Báo cáo',
  KH: 'Kế hoạch',
  QH: 'Quy hoạch',
  CTr: 'Chương trình',
  ĐA: 'Đề án',
  PA: 'Phương án',
  DA: 'Dự án',
  TTr: 'Tờ trình',
  CV: 'Công văn',
  BB: 'Biên bản',
  BS: 'Bản sao',
};
