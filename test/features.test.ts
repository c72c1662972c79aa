// What the editor shows from a draft's model: the outline (document symbols), folding ranges and the selection
// chain. Written out for two drafts of the project and compared with hand-checked expectations.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '../server/src/core';
import {
  documentSymbols,
  foldingRanges,
  selectionChain,
  type OutlineSymbol,
} from '../server/src/core/features/symbols';
import { positionAt } from '../server/src/core/text';
import { TODAY } from './helpers';

const read = (rel: string) => readFileSync(join(__dirname, rel), 'utf8');
const model = (text: string) => parse(text, { today: TODAY });

/** One line per symbol: indentation, kind, name, detail, line span of its range, the text it selects. */
function outline(text: string): string[] {
  const m = model(text);
  const ln = (o: number) => positionAt(m.src, o).line + 1;
  const out: string[] = [];
  const walk = (ss: OutlineSymbol[], depth: number) => {
    for (const s of ss) {
      const sel = m.src.text.slice(s.selectionRange.start, s.selectionRange.end);
      const detail = s.detail ? ` (${s.detail})` : '';
      out.push(`${'  '.repeat(depth)}${s.kind} ${s.name}${detail} ${ln(s.range.start)}-${ln(s.range.end)} «${sel}»`);
      walk(s.children, depth + 1);
    }
  };
  walk(documentSymbols(m), 0);
  return out;
}

