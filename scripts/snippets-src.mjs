// Source of snippets/ketluan.code-snippets (run: node scripts/snippets-src.mjs). Templates are written
// here as plain lines so they stay readable; the JSON file is what VS Code loads.
import { writeFileSync } from 'node:fs';
import { addStateSnippets } from './snippets-state.mjs';

const header = (issuerParent, issuer, code, place) => [
  `\${1:${issuerParent}}                    ĐẢNG CỘNG SẢN VIỆT NAM`,
  `\${2:${issuer}}`,
  '*',
  `Số \${3:   }-${code}                            \${4:${place}}, ngày \${5:   } tháng \${6:   } năm $CURRENT_YEAR`,
  '',
];
const body = (opening, formula) => [
  `\${7:Ngày … tháng … năm …}, ${opening} ${formula}`,
  '',
  'I. ${8:ĐÁNH GIÁ CHUNG}',
  '',
  '${9:Nội dung đánh giá.}',
  '',
  'II. ${10:NHIỆM VỤ, GIẢI PHÁP}',
  '',
  '1. ${11:Nhiệm vụ thứ nhất.}',
  '',
  '2. ${12:Nhiệm vụ thứ hai.}',
  '',
  'III. TỔ CHỨC THỰC HIỆN',
  '',
  '1. ${13:Các cơ quan, đơn vị} tổ chức thực hiện Kết luận này.',
  '',
  '2. ${14:Văn phòng Đảng ủy} theo dõi, đôn đốc, báo cáo kết quả thực hiện.',
  '',
];
const recipients = (end) => [
  `- \${15:Ban Thường vụ Tỉnh ủy (để báo cáo)}${end}`,
  `- \${16:Các chi bộ trực thuộc}${end}`,
  `- Lưu \${17:Văn phòng Đảng ủy}.`,
];
const footer = (end, authority, title) => {
  const r = recipients(end);
  return [
    `Nơi nhận:                                ${authority}`,
    `${r[0]}    ${title}`,
    r[1],
    r[2],
    '',
    '                                         ${18:Họ Và Tên}',
    '$0',
  ];
};
const thongBaoBody = [
  '${7:Ngày … tháng … năm …}, Thường trực ${8:Đảng ủy} làm việc với ${9:…} về ${10:…}. Sau khi nghe báo cáo và ý kiến '
    + 'của các đồng chí dự họp, Thường trực ${8:Đảng ủy} kết luận như sau:',
  '',
  '1. ${11:Về kết quả thực hiện nhiệm vụ}',
  '',
  '${12:Nội dung.}',
  '',
  '2. ${13:Về nhiệm vụ thời gian tới}',
  '',
  '${14:Nội dung.}',
  '',
  'Văn phòng ${8:Đảng ủy} thông báo ý kiến kết luận của Thường trực ${8:Đảng ủy} để các đồng chí biết, thực hiện.',
  '',
];

function document(regime, kind) {
  const end = regime === 'hd05' ? ';' : ',';
  const lines = [];
  if (regime === 'hd36') lines.push('<!-- ketluan-profile hd36 -->');
  if (kind === 'bch') {
    lines.push(...header('ĐẢNG BỘ TỈNH …', 'ĐẢNG ỦY XÃ …', 'KL/ĐU', 'Địa danh'));
    lines.push('KẾT LUẬN', 'Hội nghị Ban Chấp hành Đảng bộ ${20:xã} lần thứ ${21:…}', 'về ${22:…}', '-----', '');
    lines.push(
      ...body(
        'Ban Chấp hành Đảng bộ ${20:xã} họp Hội nghị lần thứ ${21:…}, thảo luận ${23:…}.',
        'Hội nghị kết luận như sau:',
      ),
    );
    lines.push(...footer(end, 'T/M ĐẢNG ỦY', 'BÍ THƯ'));
  } else if (kind === 'btv') {
    lines.push(...header('ĐẢNG BỘ TỈNH …', 'ĐẢNG ỦY XÃ …', 'KL/ĐU', 'Địa danh'));
    lines.push('KẾT LUẬN', 'của Ban Thường vụ Đảng ủy ${20:xã}', 'về ${22:…}', '-----', '');
    lines.push(
      ...body('Ban Thường vụ Đảng ủy ${20:xã} họp nghe ${23:…}.', 'Sau khi thảo luận, Ban Thường vụ kết luận như sau:'),
    );
    lines.push(...footer(end, 'T/M BAN THƯỜNG VỤ', 'BÍ THƯ'));
  } else {
    lines.push(...header('ĐẢNG BỘ TỈNH …', 'ĐẢNG ỦY XÃ …', 'TB/ĐU', 'Địa danh'));
    lines.push('THÔNG BÁO', 'kết luận của Thường trực Đảng ủy ${20:xã}', 'tại buổi làm việc với ${22:…}', '-----', '');
    lines.push(...thongBaoBody);
    lines.push(...footer(end, 'T/L BAN THƯỜNG VỤ', 'CHÁNH VĂN PHÒNG'));
  }
  return lines;
}

