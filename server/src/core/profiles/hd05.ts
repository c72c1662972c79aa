// hd05: Party documents dated from 27/5/2026.
// Source: Hướng dẫn 05-HD/VPTW ngày 27/5/2026 của Văn phòng Trung ương Đảng (replaces 36-HD/VPTW),
// with Quy định 399-QĐ/TW (09/01/2026). Type codes: HD05 3.1.2a (Quy định is "QĐ", no more "QĐi").
// Nơi nhận items end with ";" (HD05 9.2.5); archive line "- Lưu Văn phòng … ." (HD05 9).
// Signature: HD05 7.1.1 – 7.1.4.
import type { ProfileData } from './types';
import { PARTY_TITLES_UNDER_TM, PARTY_TITLES_UNDER_TL, PARTY_TYPE_CODES } from './party-common';

export const hd05: ProfileData = {
  id: 'hd05',
  family: 'party',
  name: {
    vi: 'Hướng dẫn 05-HD/VPTW (văn bản Đảng từ 27/5/2026)',
    en: 'Guide 05-HD/VPTW (Party documents from 27 May 2026)',
  },
  shortName: 'Hướng dẫn 05-HD/VPTW',
  source: 'Hướng dẫn 05-HD/VPTW ngày 27/5/2026; Quy định 399-QĐ/TW ngày 09/01/2026',
  typeCodes: { ...PARTY_TYPE_CODES, QĐ: 'Quyết định / Quy định' },
  recipientItemEnd: ';',
  archiveExample: '- Lưu Văn phòng Tỉnh ủy.',
  archiveStateForm: false,
  authorities: ['T/M', 'K/T', 'T/L', 'Q.'],
  foreignAuthorities: ['TM.', 'KT.', 'TL.', 'TUQ.', 'T/M.'],
  titlesUnderTM: PARTY_TITLES_UNDER_TM,
  titlesUnderTL: PARTY_TITLES_UNDER_TL,
};
