// hd36: Party documents dated 03/4/2018 – 26/5/2026.
// Source: Hướng dẫn 36-HD/VPTW ngày 03/4/2018 của Văn phòng Trung ương Đảng, with Quy định 66-QĐ/TW
// (06/02/2017). Nơi nhận items end with "," (medium confidence: observed practice and HD36-based
// tools; the HD36 sentence itself was not read), archive line "- Lưu …." with no colon and no VT.
import type { ProfileData } from './types';
import { PARTY_TITLES_UNDER_TM, PARTY_TITLES_UNDER_TL, PARTY_TYPE_CODES } from './party-common';

export const hd36: ProfileData = {
  id: 'hd36',
  family: 'party',
  name: {
    vi: 'Hướng dẫn 36-HD/VPTW (văn bản Đảng 03/4/2018 – 26/5/2026)',
    en: 'Guide 36-HD/VPTW (Party documents 3 Apr 2018 – 26 May 2026)',
  },
  shortName: 'Hướng dẫn 36-HD/VPTW',
  source: 'Hướng dẫn 36-HD/VPTW ngày 03/4/2018; Quy định 66-QĐ/TW ngày 06/02/2017',
  typeCodes: { ...PARTY_TYPE_CODES, QĐ: 'Quyết định', QĐi: 'Quy định' },
  recipientItemEnd: ',',
  archiveExample: '- Lưu Văn phòng Tỉnh ủy.',
  archiveStateForm: false,
  authorities: ['T/M', 'K/T', 'T/L', 'Q.'],
  foreignAuthorities: ['TM.', 'KT.', 'TL.', 'TUQ.', 'T/M.'],
  titlesUnderTM: PARTY_TITLES_UNDER_TM,
  titlesUnderTL: PARTY_TITLES_UNDER_TL,
};
