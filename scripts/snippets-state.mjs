// State templates (Nghị định 30/2020/NĐ-CP) for snippets/ketluan.code-snippets, added by snippets-src.mjs.
// Layout as in Phụ lục III (Mẫu 1.1–1.5): issuer left, Quốc hiệu and Tiêu ngữ right, "Số:" and the date on
// one row, drawn rules written as "____"; signature blocks from Điều 13 and PL I II.7b.

const header = (code, title) => [
  'ỦY BAN NHÂN DÂN                          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  '${1|XÃ,HUYỆN,TỈNH|} ${2:…}                              Độc lập - Tự do - Hạnh phúc',
  '_____________                                   ___________________________',
  '',
  `Số: \${3:   }/${code}                          \${4:Địa danh}, ngày \${5:   } tháng \${6:   } năm $CURRENT_YEAR`,
  ...(title ? ['', title] : []),
];

const tbklBody = (signature) => [
  ...header('TB-UBND', 'THÔNG BÁO'),
  'Kết luận của Chủ tịch Ủy ban nhân dân ${7:xã} tại cuộc họp',
  'về ${8:…}',
  '__________',
  '',
  '${9:Ngày … tháng … năm …}, đồng chí ${10:…}, Chủ tịch Ủy ban nhân dân ${7:xã} chủ trì cuộc họp về ${8:…}. ' +
    'Sau khi nghe ${11:…} báo cáo và ý kiến của các đại biểu dự họp, ' +
    'Chủ tịch Ủy ban nhân dân ${7:xã} kết luận như sau:',
  '',
  '1. ${12:Đánh giá chung}',
  '',
  '${13:Nội dung.}',
  '',
  '2. ${14:Nhiệm vụ thời gian tới}',
  '',
  '${15:Nội dung.}',
  '',
  'Văn phòng Ủy ban nhân dân ${7:xã} thông báo để các cơ quan, đơn vị biết, thực hiện./.',
  '',
  ...signature,
  '',
  '                                                  ${19:Họ Và Tên}',
  '$0',
];

export function addStateSnippets(S) {
  S['Thông báo kết luận của Chủ tịch UBND, ký TL. (NĐ30)'] = {
    prefix: ['tbkl-nd30', 'thongbao-ketluan-ubnd'],
    description:
      'Thông báo kết luận của Chủ tịch Ủy ban nhân dân xã/huyện/tỉnh, ký TL. CHỦ TỊCH / CHÁNH VĂN PHÒNG' +
      ' — Nghị định 30/2020/NĐ-CP',
    body: tbklBody([
      'Nơi nhận:                                         TL. CHỦ TỊCH',
      '- ${16:Chủ tịch, các Phó Chủ tịch UBND};          CHÁNH VĂN PHÒNG',
      '- ${17:Các cơ quan, đơn vị liên quan};',
      '- Lưu: VT, ${18:VP}.',
    ]),
  };
  S['Thông báo kết luận của Chủ tịch UBND, ký TL. và KT. (NĐ30)'] = {
    prefix: ['tbkl-kt-nd30', 'thongbao-ketluan-ubnd'],
    description:
      'Thông báo kết luận của Chủ tịch Ủy ban nhân dân, ' +
      'ký TL. CHỦ TỊCH / KT. CHÁNH VĂN PHÒNG / PHÓ CHÁNH VĂN PHÒNG — Nghị định 30/2020/NĐ-CP',
    body: tbklBody([
      'Nơi nhận:                                         TL. CHỦ TỊCH',
      '- ${16:Chủ tịch, các Phó Chủ tịch UBND};          KT. CHÁNH VĂN PHÒNG',
      '- ${17:Các cơ quan, đơn vị liên quan};            PHÓ CHÁNH VĂN PHÒNG',
      '- Lưu: VT, ${18:VP}.',
    ]),
  };
  S['Công văn của UBND (NĐ30)'] = {
    prefix: ['congvan-nd30', 'cong-van'],
    description:
      'Công văn của Ủy ban nhân dân: V/v …, Kính gửi, ký KT. CHỦ TỊCH / PHÓ CHỦ TỊCH' + ' — Nghị định 30/2020/NĐ-CP',
    body: [
      ...header('UBND-${7:VP}', null),
      'V/v ${8:…}',
      '',
      'Kính gửi:',
      '- ${9:Cơ quan thứ nhất};',
      '- ${10:Cơ quan thứ hai}.',
      '',
      '${11:Nội dung công văn.}/.',
      '',
      'Nơi nhận:                                         KT. CHỦ TỊCH',
      '- Như trên;                                       PHÓ CHỦ TỊCH',
      '- Lưu: VT, ${7:VP}.',
      '',
      '                                                  ${12:Họ Và Tên}',
      '$0',
    ],
  };
  S['Quyết định của Chủ tịch UBND (NĐ30)'] = {
    prefix: ['quyetdinh-nd30', 'quyet-dinh'],
    description:
      'Quyết định của Chủ tịch Ủy ban nhân dân: thẩm quyền, căn cứ, Điều 1…, ký CHỦ TỊCH' +
      ' — Nghị định 30/2020/NĐ-CP',
    body: [
      ...header('QĐ-UBND', 'QUYẾT ĐỊNH'),
      'Về việc ${7:…}',
      '__________',
      '',
      'CHỦ TỊCH ỦY BAN NHÂN DÂN ${1} ${2}',
      '',
      'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;',
      'Căn cứ ${8:…};',
      'Theo đề nghị của ${9:…}.',
      '',
      'QUYẾT ĐỊNH:',
      '',
      'Điều 1. ${10:Nội dung.}',
      '',
      'Điều 2. Quyết định này có hiệu lực kể từ ngày ký.',
      '',
      'Điều 3. Chánh Văn phòng Ủy ban nhân dân, ${11:…} chịu trách nhiệm thi hành Quyết định này./.',
      '',
      'Nơi nhận:                                         CHỦ TỊCH',
      '- Như Điều 3;',
      '- Lưu: VT, ${12:VP}.',
      '',
      '                                                  ${13:Họ Và Tên}',
      '$0',
    ],
  };
}
