// `ketluan inspect`: the document model as JSON, pinned whole for a Kết luận and a state công văn (what a user
// reads when they ask how the checker read their draft). Lines are 1-based.
import { describe, it, expect } from 'vitest';
import { parse, inspect } from '../server/src/core';

const TODAY = { y: 2026, m: 11, d: 22 };

const OPENING =
  'Ngày 01 tháng 11 năm 2026, Ban Thường vụ Tỉnh ủy họp nghe báo cáo. Ban Thường vụ Tỉnh ủy kết luận như sau:';

const KL = [
  'ĐẢNG BỘ TỈNH ĐỒNG THẠNH                  ĐẢNG CỘNG SẢN VIỆT NAM',
  'TỈNH ỦY ĐỒNG THẠNH',
  '*',
  'Số 05-KL/TU                              Đồng Thạnh, ngày 10 tháng 11 năm 2026',
  '',
  'KẾT LUẬN',
  'của Ban Thường vụ Tỉnh ủy',
  'về công tác thanh niên',
  '-----',
  '',
  OPENING,
  '',
  'I. ĐÁNH GIÁ CHUNG',
  '',
  'Thực hiện Kết luận số 12-KL/TU ngày 05/3/2025 của Tỉnh ủy, công tác có chuyển biến.',
  '',
  'II. NHIỆM VỤ',
  '',
  '1. Tỉnh đoàn hoàn thành đề án trước ngày 31/12/2026.',
  '',
  '2. Sở Nội vụ chủ trì thực hiện Nghị định số 30/2020/NĐ-CP.',
  '',
  'Nơi nhận:                                T/M BAN THƯỜNG VỤ',
  '- Các huyện ủy, thành ủy,                PHÓ BÍ THƯ',
  '  đảng ủy trực thuộc,',
  '- Lưu Văn phòng Tỉnh ủy.',
  '',
  '                                         Nguyễn Văn An',
  '',
].join('\n');

const CONG_VAN = [
  'ỦY BAN NHÂN DÂN                          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'XÃ TÂN LẬP                               Độc lập - Tự do - Hạnh phúc',
  '',
  'Số: 15/UBND-VP                           Tân Lập, ngày 05 tháng 3 năm 2026',
  'V/v rà soát hồ sơ',
  '',
  'Kính gửi: Ủy ban nhân dân huyện Đức Trọng.',
  '',
  'Ủy ban nhân dân xã báo cáo trước ngày 31/02/2026 như sau.',
  '',
  'Nơi nhận:                                KT. CHỦ TỊCH',
  '- Như trên;                              PHÓ CHỦ TỊCH',
  '- Lưu: VT, VP.',
  '',
  '                                         Trần Thị Bình',
  '',
  'Phụ lục',
  '',
].join('\n');

