// Word files: the reader (order, tables, text boxes, styles, themes, font slots, sections, page numbers), full
// findings of the clean samples and of one fault per variant (direct and through a style, and a text fault),
// hostile files, the CLI (¶ locations, context, exit codes) and import (a draft that checks the same).
import { describe, it, expect, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import fc from 'fast-check';
import { zipSync, strToU8 } from 'fflate';
import { buildDocx, para, pageHeader, type DocSpec } from './docx-build';
import { cleanParty, cleanState } from './docx-samples';
import { fixtureSpec, type WordFixture } from './docx-fixture';
import { TODAY } from './helpers';
import { readDocx } from '../server/src/docx/reader';
import { checkWord } from '../server/src/docx/check';
import { toDraft } from '../server/src/docx/draft';
import { wordDiagnostics } from '../server/src/cli/word';
import { analyze } from '../server/src/core';

const ROOT = join(__dirname, '..');
const cli = (args: string[]) => spawnSync('node', [join(ROOT, 'bin', 'ketluan.js'), ...args], { encoding: 'utf8' });

function diags(bytes: Uint8Array, language: 'vi' | 'en' = 'vi') {
  const r = checkWord(bytes, { today: TODAY, language });
  if (!r.ok) throw new Error(r.failure.en);
  return wordDiagnostics(r).map((d) => ({
    para: d.line,
    col: d.column,
    endCol: d.endColumn,
    rule: d.rule,
    severity: d.severity,
    message: d.message,
  }));
}
const variant = (f: Partial<WordFixture>) => buildDocx(fixtureSpec({ base: 'party', ...f }));
const BODY_15 = 'Chín tháng đầu năm, Đảng bộ xã hoàn thành 14 trên 16 chỉ tiêu; thu ngân sách đạt 81% dự toán.';
const BODY_20 = 'Văn phòng Đảng ủy theo dõi, đôn đốc, báo cáo Ban Thường vụ Đảng ủy xã kết quả thực hiện Kết luận này.';

function read(spec: DocSpec) {
  const r = readDocx(buildDocx(spec));
  if (!r.ok) throw new Error(r.failure.en);
  return r.doc;
}

describe('reading a .docx', () => {
  it('gives paragraphs in reading order, tables cell by cell (left block, then right block)', () => {
    const doc = read(cleanParty());
    expect(doc.paragraphs.slice(0, 7).map((p) => p.text)).toEqual([
      'ĐẢNG BỘ TỈNH LÂM ĐỒNG',
      'ĐẢNG ỦY XÃ ĐẠ HUOAI',
      '*',
      'Số 14-KL/ĐU',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      '',
      'Đạ Huoai, ngày 20 tháng 10 năm 2026',
    ]);
    expect(doc.paragraphs[4].cell).toEqual({ table: 0, row: 0, col: 1, cols: 2 });
    expect(doc.paragraphs[8].cell).toBeNull();
    expect(doc.paragraphs[4].bottomBorder).toBe(true);
  });

  it(
    'reads a text box in mc:AlternateContent once (the Choice, not the Fallback), skips deleted text, shows "all ' +
      'caps" in capitals',
    () => {
      const box = (t: string) =>
        '<w:r><w:drawing><wps:txbx><w:txbxContent>' +
        `${para({ text: t })}</w:txbxContent></wps:txbx></w:drawing></w:r>`;
      const vml = (t: string) =>
        '<w:r><w:pict><v:textbox><w:txbxContent>' + `${para({ text: t })}</w:txbxContent></v:textbox></w:pict></w:r>`;
      const doc = read({
        body: [
          {
            raw:
              '<w:p><w:r><w:t>Neo </w:t></w:r><mc:AlternateContent>' +
              `<mc:Choice Requires="wps">${box('Trong hộp')}</mc:Choice>` +
              `<mc:Fallback>${vml('Trong hộp')}</mc:Fallback></mc:AlternateContent></w:p>`,
          },
          {
            raw:
              '<w:p><w:r><w:t xml:space="preserve">Giữ </w:t></w:r><w:del w:id="1" w:author="A"><w:r><w:delText>bỏ ' +
              '</w:delText></w:r></w:del><w:ins w:id="2" w:author="A"><w:r><w:t>thêm</w:t></w:r></w:ins></w:p>',
          },
          { runs: [{ text: 'kết luận', caps: true }] },
        ],
      });
      expect(doc.paragraphs.map((p) => [p.text, p.inTextBox])).toEqual([
        ['Trong hộp', true],
        ['Neo ', false],
        ['Giữ thêm', false],
        ['KẾT LUẬN', false],
      ]);
    },
  );

  it(
    'resolves formatting: docDefaults → paragraph style and its basedOn chain → character style → direct; theme ' +
      'fonts; both font slots',
    () => {
      const doc = read({
        defaultRPr: '<w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi"/><w:sz w:val="24"/>',
        theme: { minor: 'Calibri', major: 'Cambria' },
        styles:
          '<w:style w:type="paragraph" w:styleId="A"><w:basedOn w:val="Normal"/><w:pPr><w:jc ' +
          'w:val="center"/></w:pPr><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New ' +
          'Roman"/><w:b/></w:rPr></w:style>' +
          '<w:style w:type="paragraph" w:styleId="B"><w:basedOn w:val="A"/><w:rPr><w:sz ' +
            'w:val="30"/></w:rPr></w:style>' +
          '<w:style w:type="character" w:styleId="C"><w:rPr><w:i/></w:rPr></w:style>',
        body: [
          { text: 'mặc định' },
          {
            style: 'B',
            runs: [
              { text: 'kiểu' },
              { text: ' nghiêng', rStyle: 'C' },
              { text: ' thường', b: false, hAnsi: 'Arial', font: 'Times New Roman' },
            ],
          },
        ],
      });
      const [p0, p1] = doc.paragraphs;
      expect(p0.spans[0].fmt).toEqual({
        ascii: 'Calibri',
        hAnsi: 'Calibri',
        size: 12,
        bold: false,
        italic: false,
        underline: false,
        caps: false,
      });
      expect(p1.align).toBe('center');
      const shown = p1.spans.map((s) => [
        p1.text.slice(s.start, s.end),
        s.fmt.size,
        s.fmt.bold,
        s.fmt.italic,
        s.fmt.ascii,
        s.fmt.hAnsi,
      ]);
      expect(shown).toEqual([
        ['kiểu', 15, true, false, 'Times New Roman', 'Times New Roman'],
        [' nghiêng', 15, true, true, 'Times New Roman', 'Times New Roman'],
        [' thường', 15, false, false, 'Times New Roman', 'Arial'],
      ]);
    },
  );

  it('puts automatic numbers back in front of the text (Roman, decimal, letters, bullets; deeper restart)', () => {
    const lvl = (i: number, fmt: string, text: string) =>
      `<w:lvl w:ilvl="${i}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/></w:lvl>`;
    const doc = read({
      numbering:
        `<w:abstractNum w:abstractNumId="0">${lvl(0, 'upperRoman', '%1.')}${lvl(1, 'decimal', '%2.')}` +
        `${lvl(2, 'lowerLetter', '%3)')}${lvl(3, 'bullet', '-')}${lvl(4, 'bullet', '\uf0b7')}</w:abstractNum>` +
        '<w:num w:numId="5"><w:abstractNumId w:val="0"/></w:num>',
      body: [
        { text: 'ĐÁNH GIÁ CHUNG', num: [5, 0] },
        { text: 'Kết quả', num: [5, 1] },
        { text: 'Thu ngân sách', num: [5, 2] },
        { text: 'đạt 81%', num: [5, 3] },
        { text: 'Hạn chế', num: [5, 1] },
        { text: 'NHIỆM VỤ', num: [5, 0] },
        { text: 'Tập trung', num: [5, 1] },
        { text: 'chấm tròn', num: [5, 4] },
        { text: 'không có danh sách', num: [9, 0] },
      ],
    });
    expect(doc.paragraphs.map((p) => p.text)).toEqual([
      'I. ĐÁNH GIÁ CHUNG',
      '1. Kết quả',
      'a) Thu ngân sách',
      '- đạt 81%',
      '2. Hạn chế',
      'II. NHIỆM VỤ',
      '1. Tập trung',
      '• chấm tròn',
      'không có danh sách',
    ]);
    expect(doc.paragraphs[0].spans.map((s) => [s.start, s.end])).toEqual([
      [0, 3],
      [3, 17],
    ]);
  });

  it('reads every section, the headers each uses (inherited by later sections) and PAGE fields of both kinds', () => {
    const landscape =
      '<w:p><w:pPr><w:sectPr><w:headerReference w:type="default" r:id="rIdH1"/><w:pgSz w:w="11906" ' +
      'w:h="16838"/>' +
      '<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701" ' +
      'w:header="567"/><w:titlePg/></w:sectPr></w:pPr></w:p>';
    const doc = read({
      body: [{ text: 'Trang dọc' }, { raw: landscape }, { text: 'Bảng ngang' }],
      sect: { w: 16838, h: 11906, orient: 'landscape', headerDefault: pageHeader({ simple: true }) },
    });
    expect(doc.sections.map((s) => [s.lastParagraph, s.landscape, s.titlePg, s.pageW])).toEqual([
      [1, false, true, 11906],
      [2, true, false, 16838],
    ]);
    expect(doc.sections[0].headers.default?.paragraphs[0].fields).toEqual(['PAGE']);
    expect(doc.sections[1].headers.default?.part).toBe('word/header1.xml');
    const complex = read({ body: [{ text: 'x' }], sect: { headerDefault: pageHeader() } });
    expect(complex.sections[0].headers.default?.paragraphs[0].fields).toEqual(['PAGE   \\* MERGEFORMAT']);
  });
});

describe('checking the clean samples', () => {
  it('a clean Party Kết luận (HD05) and a clean state Thông báo (NĐ30) have no finding at all', () => {
    expect(diags(buildDocx(cleanParty()))).toEqual([]);
    expect(diags(buildDocx(cleanState()))).toEqual([]);
  });
  it('every component of the clean Party sample is recognised with confidence', () => {
    const r = checkWord(buildDocx(cleanParty()), { today: TODAY });
    if (!r.ok) throw new Error('unreadable');
    expect(r.model.profile).toBe('hd05');
    expect(r.detected.filter((d) => d.confidence !== 'high')).toEqual([]);
    expect(r.detected.map((d) => `${d.para + 1} ${d.id}`)).toEqual([
      '5 partyTitle',
      '1 parentIssuer',
      '2 issuer',
      '4 number',
      '7 dateLine',
      '9 typeName',
      '10 trichYeu',
      '11 trichYeu',
      '13 body',
      '14 heading1',
      '15 body',
      '16 heading1',
      '17 heading2',
      '18 heading2',
      '19 heading1',
      '20 body',
      '21 recipientsLabel',
      '22 recipientItem',
      '23 recipientItem',
      '24 recipientItem',
      '25 authority',
      '26 signerTitle',
      '30 signerName',
    ]);
  });
  it('a parent body and issuer that are both bold cannot be told apart: low confidence, no style finding', () => {
    const r = checkWord(variant({ edits: [{ find: 'ĐẢNG BỘ TỈNH LÂM ĐỒNG', set: { b: true } }] }), { today: TODAY });
    if (!r.ok) throw new Error('unreadable');
    expect(r.detected.filter((d) => d.para < 2).map((d) => [d.id, d.confidence])).toEqual([
      ['parentIssuer', 'low'],
      ['issuer', 'low'],
    ]);
    expect(wordDiagnostics(r)).toEqual([]);
  });
});

describe('one fault per variant: what the user sees', () => {
  it('size inherited through a style, with the style named in the fix', () => {
    expect(
      diags(
        variant({
          styles:
            '<w:style w:type="paragraph" w:styleId="BodyText"><w:name w:val="Body Text"/><w:basedOn ' +
            'w:val="Normal"/><w:rPr><w:sz w:val="26"/></w:rPr></w:style>',
          edits: [{ find: BODY_20, set: { style: 'BodyText' } }],
        }),
      ),
    ).toEqual([
      {
        para: 20,
        col: 1,
        endCol: 102,
        rule: 'layout-size',
        severity: 'warning',
        message:
          'Cỡ chữ của đoạn nội dung là 13 pt, cần 14–15 pt. Cách sửa trong Word: chọn dòng "Văn phòng Đảng ủy ' +
          'theo dõi, đôn đốc, bá…" → ' +
          'Trang đầu (Home) → Cỡ chữ 14; hoặc sửa kiểu (style) "BodyText" để sửa mọi đoạn cùng kiểu.',
      },
    ]);
  });
  it('size set directly, in English', () => {
    const bytes = variant({ edits: [{ find: 'KẾT LUẬN', set: { sz: 14 } }] });
    expect(diags(bytes, 'en')).toEqual([
      {
        para: 9,
        col: 1,
        endCol: 9,
        rule: 'layout-size',
        severity: 'warning',
        message:
          'The size of the document type name is 14 pt; expected 15–16 pt. To fix in Word: select the line "KẾT ' +
          'LUẬN" → Home → Font Size 15.',
      },
    ]);
  });
  it(
    'Vietnamese letters in another font through the hAnsi slot: the range runs from the first to the last such ' +
      'letter',
    () => {
      const bytes = variant({ edits: [{ find: 'KẾT LUẬN', set: { font: 'Times New Roman', hAnsi: 'Arial' } }] });
      expect(diags(bytes)).toEqual([
        {
          para: 9,
          col: 2,
          endCol: 8,
          rule: 'layout-font',
          severity: 'warning',
          message:
            'Chữ có dấu tiếng Việt của tên loại văn bản hiện bằng phông "Arial" (ô phông hAnsi), các chữ khác ' +
            'bằng "Times New Roman"; ' +
            'cần "Times New Roman" cho mọi chữ. Cách sửa trong Word: chọn dòng "KẾT LUẬN" → Trang đầu (Home) → Phông ' +
            'chữ → chọn lại Times New Roman.',
        },
      ]);
    },
  );
  it('a date line not italic and a signer title in bold', () => {
    const bytes = variant({
      edits: [
        { find: 'BÍ THƯ', set: { b: true } },
        { find: 'Đạ Huoai, ngày 20 tháng 10 năm 2026', set: { i: false } },
      ],
    });
    expect(diags(bytes)).toEqual([
      {
        para: 7,
        col: 1,
        endCol: 36,
        rule: 'layout-style',
        severity: 'warning',
        message:
          'Địa danh, ngày tháng năm phải in nghiêng. Cách sửa trong Word: chọn dòng "Đạ Huoai, ngày 20 tháng ' +
          '10 năm 2026" → Trang đầu (Home) → bấm I (Ctrl+I).',
      },
      {
        para: 26,
        col: 1,
        endCol: 7,
        rule: 'layout-style',
        severity: 'warning',
        message:
          'Chức vụ người ký không được in đậm. Cách sửa trong Word: chọn dòng "BÍ THƯ" → Trang đầu (Home) → ' +
          'bấm B (Ctrl+B) để bỏ.',
      },
    ]);
  });
  it('tên loại not centred', () => {
    const bytes = variant({ edits: [{ find: 'KẾT LUẬN', set: { jc: 'left' } }] });
    expect(diags(bytes)).toEqual([
      {
        para: 9,
        col: 1,
        endCol: 9,
        rule: 'layout-alignment',
        severity: 'warning',
        message:
          'Tên loại văn bản đang căn trái, cần căn giữa. Cách sửa trong Word: đặt con trỏ vào dòng "KẾT LUẬN" → ' +
          'Trang đầu (Home) → Căn giữa (Ctrl+E).',
      },
    ]);
  });
  it('body indent and line spacing (information)', () => {
    const d = diags(variant({ edits: [{ find: BODY_15, set: { line: 240, lineRule: 'auto', ind: 0 } }] }));
    expect(d.map((x) => [x.para, x.col, x.endCol, x.rule, x.severity])).toEqual([
      [15, 1, 94, 'layout-spacing', 'information'],
      [15, 1, 94, 'layout-spacing', 'information'],
    ]);
    expect(d.map((x) => x.message)).toEqual([
      'Thụt đầu dòng của đoạn nội dung là 0 mm, cần 10–12,7 mm. Cách sửa trong Word: chọn đoạn "Chín tháng đầu năm, ' +
        'Đảng bộ xã hoàn thà…" → ' +
        'Bố trí (Layout) → Đoạn văn (Paragraph) → Thụt lề đặc biệt: Dòng đầu tiên (First line) 1 cm.',
      'Giãn dòng của đoạn nội dung là 16,1 pt (Bội số), cần 18–22 pt, Chính xác (Exactly). Cách sửa trong Word: chọn ' +
        'đoạn ' +
        '"Chín tháng đầu năm, Đảng bộ xã hoàn thà…" → Bố trí (Layout) → Đoạn văn (Paragraph) → Giãn dòng (Line ' +
        'spacing) → Chính xác (Exactly), Tại (At) 18 pt.',
    ]);
  });
  it('state margins and a number on page 1', () => {
    expect(diags(buildDocx(fixtureSpec({ base: 'state', sect: { left: 1418, titlePg: false } })))).toEqual([
      {
        para: 1,
        col: 1,
        endCol: 16,
        rule: 'layout-page',
        severity: 'warning',
        message:
          'Lề trái là 25 mm, cần 30–35 mm. Cách sửa trong Word: Bố trí (Layout) → Lề (Margins) → Lề tùy chỉnh ' +
          '(Custom Margins) → Trái (Left) 3 cm.',
      },
      {
        para: 1,
        col: 1,
        endCol: 16,
        rule: 'layout-page-number',
        severity: 'warning',
        message:
          'Trang 1 có số trang; số trang chỉ đánh từ trang 2. Cách sửa trong Word: nhấp đúp vào đầu trang → ' +
          'đánh dấu Trang đầu khác (Different First Page).',
      },
    ]);
  });
  it('a page number in 12 pt (HD05: 14)', () => {
    expect(diags(variant({ pageNumberSize: 12 }))).toEqual([
      {
        para: 1,
        col: 1,
        endCol: 22,
        rule: 'layout-page-number',
        severity: 'warning',
        message:
          'Số trang cỡ 12 pt, cần 14 pt. Cách sửa trong Word: nhấp đúp vào đầu trang, ' +
          'chọn số trang → Trang đầu (Home) → Cỡ chữ 14.',
      },
    ]);
  });
  it('a text fault is found by the text rules at its paragraph', () => {
    const bytes = variant({ edits: [{ find: 'Số 14-KL/ĐU', set: { text: 'Số: 14-KL/ĐU' } }] });
    expect(diags(bytes)).toEqual([
      {
        para: 4,
        col: 1,
        endCol: 5,
        rule: 'doc-number-format',
        severity: 'error',
        message:
          'Số ký hiệu của văn bản Đảng không có dấu hai chấm sau chữ "Số": viết "Số 14-KL/ĐU" thay cho "Số: ' +
          '14-KL/ĐU".',
      },
    ]);
  });
});

function zip(files: Record<string, string | Uint8Array>, level: 0 | 6 = 6): Uint8Array {
  const f: Record<string, Uint8Array> = {};
  for (const [k, v] of Object.entries(files)) f[k] = typeof v === 'string' ? strToU8(v) : v;
  return zipSync(f, { level });
}
function ole(stream: string): Uint8Array {
  const b = new Uint8Array(2048);
  b.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  for (let i = 0; i < stream.length; i++) b[1024 + 2 * i] = stream.charCodeAt(i);
  return b;
}
const CT = '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>';

describe('files that are not readable .docx', () => {
  const code = (bytes: Uint8Array) => {
    const r = readDocx(bytes);
    return r.ok ? 'ok' : r.failure.code;
  };
  it('tells each kind apart, with what to do', () => {
    const valid = buildDocx(cleanParty());
    expect(code(ole('WordDocument'))).toBe('doc97');
    expect(code(ole('EncryptedPackage'))).toBe('encrypted');
    expect(code(valid.slice(0, valid.length >> 1))).toBe('corrupt');
    expect(code(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]))).toBe('corrupt');
    expect(code(new Uint8Array(0))).toBe('not-zip');
    expect(code(strToU8('{\\rtf1\\ansi Kết luận}'))).toBe('rtf');
    expect(code(strToU8('%PDF-1.7'))).toBe('pdf');
    expect(code(zip({ 'a.txt': 'x' }))).toBe('not-zip');
    expect(code(zip({ '[Content_Types].xml': CT }))).toBe('missing-part');
    expect(code(buildDocx({ ...cleanParty(), strict: true }))).toBe('strict');
    const r = readDocx(ole('WordDocument'));
    expect(r.ok ? '' : r.failure.vi).toBe(
      'Đây là tệp Word 97-2003 (.doc), chưa đọc được. Mở tệp bằng Word và lưu ' +
        'lại dạng .docx (Tệp → Lưu thành → Tài liệu Word (*.docx)).',
    );
  });
  it('refuses zip bombs before inflating: a huge declared part, and an extreme ratio', () => {
    const spaces = (mb: number) =>
      zip({ '[Content_Types].xml': CT, 'word/document.xml': '<w:document>' + ' '.repeat(mb << 20) });
    expect(code(spaces(30))).toBe('bomb');
    expect(code(spaces(3))).toBe('bomb');
  });
  it('a part that lies about its size is cut at the declared size and read up to there, never thrown', () => {
    const bytes = buildDocx(cleanParty());
    const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const name = strToU8('word/document.xml');
    for (let i = 0; i < bytes.length - 46; i++) {
      const sig = dv.getUint32(i, true);
      const at = sig === 0x04034b50 ? [22, 30] : sig === 0x02014b50 ? [24, 46] : null;
      if (!at || bytes.subarray(i + at[1], i + at[1] + name.length).every((b, k) => b === name[k]) === false) continue;
      dv.setUint32(i + at[0], 600, true);
    }
    const r = readDocx(bytes);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.doc.paragraphs.length).toBeLessThan(3);
  });
  it('a 50 MB file is refused by its size, naming the limit', () => {
    const big = zip({ '[Content_Types].xml': CT, 'word/media/image1.png': new Uint8Array(50 * 1024 * 1024) }, 0);
    const r = readDocx(big);
    expect(r.ok ? '' : r.failure.vi).toMatch(/^Tệp quá lớn \(50 MB; giới hạn 40 MB\)/);
  });
  it('malformed XML and missing styles: read what is there, never throw', () => {
    const spec = cleanParty();
    const bytes = buildDocx(spec);
    const cut = zip({
      '[Content_Types].xml': CT,
      'word/document.xml':
        '<w:document ' +
        'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Số ' +
        '14-KL/ĐU</w:t></w:r></w:p><w:p><w:r><w:t>KẾT',
    });
    const r = readDocx(cut);
    expect(r.ok && r.doc.paragraphs.map((p) => p.text)).toEqual(['Số 14-KL/ĐU']);
    expect(checkWord(bytes).ok).toBe(true);
  });
  it('random damage to a valid file never throws (reader and checker)', () => {
    const bytes = buildDocx(cleanParty());
    const damage = fc.array(fc.tuple(fc.nat(bytes.length - 1), fc.nat(255)), { minLength: 1, maxLength: 20 });
    fc.assert(
      fc.property(damage, (flips) => {
        const b = bytes.slice();
        for (const [i, v] of flips) b[i] = v;
        const r = checkWord(b, { today: TODAY });
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 150, seed: 14 },
    );
  });
});