const S = {};
const REG = {
  hd05: 'HD05, từ 27/5/2026: nơi nhận kết thúc bằng ";"',
  hd36: 'HD36, văn bản trước 27/5/2026: nơi nhận kết thúc bằng ","',
};
for (const regime of ['hd05', 'hd36']) {
  S[`Kết luận hội nghị Ban Chấp hành (${regime.toUpperCase()})`] = {
    prefix: [`kl-bch-${regime}`, 'ketluan-bch'],
    description: `Kết luận của hội nghị Ban Chấp hành đảng bộ, ký T/M ĐẢNG ỦY — ${REG[regime]}`,
    body: document(regime, 'bch'),
  };
  S[`Kết luận Ban Thường vụ (${regime.toUpperCase()})`] = {
    prefix: [`kl-btv-${regime}`, 'ketluan-btv'],
    description: `Kết luận của Ban Thường vụ, ký T/M BAN THƯỜNG VỤ — ${REG[regime]}`,
    body: document(regime, 'btv'),
  };
  S[`Thông báo kết luận Thường trực (${regime.toUpperCase()})`] = {
    prefix: [`tbkl-${regime}`, 'thongbao-ketluan'],
    description: `Thông báo kết luận của Thường trực, ký T/L BAN THƯỜNG VỤ / CHÁNH VĂN PHÒNG — ${REG[regime]}`,
    body: document(regime, 'tb'),
  };
  S[`Nơi nhận (${regime.toUpperCase()})`] = {
    prefix: [`noinhan-${regime}`, 'noi-nhan'],
    description: `Khối "Nơi nhận" — ${REG[regime]}`,
    body: [
      'Nơi nhận:',
      `- \${1:Ban Thường vụ Tỉnh ủy (để báo cáo)}${regime === 'hd05' ? ';' : ','}`,
      `- \${2:Các chi bộ trực thuộc}${regime === 'hd05' ? ';' : ','}`,
      '- Lưu ${3:Văn phòng Đảng ủy}.',
      '$0',
    ],
  };
}
S['Chữ ký T/M cấp ủy'] = {
  prefix: ['chuky-tm-capuy'],
  description: 'Đề ký thay mặt cấp ủy: T/M ĐẢNG ỦY / BÍ THƯ (hoặc PHÓ BÍ THƯ)',
  body: ['T/M ${1|ĐẢNG ỦY,TỈNH ỦY,THÀNH ỦY,CHI BỘ|}', '${2|BÍ THƯ,PHÓ BÍ THƯ|}', '', '', '${3:Họ Và Tên}', '$0'],
};
S['Chữ ký T/M Ban Thường vụ'] = {
  prefix: ['chuky-tm-btv'],
  description: 'Đề ký thay mặt Ban Thường vụ: T/M BAN THƯỜNG VỤ / BÍ THƯ (hoặc PHÓ BÍ THƯ)',
  body: ['T/M BAN THƯỜNG VỤ', '${1|BÍ THƯ,PHÓ BÍ THƯ|}', '', '', '${2:Họ Và Tên}', '$0'],
};
S['Chữ ký T/L Ban Thường vụ'] = {
  prefix: ['chuky-tl'],
  description: 'Ký thừa lệnh Ban Thường vụ: T/L BAN THƯỜNG VỤ / CHÁNH VĂN PHÒNG',
  body: ['T/L BAN THƯỜNG VỤ', '${1|CHÁNH VĂN PHÒNG,PHÓ CHÁNH VĂN PHÒNG|}', '', '', '${2:Họ Và Tên}', '$0'],
};
S['Chữ ký K/T trưởng ban'] = {
  prefix: ['chuky-kt'],
  description: 'Cấp phó ký thay người đứng đầu một ban: K/T TRƯỞNG BAN / PHÓ TRƯỞNG BAN',
  body: ['K/T ${1|TRƯỞNG BAN,CHÁNH VĂN PHÒNG|}', 'PHÓ ${1}', '', '', '${2:Họ Và Tên}', '$0'],
};
S['Viện dẫn văn bản'] = {
  prefix: ['viendan', 'trichdan'],
  description: 'Viện dẫn đầy đủ lần đầu: tên loại, số hiệu, ngày, cơ quan ban hành, trích yếu',
  body: [
    '${1|Kết luận,Nghị quyết,Chỉ thị,Quy định,Hướng dẫn,Kế hoạch,Chương trình,Thông báo|} số '
      + '${2:01}-${3|KL,NQ,CT,QĐ,HD,KH,CTr,TB|}/${4|TU,ĐU,TW|}, ngày ${5:01/01/2026} của ${6:Ban Thường vụ Tỉnh ủy} '
        + 'về ${7:…}$0',
  ],
};
S['Đề mục cấp I'] = {
  prefix: ['muc-la-ma'],
  description: 'Đề mục cấp thứ nhất: I. TÊN ĐỀ MỤC (chữ in hoa)',
  body: ['${1:I}. ${2:TÊN ĐỀ MỤC}', '', '$0'],
};
S['Đề mục cấp 1'] = {
  prefix: ['muc-so'],
  description: 'Đề mục cấp thứ hai: 1. Tên đề mục',
  body: ['${1:1}. ${2:Tên đề mục}', '', '$0'],
};
S['Đề mục cấp 1.1'] = {
  prefix: ['muc-1-1'],
  description: 'Đề mục cấp thứ ba: 1.1. Tên đề mục',
  body: ['${1:1.1}. ${2:Tên đề mục}', '', '$0'],
};
S['Điểm a)'] = {
  prefix: ['diem'],
  description: 'Điểm: a) nội dung (dãy chữ a, b, c, d, đ, e, g…)',
  body: ['${1:a}) ${2:Nội dung};', '$0'],
};

addStateSnippets(S);

writeFileSync('snippets/ketluan.code-snippets', JSON.stringify(S, null, 2) + '\n');