describe('inspect', () => {
  it('a Kết luận: header, opening, outline, citations, dates, Nơi nhận and signature', () => {
    expect(inspect(parse(KL, { today: TODAY }))).toEqual({
      profile: 'hd05',
      profileSource: 'auto',
      family: 'party',
      familyConfidence: 'high',
      familySignals: [
        { family: 'party', kind: 'party-title', text: 'ĐẢNG CỘNG SẢN VIỆT NAM', line: 1, weight: 3 },
        { family: 'party', kind: 'issuer', text: 'ĐẢNG BỘ TỈNH ĐỒNG THẠNH', line: 1, weight: 2 },
        { family: 'party', kind: 'number-shape', text: 'Số 05-KL/TU', line: 4, weight: 2 },
        { family: 'party', kind: 'authority', text: 'T/M BAN THƯỜNG VỤ', line: 23, weight: 1 },
        { family: 'party', kind: 'archive', text: '- Lưu Văn phòng Tỉnh ủy.', line: 26, weight: 1 },
        { family: 'party', kind: 'star', text: '*', line: 3, weight: 1 },
        { family: 'party', kind: 'separator', text: '-----', line: 9, weight: 1 },
      ],
      documentType: 'KL',
      referenceDate: '2026-11-10',
      referenceDateSource: 'issue-date',
      comparisonDate: '2026-11-10',
      meetingDate: '2026-11-01',
      header: {
        partyTitle: { text: 'ĐẢNG CỘNG SẢN VIỆT NAM', line: 1 },
        stateMotto: [],
        issuer: [
          { text: 'ĐẢNG BỘ TỈNH ĐỒNG THẠNH', line: 1 },
          { text: 'TỈNH ỦY ĐỒNG THẠNH', line: 2 },
        ],
        star: { text: '*', line: 3 },
        number: {
          text: 'Số 05-KL/TU',
          line: 4,
          shape: 'party',
          number: '05',
          typeCode: 'KL',
          issuerCode: 'TU',
          colon: false,
        },
        placeAndDate: {
          text: 'Đồng Thạnh, ngày 10 tháng 11 năm 2026',
          line: 4,
          place: 'Đồng Thạnh',
          date: '2026-11-10',
        },
        title: { text: 'KẾT LUẬN', line: 6 },
        trichYeu: [
          { text: 'của Ban Thường vụ Tỉnh ủy', line: 7 },
          { text: 'về công tác thanh niên', line: 8 },
        ],
        separator: { text: '-----', line: 9 },
        kinhGui: null,
      },
      opening: {
        text: OPENING,
        line: 11,
      },
      sections: [
        { number: 'I', kind: 'roman', title: 'ĐÁNH GIÁ CHUNG', line: 13, endLine: 15, children: [] },
        {
          number: 'II',
          kind: 'roman',
          title: 'NHIỆM VỤ',
          line: 17,
          endLine: 21,
          children: [
            {
              number: '1',
              kind: 'arabic',
              title: 'Tỉnh đoàn hoàn thành đề án trước ngày 31/12/2026',
              line: 19,
              endLine: 19,
              children: [],
            },
            {
              number: '2',
              kind: 'arabic',
              title: 'Sở Nội vụ chủ trì thực hiện Nghị định số 30/2020/NĐ-CP',
              line: 21,
              endLine: 21,
              children: [],
            },
          ],
        },
      ],
      citations: [
        {
          typeWord: 'Kết luận',
          number: '12-KL/TU',
          shape: 'party',
          typeCode: 'KL',
          issuerCode: 'TU',
          year: null,
          date: '2025-03-05',
          dateText: '05/3/2025',
          issuerPhrase: 'Tỉnh ủy',
          line: 15,
        },
        {
          typeWord: 'Nghị định',
          number: '30/2020/NĐ-CP',
          shape: 'law',
          typeCode: 'NĐ',
          issuerCode: 'CP',
          year: 2020,
          date: null,
          dateText: null,
          issuerPhrase: null,
          line: 21,
        },
      ],
      dates: [
        { text: '01/11/2026', date: '2026-11-01', valid: true, deadline: false, line: 11 },
        { text: '05/3/2025', date: '2025-03-05', valid: true, deadline: false, line: 15 },
        { text: '31/12/2026', date: '2026-12-31', valid: true, deadline: true, line: 19 },
      ],
      recipients: {
        label: { text: 'Nơi nhận:', line: 23 },
        items: [
          { text: '- Các huyện ủy, thành ủy, đảng ủy trực thuộc,', line: 24, endLine: 25, archive: false },
          { text: '- Lưu Văn phòng Tỉnh ủy.', line: 26, endLine: 26, archive: true },
        ],
      },
      signature: {
        authority: 'T/M BAN THƯỜNG VỤ',
        authorityKind: 'T/M',
        title: 'PHÓ BÍ THƯ',
        titles: ['PHÓ BÍ THƯ'],
        signerName: 'Nguyễn Văn An',
        honorific: null,
        lines: { first: 23, last: 28 },
      },
      appendixLine: null,
    });
  });
  it('a state công văn: the motto, a number with a colon and no type code, Kính gửi, a bad date, an annex', () => {
    expect(inspect(parse(CONG_VAN, { today: TODAY }))).toEqual({
      profile: 'nd30',
      profileSource: 'auto',
      family: 'state',
      familyConfidence: 'high',
      familySignals: [
        { family: 'state', kind: 'state-motto', text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', line: 1, weight: 3 },
        { family: 'state', kind: 'issuer', text: 'ỦY BAN NHÂN DÂN', line: 1, weight: 2 },
        { family: 'state', kind: 'number-shape', text: 'Số: 15/UBND-VP', line: 4, weight: 2 },
        { family: 'state', kind: 'number-colon', text: 'Số: 15/UBND-VP', line: 4, weight: 1 },
        { family: 'state', kind: 'authority', text: 'KT. CHỦ TỊCH', line: 11, weight: 1 },
        { family: 'state', kind: 'archive', text: '- Lưu: VT, VP.', line: 13, weight: 1 },
      ],
      documentType: 'CV',
      referenceDate: '2026-03-05',
      referenceDateSource: 'issue-date',
      comparisonDate: '2026-03-05',
      meetingDate: null,
      header: {
        partyTitle: null,
        stateMotto: [
          { text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', line: 1 },
          { text: 'Độc lập - Tự do - Hạnh phúc', line: 2 },
        ],
        issuer: [
          { text: 'ỦY BAN NHÂN DÂN', line: 1 },
          { text: 'XÃ TÂN LẬP', line: 2 },
        ],
        star: null,
        number: {
          text: 'Số: 15/UBND-VP',
          line: 4,
          shape: 'state',
          number: '15',
          typeCode: null,
          issuerCode: 'UBND',
          colon: true,
        },
        placeAndDate: { text: 'Tân Lập, ngày 05 tháng 3 năm 2026', line: 4, place: 'Tân Lập', date: '2026-03-05' },
        title: null,
        trichYeu: [],
        separator: null,
        kinhGui: { text: 'Kính gửi: Ủy ban nhân dân huyện Đức Trọng.', line: 7 },
      },
      opening: { text: 'Ủy ban nhân dân xã báo cáo trước ngày 31/02/2026 như sau.', line: 9 },
      sections: [],
      citations: [],
      dates: [{ text: '31/02/2026', date: null, valid: false, deadline: true, line: 9 }],
      recipients: {
        label: { text: 'Nơi nhận:', line: 11 },
        items: [
          { text: '- Như trên;', line: 12, endLine: 12, archive: false },
          { text: '- Lưu: VT, VP.', line: 13, endLine: 13, archive: true },
        ],
      },
      signature: {
        authority: 'KT. CHỦ TỊCH',
        authorityKind: 'KT.',
        title: 'PHÓ CHỦ TỊCH',
        titles: ['PHÓ CHỦ TỊCH'],
        signerName: 'Trần Thị Bình',
        honorific: null,
        lines: { first: 11, last: 15 },
      },
      appendixLine: 17,
    });
  });
  it('the reference date: none shown for today, the setting when given', () => {
    const text = 'Báo cáo tình hình.\n\nNội dung.';
    const today = inspect(parse(text, { today: TODAY }));
    expect([today.referenceDate, today.referenceDateSource, today.comparisonDate, today.profile]).toEqual([
      null,
      null,
      null,
      'hd05',
    ]);
    const set = inspect(parse(text, { today: TODAY, referenceDate: { y: 2026, m: 1, d: 2 } }));
    expect([set.referenceDate, set.referenceDateSource, set.comparisonDate, set.profile]).toEqual([
      '2026-01-02',
      'setting',
      '2026-01-02',
      'hd36',
    ]);
  });
});