describe('the CLI on Word files', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ketluan-docx-'));
    mkdirSync(join(dir, 'in'));
    writeFileSync(
      join(dir, 'in', 'ket-luan.docx'),
      variant({
        edits: [
          { find: 'KẾT LUẬN', set: { b: false } },
          { find: 'Số 14-KL/ĐU', set: { text: 'Số: 14-KL/ĐU' } },
        ],
      }),
    );
    writeFileSync(join(dir, 'in', 'thong-bao.docx'), buildDocx(cleanState()));
    writeFileSync(join(dir, 'cu.doc'), ole('WordDocument'));
  });
  it('text output: file.docx:¶paragraph:column, exit 1 on an error finding', () => {
    const r = cli(['check', join(dir, 'in', 'ket-luan.docx')]);
    expect(r.status).toBe(1);
    expect(r.stdout.split('\n').slice(0, 2)).toEqual([
      `${join(dir, 'in', 'ket-luan.docx')}:¶4:1 error doc-number-format Số ký hiệu của văn bản Đảng ` +
        'không có dấu hai chấm sau chữ "Số": viết "Số 14-KL/ĐU" thay cho "Số: 14-KL/ĐU".',
      `${join(dir, 'in', 'ket-luan.docx')}:¶9:1 warning layout-style Tên loại văn bản phải in đậm. ` +
        'Cách sửa trong Word: chọn dòng "KẾT LUẬN" → Trang đầu (Home) → bấm B (Ctrl+B).',
    ]);
  });
  it('JSON adds the paragraph excerpt as "context"; SARIF carries it as the region snippet', () => {
    const j = JSON.parse(cli(['check', '--format', 'json', join(dir, 'in', 'ket-luan.docx')]).stdout);
    expect(j.files[0].diagnostics[1]).toEqual({
      rule: 'layout-style',
      severity: 'warning',
      message: expect.any(String),
      line: 9,
      column: 1,
      endLine: 9,
      endColumn: 9,
      fixable: false,
      context: 'KẾT LUẬN',
    });
    const s = JSON.parse(cli(['check', '--format', 'sarif', join(dir, 'in', 'ket-luan.docx')]).stdout);
    expect(s.runs[0].results[0].locations[0].physicalLocation.region).toEqual({
      startLine: 4,
      startColumn: 1,
      endLine: 4,
      endColumn: 5,
      snippet: { text: 'Số: 14-KL/ĐU' },
    });
  });
  it('directories include *.docx; a .doc is told on stderr with what to do, exit 2, other files checked', () => {
    const r = cli(['check', join(dir, 'cu.doc'), join(dir, 'in')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      `ketluan: ${join(dir, 'cu.doc')}: Đây là tệp Word 97-2003 (.doc), chưa đọc được. ` +
        'Mở tệp bằng Word và lưu lại dạng .docx (Tệp → Lưu thành → Tài liệu Word (*.docx)).\n',
    );
    expect(r.stdout.trim().split('\n').pop()).toBe('1 lỗi, 1 cảnh báo, 0 thông tin trong 2 tệp');
  });
  it('inspect shows each component with its confidence and signals', () => {
    const j = JSON.parse(cli(['inspect', '--format', 'json', join(dir, 'in', 'thong-bao.docx')]).stdout);
    expect(j.profile).toBe('nd30');
    expect(j.components[0]).toEqual({
      component: 'quocHieu',
      paragraph: 3,
      confidence: 'high',
      score: 3,
      signals: ['text:state-motto', 'position:right-column'],
      text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    });
  });
  it('import writes a two-column draft that checks the same as the .docx (text rules)', () => {
    const src = join(dir, 'in', 'ket-luan.docx');
    const r = cli(['import', src]);
    expect(r.status).toBe(0);
    const out = join(dir, 'in', 'ket-luan.kl.md');
    expect(r.stdout).toBe(`${out}\n`);
    const draft = readFileSync(out, 'utf8');
    expect(draft.split('\n').slice(0, 5)).toEqual([
      'ĐẢNG BỘ TỈNH LÂM ĐỒNG                    ĐẢNG CỘNG SẢN VIỆT NAM',
      'ĐẢNG ỦY XÃ ĐẠ HUOAI',
      '*',
      'Số: 14-KL/ĐU                             Đạ Huoai, ngày 20 tháng 10 năm 2026',
      '',
    ]);
    expect(cli(['import', src]).status).toBe(2); // never overwrites
    type D = { rule: string; message: string };
    const all: D[] = JSON.parse(cli(['check', '--format', 'json', src]).stdout).files[0].diagnostics;
    const fromDocx = all.filter((d) => !d.rule.startsWith('layout-'));
    const fromDraft: D[] = JSON.parse(cli(['check', '--format', 'json', out]).stdout).files[0].diagnostics;
    expect(fromDraft.map((d) => `${d.rule} ${d.message}`)).toEqual(fromDocx.map((d) => `${d.rule} ${d.message}`));
  });
});

