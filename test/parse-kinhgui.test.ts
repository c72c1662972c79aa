// The "Kính gửi:" / "Kính trình:" block read by the parser: where its label ends, each addressee (its dash, its last
// character, the lines wrapped under it) and where the body starts. Expectations written by hand from the text.
import { describe, it, expect } from 'vitest';
import { parse } from '../server/src/core';
import { TODAY } from './helpers';

const HEAD = [
  'ỦY BAN NHÂN DÂN                          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'XÃ HÒA BẮC                                     Độc lập - Tự do - Hạnh phúc',
  '',
  'Số: 341/UBND-VP                          Hòa Bắc, ngày 21 tháng 9 năm 2026',
  'V/v rà soát phương án di dời dân',
  '',
];

/** What a reader of the block sees: the label, each item as typed with its marks, the block's last line. */
function block(lines: string[], head = HEAD) {
  const m = parse([...head, ...lines].join('\n'), { today: TODAY });
  const h = m.header;
  const at = (r: { start: number; end: number }) => m.src.text.slice(r.start, r.end);
  return {
    items: (h.kinhGuiItems ?? []).map((i) => ({
      text: at(i),
      line: i.line - head.length,
      dash: i.dash,
      endMark: i.endMark,
      before: m.src.text.slice(i.endAt - 4, i.endAt),
      wrapped: i.continuation.map((c) => `${c.line - head.length}:${at(c)}`),
    })),
    lastLine: h.kinhGuiEnd === undefined ? null : h.kinhGuiEnd - head.length,
    opening: m.opening ? m.opening.line - head.length : null,
  };
}

const item = (
  text: string,
  line: number,
  dash: string | null,
  endMark: string,
  before: string,
  wrapped: string[] = [],
) => ({
  text,
  line,
  dash,
  endMark,
  before,
  wrapped,
});