describe('outline', () => {
  it('a long report in parts: each part named with its title from the line below', () => {
    expect(outline(read('realtext/parts.kl.md'))).toEqual([
      'header BÁO CÁO (Số 09-BC/ĐU · Tân Lập, ngày 20 tháng 12 năm 2026) 1-6 «BÁO CÁO»',
      '  component Tiêu đề (ĐẢNG CỘNG SẢN VIỆT NAM) 1-1 «ĐẢNG CỘNG SẢN VIỆT NAM»',
      '  component Cơ quan ban hành (ĐẢNG BỘ TỈNH LÂM ĐỒNG) 1-1 «ĐẢNG BỘ TỈNH LÂM ĐỒNG»',
      '  component Cơ quan ban hành (ĐẢNG ỦY XÃ TÂN LẬP) 2-2 «ĐẢNG ỦY XÃ TÂN LẬP»',
      '  component Số, ký hiệu (Số 09-BC/ĐU) 4-4 «Số 09-BC/ĐU»',
      '  component Địa danh, ngày tháng (Tân Lập, ngày 20 tháng 12 năm 2026) 4-4 «Tân Lập, ngày 20 tháng 12 năm 2026»',
      '  component Tên loại (BÁO CÁO kết quả thực hiện nhiệm vụ năm 2026) 6-6 «BÁO CÁO»',
      'section Phần thứ nhất. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2026 12-25 «Phần thứ nhất»',
      '  section I. CÔNG TÁC XÂY DỰNG ĐẢNG 15-19 «I.»',
      '    section 1. Công tác chính trị, tư tưởng 17-17 «1.»',
      '    section 2. Công tác tổ chức, cán bộ 19-19 «2.»',
      '  section II. PHÁT TRIỂN KINH TẾ - XÃ HỘI 21-25 «II.»',
      '    section 1. Nông nghiệp 23-23 «1.»',
      '    section 3. Du lịch 25-25 «3.»',
      'section Phần thứ hai. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2027 27-32 «Phần thứ hai»',
      '  section I. MỤC TIÊU 30-30 «I.»',
      '  section II. NHIỆM VỤ, GIẢI PHÁP 32-32 «II.»',
      'section Phần thứ tư. KIẾN NGHỊ, ĐỀ XUẤT 34-37 «Phần thứ tư»',
      'citations Các văn bản được viện dẫn (1) 10-10 «31-KH/ĐU»',
      '  citation Kế hoạch 31-KH/ĐU (07/6/2026 · Ban Thường vụ Đảng ủy xã) 10-10 «31-KH/ĐU»',
      'recipients Nơi nhận (3) 39-42 «Nơi nhận:»',
      '  component - Ban Thường vụ Tỉnh ủy; 40-40 «- Ban Thường vụ Tỉnh ủy;»',
      '  component - Các đồng chí Đảng ủy viên; 41-41 «- Các đồng chí Đảng ủy viên;»',
      '  component - Lưu Văn phòng Đảng ủy. 42-42 «- Lưu Văn phòng Đảng ủy.»',
      'signature Chữ ký (T/M ĐẢNG ỦY / BÍ THƯ — Nguyễn Văn An) 39-44 «T/M ĐẢNG ỦY»',
    ]);
  });
  it('a part with no title line under it is named by its number alone', () => {
    const t = read('realtext/parts.kl.md').replace('KIẾN NGHỊ, ĐỀ XUẤT\n', '');
    expect(outline(t).filter((l) => l.startsWith('section Phần'))).toEqual([
      'section Phần thứ nhất. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2026 12-25 «Phần thứ nhất»',
      'section Phần thứ hai. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2027 27-32 «Phần thứ hai»',
      'section Phần thứ tư 34-36 «Phần thứ tư»',
    ]);
  });
  it('a lower-case line or a numbered heading under a part is no title', () => {
    const lower = read('realtext/parts.kl.md').replace('KIẾN NGHỊ, ĐỀ XUẤT', 'Kiến nghị, đề xuất');
    expect(outline(lower).find((l) => l.startsWith('section Phần thứ tư'))).toBe(
      'section Phần thứ tư 34-37 «Phần thứ tư»',
    );
    const heading = read('realtext/parts.kl.md').replace('KIẾN NGHỊ, ĐỀ XUẤT', 'I. KIẾN NGHỊ');
    expect(
      outline(heading)
        .filter((l) => /^ *section/.test(l))
        .slice(-2),
    ).toEqual(['section Phần thứ tư 34-37 «Phần thứ tư»', '  section I. KIẾN NGHỊ 35-37 «I.»']);
  });
  it('a title two lines below (after a blank line) is read; three lines below is not', () => {
    const one = read('realtext/parts.kl.md').replace('Phần thứ tư\n', 'Phần thứ tư\n\n');
    expect(outline(one).find((l) => l.startsWith('section Phần thứ tư'))).toBe(
      'section Phần thứ tư. KIẾN NGHỊ, ĐỀ XUẤT 34-38 «Phần thứ tư»',
    );
    const two = read('realtext/parts.kl.md').replace('Phần thứ tư\n', 'Phần thứ tư\n\n\n');
    expect(outline(two).find((l) => l.startsWith('section Phần thứ tư'))).toBe(
      'section Phần thứ tư 34-39 «Phần thứ tư»',
    );
  });
  it('other headings: number, its mark and title; an article with no title by its number', () => {
    const t = read('realtext/parts.kl.md')
      .replace('1. Nông nghiệp.', 'a) Nông nghiệp.')
      .replace('3. Du lịch.', '3- Du lịch.')
      .replace('I. MỤC TIÊU', 'Điều 1.');
    expect(outline(t).filter((l) => /^ *section/.test(l) && !l.includes('Phần'))).toEqual([
      '  section I. CÔNG TÁC XÂY DỰNG ĐẢNG 15-19 «I.»',
      '    section 1. Công tác chính trị, tư tưởng 17-17 «1.»',
      '    section 2. Công tác tổ chức, cán bộ 19-19 «2.»',
      '  section II. PHÁT TRIỂN KINH TẾ - XÃ HỘI 21-25 «II.»',
      '    section a) Nông nghiệp 23-23 «a)»',
      '    section 3- Du lịch 25-25 «3-»',
      '  section 1. 30-30 «Điều 1»',
      '  section II. NHIỆM VỤ, GIẢI PHÁP 32-32 «II.»',
    ]);
  });
  it('runs of blanks inside a part heading are read as one', () => {
    const t = read('realtext/parts.kl.md').replace('Phần thứ hai', 'Phần  thứ hai');
    expect(outline(t).find((l) => l.startsWith('section Phần thứ hai'))).toBe(
      'section Phần thứ hai. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2027 27-32 «Phần  thứ hai»',
    );
  });
  it('a bold part heading is named without its marks', () => {
    const t = read('realtext/parts.kl.md').replace('Phần thứ hai', '**Phần thứ hai**');
    expect(outline(t).find((l) => l.startsWith('section Phần thứ hai'))).toBe(
      'section Phần thứ hai. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2027 27-32 «Phần thứ hai»',
    );
  });
});

describe('folding and selection', () => {
  const text = read('realtext/parts.kl.md');
  const m = model(text);
  it('folds each section that spans lines, the header and the Nơi nhận block (lines from 1)', () => {
    expect(foldingRanges(m).map((r) => `${r.startLine + 1}-${r.endLine + 1}`)).toEqual([
      '12-25',
      '15-19',
      '21-25',
      '27-32',
      '34-37',
      '1-8',
      '39-42',
    ]);
  });
  it('selection grows from the line to its sections, the body and the whole draft', () => {
    const at = text.indexOf('Công tác chính trị');
    const chain = selectionChain(m, at).map((r) => {
      const a = positionAt(m.src, r.start),
        b = positionAt(m.src, r.end);
      return `${a.line + 1}:${a.character + 1}-${b.line + 1}:${b.character + 1}`;
    });
    expect(chain).toEqual(['17:1-17:33', '15:1-19:29', '12:1-25:12', '9:1-37:50', `1:1-45:1`]);
  });
});