describe('import', () => {
  it(
    'the state sample: Quốc hiệu and Tiêu ngữ beside the issuer, the number beside the date, the name under the ' +
      'signature',
    () => {
      const r = readDocx(buildDocx(cleanState()));
      if (!r.ok) throw new Error('unreadable');
      const d = toDraft(r.doc);
      expect(d.split('\n').slice(0, 3)).toEqual([
        'ỦY BAN NHÂN DÂN                          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'XÃ TÂN LẬP                               Độc lập - Tự do - Hạnh phúc',
        'Số: 85/TB-UBND                           Tân Lập, ngày 05 tháng 11 năm 2026',
      ]);
      expect(d.split('\n').slice(-7)).toEqual([
        'Nơi nhận:                                TL. CHỦ TỊCH',
        '- Thường trực Đảng ủy xã;                CHÁNH VĂN ' + 'PHÒNG',
        '- Các công chức xã;',
        '- Lưu: VT, VP.',
        '',
        '                                         Trần Thị Bình',
        '',
      ]);
      expect(analyze(d, { today: TODAY }).findings).toEqual([]);
    },
  );
});

describe('the editor API (dist/word.js)', () => {
  it('the read-only view has one line per paragraph and the findings point into it (tabs as 4 spaces)', async () => {
    const { checkForEditor, importForEditor } = await import('../server/src/docx');
    const bytes = variant({
      edits: [
        { find: 'KẾT LUẬN', set: { b: false } },
        { find: 'Số 14-KL/ĐU', set: { text: 'Số:\t14-KL/ĐU' } },
      ],
    });
    const r = checkForEditor(bytes, { today: TODAY });
    if (!r.ok) throw new Error('unreadable');
    const lines = r.view.split('\n');
    expect(lines.length).toBe(30);
    expect(lines[3]).toBe('Số:    14-KL/ĐU');
    const at = r.findings.map((f) => [
      f.rule,
      f.para,
      f.column,
      f.endPara,
      f.endColumn,
      lines[f.para].slice(f.column, f.endColumn),
    ]);
    expect(at).toEqual([
      ['doc-number-format', 3, 0, 3, 7, 'Số:    '],
      ['layout-style', 8, 0, 8, 8, 'KẾT LUẬN'],
    ]);
    const i = importForEditor(bytes);
    expect(i.ok && i.draft.startsWith('ĐẢNG BỘ TỈNH LÂM ĐỒNG')).toBe(true);
    const bad = checkForEditor(new Uint8Array([1, 2, 3]), {});
    expect(bad.ok ? '' : bad.failure.en).toBe(
      'The file is not a .docx (no Word zip package inside). Open it in Word ' +
        'and save it as .docx (File → Save As → Word Document (*.docx)).',
    );
  });
});

