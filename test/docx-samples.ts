// The project's own sample documents as .docx descriptions: a clean Party Kết luận (HD05) and a clean state
// Thông báo (NĐ30), laid out per ../shared/reference/layout.md. Tests derive one fault per variant from them.
import { pageHeader, type Block, type DocSpec, type ParaSpec } from './docx-build';

export const BODY: Partial<ParaSpec> = { jc: 'both', ind: 567, after: 120, line: 360, lineRule: 'exact' };
const b = (text: string, extra: Partial<ParaSpec> = {}): ParaSpec => ({ text, ...BODY, ...extra });
const c = (text: string, extra: Partial<ParaSpec> = {}): ParaSpec => ({ text, jc: 'center', ...extra });

export function partyHeader(): Block {
  return {
    table: [
      [
        [c('ĐẢNG BỘ TỈNH LÂM ĐỒNG'), c('ĐẢNG ỦY XÃ ĐẠ HUOAI', { b: true }), c('*'), c('Số 14-KL/ĐU')],
        [
          c('ĐẢNG CỘNG SẢN VIỆT NAM', { b: true, sz: 15, border: true }),
          c(''),
          c('Đạ Huoai, ngày 20 tháng 10 năm 2026', { i: true }),
        ],
      ],
    ],
  };
}

export function partyBody(): ParaSpec[] {
  return [
    b(
      'Ngày 16 tháng 10 năm 2026, Ban Thường vụ Đảng ủy xã họp nghe Ủy ban nhân dân xã báo cáo kết quả thực hiện ' +
        'nhiệm vụ chín tháng đầu năm. Sau khi thảo luận, Ban Thường vụ Đảng ủy xã kết luận như sau:',
    ),
    b('I. ĐÁNH GIÁ CHUNG', { b: true }),
    b('Chín tháng đầu năm, Đảng bộ xã hoàn thành 14 trên 16 chỉ tiêu; thu ngân sách đạt 81% dự toán.'),
    b('II. NHIỆM VỤ TRỌNG TÂM', { b: true }),
    b('1. Ủy ban nhân dân xã tập trung thu ngân sách, hoàn thành dự toán năm trước ngày 31/12/2026.'),
    b('2. Các chi bộ thôn hoàn thành kiểm điểm, đánh giá đảng viên cuối năm.'),
    b('III. TỔ CHỨC THỰC HIỆN', { b: true }),
    b('Văn phòng Đảng ủy theo dõi, đôn đốc, báo cáo Ban Thường vụ Đảng ủy xã kết quả thực hiện Kết luận này.'),
  ];
}

export function partyClosing(): Block {
  return {
    table: [
      [
        [
          { text: 'Nơi nhận:', u: true },
          { text: '- Ban Thường vụ Tỉnh ủy (để báo cáo);', sz: 12 },
          { text: '- Các đồng chí Đảng ủy viên;', sz: 12 },
          { text: '- Lưu Văn phòng Đảng ủy.', sz: 12 },
        ],
        [c('T/M BAN THƯỜNG VỤ', { b: true }), c('BÍ THƯ'), c(''), c(''), c(''), c('Nguyễn Văn An', { b: true })],
      ],
    ],
  };
}

export function cleanParty(): DocSpec {
  return {
    body: [
      partyHeader(),
      { text: '' },
      c('KẾT LUẬN', { b: true, sz: 15, before: 240 }),
      c('của Ban Thường vụ Đảng ủy xã', { b: true }),
      c('về kết quả thực hiện nhiệm vụ chín tháng đầu năm 2026', { b: true }),
      c('-----'),
      ...partyBody(),
      partyClosing(),
    ],
    sect: { titlePg: true, headerDefault: pageHeader() },
  };
}

/** NĐ30 body: line spacing "multiple 1.3" (between single and 1.5 lines). */
const LINES_13: Partial<ParaSpec> = { line: 312, lineRule: 'auto' };

export function cleanState(): DocSpec {
  return {
    body: [
      {
        table: [
          [
            [c('ỦY BAN NHÂN DÂN', { sz: 13 }), c('XÃ TÂN LẬP', { b: true, sz: 13 })],
            [
              c('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { b: true, sz: 13 }),
              c('Độc lập - Tự do - Hạnh phúc', { b: true, sz: 14 }),
            ],
          ],
          [[c('Số: 85/TB-UBND', { sz: 13 })], [c('Tân Lập, ngày 05 tháng 11 năm 2026', { i: true, sz: 14 })]],
        ],
      },
      { text: '' },
      c('THÔNG BÁO', { b: true, sz: 14 }),
      c('Kết luận của Chủ tịch Ủy ban nhân dân xã tại cuộc họp giao ban tháng 10 năm 2026', { b: true, sz: 14 }),
      b(
        'Ngày 30 tháng 10 năm 2026, Chủ tịch Ủy ban nhân dân xã chủ trì cuộc họp giao ban. Sau khi nghe báo cáo, ' +
          'Chủ tịch Ủy ban nhân dân xã kết luận như sau:',
        { line: 312, lineRule: 'auto' },
      ),
      b('1. Công chức địa chính hoàn thành rà soát hồ sơ đất đai trước ngày 30/11/2026.', LINES_13),
      b('2. Văn phòng Ủy ban nhân dân xã theo dõi, đôn đốc thực hiện Thông báo này./.', LINES_13),
      {
        table: [
          [
            [
              { text: 'Nơi nhận:', b: true, i: true, sz: 12 },
              { text: '- Thường trực Đảng ủy xã;', sz: 11 },
              { text: '- Các công chức xã;', sz: 11 },
              { text: '- Lưu: VT, VP.', sz: 11 },
            ],
            [
              c('TL. CHỦ TỊCH', { b: true, sz: 14 }),
              c('CHÁNH VĂN PHÒNG', { b: true, sz: 14 }),
              c(''),
              c(''),
              c('Trần Thị Bình', { b: true, sz: 14 }),
            ],
          ],
        ],
      },
    ],
    sect: { titlePg: true, headerDefault: pageHeader() },
  };
}