describe('outline, folding and selection at the edges', () => {
  const clean = read('fixtures/clean-hd05.kl.md');
  it('an appendix; a number cited twice listed once; a wrapped last Nơi nhận item folded to its last line', () => {
    const text =
      clean
        .replace('Văn phòng Đảng ủy theo dõi', 'Văn phòng Đảng ủy theo Nghị quyết số 03-NQ/ĐU theo dõi')
        .replace('- Lưu Văn phòng Đảng ủy.', '- Lưu Văn phòng Đảng ủy và\nbản điện tử.') +
      '\nPhụ lục\nDANH SÁCH CÁC THÔN\n';
    const o = outline(text);
    expect(o.filter((l) => /^(citations| {2}citation|signature|appendix|recipients)/.test(l))).toEqual([
      // One document cited on lines 11 and 31: listed once.
      'citations Các văn bản được viện dẫn (1) 11-11 «03-NQ/ĐU»',
      '  citation Nghị quyết 03-NQ/ĐU (20/01/2026 · Đảng ủy xã) 11-11 «03-NQ/ĐU»',
      'recipients Nơi nhận (5) 33-39 «Nơi nhận:»',
      'signature Chữ ký (T/M BAN THƯỜNG VỤ / PHÓ BÍ THƯ — Lê Thị Hồng Nhung) 33-41 «T/M BAN THƯỜNG VỤ»',
      'appendix Phụ lục (Phụ lục) 43-45 «Phụ lục»',
    ]);
    const m = model(text);
    expect(foldingRanges(m).map((r) => `${r.startLine + 1}-${r.endLine + 1}`)).toEqual([
      '13-15',
      '17-25',
      '21-25',
      '27-31',
      '1-9',
      '33-39',
      '43-45',
    ]);
  });
  it('a header without a title is "Phần đầu"; an appendix on the last line is not folded', () => {
    const text = clean.replace('KẾT LUẬN\n', '\n').replace(/\n$/u, '') + '\n\nPhụ lục';
    const o = outline(text);
    expect(o[0]).toBe('header Phần đầu (Số 07-KL/ĐU · Tân Lập, ngày 15 tháng 8 năm 2026) 1-4 «ĐẢNG CỘNG SẢN VIỆT NAM»');
    expect(o[o.length - 1]).toBe('appendix Phụ lục (Phụ lục) 42-42 «Phụ lục»');
    const folds = foldingRanges(model(text)).map((r) => `${r.startLine + 1}-${r.endLine + 1}`);
    expect(folds).not.toContain('42-42');
    expect(folds[folds.length - 1]).toBe('33-38');
  });
  it('a Nơi nhận label with no item and a one-line header are not folded; a signature with no name', () => {
    const text = 'KẾT LUẬN\n\nNội dung.\n\nNơi nhận:\n\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\n';
    const m = model(text);
    expect(foldingRanges(m)).toEqual([]);
    expect(outline(text).filter((l) => l.startsWith('signature'))).toEqual([
      'signature Chữ ký (T/M BAN THƯỜNG VỤ / BÍ THƯ) 7-8 «T/M BAN THƯỜNG VỤ»',
    ]);
  });
  it('selection from a header line: the line, then the whole draft; from a one-line section: no repeated range', () => {
    const m = model(clean);
    const span = (at: number) =>
      selectionChain(m, at).map((r) => {
        const a = positionAt(m.src, r.start),
          b = positionAt(m.src, r.end);
        return `${a.line + 1}:${a.character + 1}-${b.line + 1}:${b.character + 1}`;
      });
    expect(span(clean.indexOf('KẾT LUẬN'))).toEqual(['6:1-6:9', '1:1-41:1']);
    // At the first character of a line: that line, not the one before.
    const a = clean.indexOf('a) Chi bộ');
    expect(span(a)).toEqual(['23:1-23:47', '21:1-25:43', '17:1-25:43', '10:1-31:94', '1:1-41:1']);
    expect(span(a - 1)[0]).toBe('22:1-22:1');
    // Past the end of the text: the last line.
    expect(span(clean.length + 5)[0]).toBe('41:1-41:1');
  });
});