describe('the Kính gửi block', () => {
  it('one addressee on the label line: the label is no part of the item, its full stop is its end mark', () => {
    expect(block(['Kính gửi: Trưởng các thôn trên địa bàn xã.', '', 'Ủy ban nhân dân xã đề nghị các thôn.'])).toEqual({
      items: [item('Trưởng các thôn trên địa bàn xã.', 0, null, '.', ' xã.')],
      lastLine: 0,
      opening: 2,
    });
  });

  it("a dash after the label on its line is the item's dash", () => {
    expect(
      block(['Kính gửi: - Ban Thường vụ Tỉnh ủy;', '- Văn phòng Tỉnh ủy.']).items.map((i) => [i.text, i.dash]),
    ).toEqual([
      ['- Ban Thường vụ Tỉnh ủy;', '-'],
      ['- Văn phòng Tỉnh ủy.', '-'],
    ]);
  });

  it('one addressee per line; a line wrapped under an item that has not ended belongs to it', () => {
    const b = block([
      'Kính gửi:',
      '- Sở Tài chính;',
      '- Sở Kế hoạch và',
      'Đầu tư;',
      '- Ủy ban nhân dân các huyện.',
      '',
      'Đề nghị các đơn vị.',
    ]);
    expect(b).toEqual({
      items: [
        item('- Sở Tài chính;', 1, '-', ';', 'ính;'),
        // the end mark and the place for it come from the wrapped line
        item('- Sở Kế hoạch và', 2, '-', ';', ' tư;', ['3:Đầu tư;']),
        item('- Ủy ban nhân dân các huyện.', 4, '-', '.', 'yện.'),
      ],
      lastLine: 4,
      opening: 6,
    });
  });

  it('a blank line before the first addressee is skipped; the blank line after the list ends it', () => {
    expect(block(['Kính gửi:', '', '- Sở Tài chính.', '', 'Đề nghị.'])).toEqual({
      items: [item('- Sở Tài chính.', 2, '-', '.', 'ính.')],
      lastLine: 2,
      opening: 4,
    });
  });

  it('a line under an item that ended with a semicolon starts the body, even with no blank line', () => {
    expect(block(['Kính gửi:', '- Sở Tài chính;', 'Đề nghị các đơn vị rà soát.'])).toEqual({
      items: [item('- Sở Tài chính;', 1, '-', ';', 'ính;')],
      lastLine: 1,
      opening: 2,
    });
  });

  for (const mark of [',', ':', '.']) {
    it(`an item ended by "${mark}" takes no wrapped line`, () => {
      const b = block(['Kính gửi:', `- Sở Tài chính${mark}`, 'Đề nghị các đơn vị.']);
      expect(b.items).toEqual([item(`- Sở Tài chính${mark}`, 1, '-', mark, `ính${mark}`)]);
      expect(b.opening).toBe(2);
    });
  }

  it('a rule line under an unfinished item ends the block (it is neither an addressee nor part of one)', () => {
    const b = block(['Kính gửi:', '- Sở Tài chính', '-----', '', 'Đề nghị.']);
    expect(b.items).toEqual([item('- Sở Tài chính', 1, '-', 'h', 'hính')]);
    expect(b.lastLine).toBe(1);
  });

  it('a wrapped line is shorter than 120 characters; a longer one is a paragraph of the body', () => {
    const at119 = block(['Kính gửi:', '- Sở Tài chính', 'x'.repeat(119), '', 'Đề nghị.']);
    expect(at119.items[0].wrapped).toEqual([`2:${'x'.repeat(119)}`]);
    expect(at119.lastLine).toBe(2);
    const at120 = block(['Kính gửi:', '- Sở Tài chính', 'y'.repeat(120), '', 'Đề nghị.']);
    expect(at120.items[0].wrapped).toEqual([]);
    expect(at120.lastLine).toBe(1);
    expect(at120.opening).toBe(2);
  });

  it('every dash and bullet a copy may bring starts an item; "Kính trình" is the same block', () => {
    const b = block([
      'Kính trình: Thường trực Huyện ủy',
      '• Ban Tổ chức',
      '+ Ban Tuyên giáo',
      '– Văn phòng',
      '— Ủy ban Kiểm tra',
      '',
      'Nội dung.',
    ]);
    expect(b.items.map((i) => [i.dash, i.line])).toEqual([
      [null, 0],
      ['•', 1],
      ['+', 2],
      ['–', 3],
      ['—', 4],
    ]);
    expect(b.lastLine).toBe(4);
    expect(b.opening).toBe(6);
  });

  it('reads at most 30 addressees; what follows is body', () => {
    const b = block(['Kính gửi:', ...Array.from({ length: 32 }, (_, i) => `- Đơn vị ${i + 1};`)]);
    expect(b.items.length).toBe(30);
    expect(b.items[29].text).toBe('- Đơn vị 30;');
    expect(b.lastLine).toBe(30);
    expect(b.opening).toBe(31);
  });
});

describe('the Kính gửi block in the right-hand cell of a công văn row', () => {
  const head = HEAD.slice(0, 4);
  const pad = (n: number, t: string) => ' '.repeat(n) + t;
  it('reads the right-hand pieces of the lines below', () => {
    const b = block(
      [
        'V/v rà soát phương án di dời             Kính gửi:',
        pad(41, '- Sở Tài chính;'),
        pad(41, '- Sở Y tế.'),
        '',
        'Đề nghị các sở.',
      ],
      head,
    );
    expect(b.items).toEqual([item('- Sở Tài chính;', 1, '-', ';', 'ính;'), item('- Sở Y tế.', 2, '-', '.', ' tế.')]);
    expect(b.lastLine).toBe(2);
    expect(b.opening).toBe(4);
  });
  it('a piece that starts left of column 25 is no longer in that cell: the block ends', () => {
    const at25 = block(['V/v rà soát              Kính gửi:', pad(25, '- Sở Tài chính.'), '', 'Đề nghị.'], head);
    expect(at25.items.map((i) => i.text)).toEqual(['- Sở Tài chính.']);
    const at24 = block(['V/v rà soát              Kính gửi:', pad(24, '- Sở Tài chính.'), '', 'Đề nghị.'], head);
    expect(at24.items).toEqual([]);
    expect(at24.lastLine).toBe(0);
    const left = block(
      ['V/v rà soát              Kính gửi:', pad(41, '- Sở Tài chính;'), '   - Sở Y tế.', '', 'Đề nghị.'],
      head,
    );
    expect(left.items.map((i) => i.text)).toEqual(['- Sở Tài chính;']);
  });
});