describe('files written by the exporter (ketluan export)', () => {
  const drafts = [
    join(ROOT, 'examples', 'ket-luan-ban-thuong-vu.kl.md'),
    join(ROOT, 'examples', 'ket-luan-hoi-nghi-dang-bo.kl.md'),
    join(ROOT, 'examples', 'thong-bao-ket-luan-thuong-truc.tb.md'),
    join(ROOT, 'test', 'fixtures', 'clean-hd05.kl.md'),
    join(ROOT, 'test', 'fixtures', 'clean-hd36.tb.md'),
  ];
  for (const file of drafts) {
    it(`${file.slice(ROOT.length + 1)}: no layout finding, the same text findings as the draft`, async () => {
      const { exportDocx } = await import('../server/src/export');
      const text = readFileSync(file, 'utf8');
      const bytes = await exportDocx(text, { today: TODAY });
      const fromDocx = diags(bytes);
      expect(fromDocx.filter((d) => d.rule.startsWith('layout-'))).toEqual([]);
      // Same findings; the order may differ (a draft puts the signature beside the Nơi nhận on one line, Word reads
      // the left cell first). section-style-mixed judges Markdown marks ("##", "**"), which become formatting in Word.
      const fromDraft = analyze(text, { today: TODAY })
        .findings.filter((f) => f.ruleId !== 'section-style-mixed')
        .map((f) => `${f.ruleId} ${f.message}`);
      expect(fromDocx.map((d) => `${d.rule} ${d.message}`).sort()).toEqual(fromDraft.sort());
    });
  }
});
