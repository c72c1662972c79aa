// The text layer under the parser: lines, their views (what the parser reads: NFC, Markdown marks and comments
// removed, odd spaces made plain), column pieces, page numbers left by a PDF copy, and offsets. Expectations are
// written by hand from the input.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  isRegexSpace,
  makeView,
  offsetAt,
  positionAt,
  readSource,
  srcEnd,
  srcStart,
  viewRange,
} from '../server/src/core/text';

/** The view of a whole string: its typed text, its markup, and the original text of its range. */
const view = (s: string) => {
  const v = makeView(s, 0, s.length);
  return { typed: v.typed, markup: v.markup, covers: s.slice(v.start, v.end) };
};
/** The original characters behind each view character ("" joined with |). */
const behind = (s: string) => {
  const v = makeView(s, 0, s.length);
  return Array.from({ length: v.typed.length }, (_, i) => s.slice(srcStart(v, i), srcEnd(v, i))).join('|');
};

describe('the view of a line', () => {
  it.each([
    ['plain text is its own view', 'Ban Thường vụ', 'Ban Thường vụ', '', 'Ban Thường vụ'],
    ['spaces, tabs and no-break spaces at the ends are trimmed', ' \t\u00A0Ban\u3000 ', 'Ban', '', 'Ban'],
    ['a heading mark is markup, not text', '## I. ĐÁNH GIÁ', 'I. ĐÁNH GIÁ', '##', 'I. ĐÁNH GIÁ'],
    ['seven hashes are no heading', '####### x', '####### x', '', '####### x'],
    ['a hash without a space is no heading', '#1 x', '#1 x', '', '#1 x'],
    ['bold around the text is markup and removed', '**KẾT LUẬN**', 'KẾT LUẬN', '**', 'KẾT LUẬN'],
    ['heading and bold together', '### **1. Nội dung**', '1. Nội dung', '### **', '1. Nội dung'],
    ['emphasis with underscores', '__Số 12__', 'Số 12', '__', 'Số 12'],
    ['one star in front is emphasis markup', '*nghiêng*', 'nghiêng', '*', 'nghiêng'],
    ['a star before a space is no markup but still removed', '* mục', 'mục', '', 'mục'],
    ['a star after the first letter is no markup', 'a*bc*', 'abc', '', 'a*bc'],
    ['an underscore after the first letter is no markup', 'x _y_', 'x y', '', 'x _y'],
    ['an underscore inside a word stays', 'file_name_1', 'file_name_1', '', 'file_name_1'],
    ['an underscore at a word edge is emphasis', '_Ghi chú_ x', 'Ghi chú x', '_', 'Ghi chú_ x'],
    ['escaped Markdown characters are the characters', '1\\. Mục \\*', '1. Mục *', '', '1\\. Mục \\*'],
    ['a backslash before a letter stays', 'C:\\Users', 'C:\\Users', '', 'C:\\Users'],
    [
      'an inline comment is no text',
      'Số 12 <!-- ketluan-disable-line --> x',
      'Số 12  x',
      '',
      'Số 12 <!-- ketluan-disable-line --> x',
    ],
    ['an unclosed comment runs to the end of the line', 'Số 12 <!-- ghi chú', 'Số 12', '', 'Số 12'],
    ['a comment is trimmed away at the end', 'Số 12 <!-- a -->', 'Số 12', '', 'Số 12'],
    ['zero-width characters are dropped', 'Đ\u200Bả\u200Dng\uFEFF ủy', 'Đảng ủy', '', 'Đ\u200Bả\u200Dng\uFEFF ủy'],
    [
      'odd spaces inside become plain spaces',
      'Số\u00A012\u2009–\u202FKL',
      'Số 12 – KL',
      '',
      'Số\u00A012\u2009–\u202FKL',
    ],
    ['decomposed letters are composed', 'Đa\u0309ng u\u0309y', 'Đảng ủy', '', 'Đa\u0309ng u\u0309y'],
    ['a rule line keeps its stars and underscores', '*****', '*****', '', '*****'],
    ['a rule line of dashes and underscores', '-----', '-----', '', '-----'],
    ['a rule line with spaces inside keeps them', '_ _ _', '_ _ _', '', '_ _ _'],
    ['a heading of dashes: the dashes are its text', '# ---', '---', '#', '---'],
    ['only markup: an empty view', '****', '****', '', '****'],
    ['blank', '   ', '', '', ''],
  ])('%s', (_why, input, typed, markup, covers) => {
    expect(view(input)).toEqual({ typed, markup, covers });
  });

  it('"****" mixed with letters is emphasis, not a rule line', () => {
    expect(view('**** x')).toEqual({ typed: 'x', markup: '**', covers: 'x' });
  });

  it('each view character points at the characters it came from', () => {
    expect(behind('**Số** 1')).toBe('S|ố| |1');
    expect(behind('Đa\u0309ng')).toBe('Đ|a\u0309|n|g');
    expect(behind('1\\. x')).toBe('1|\\.| |x');
    expect(behind('a\u00A0b')).toBe('a|\u00A0|b');
    // a character beyond the BMP keeps both halves together
    expect(behind('x \u{1D400} y')).toBe('x| |\u{1D400}|\u{1D400}| |y');
  });

  it('the matching text folds tone placement; the typed text keeps what was typed', () => {
    const v = makeView('**Hòa Bình, Ủy ban**', 0, 20);
    expect(v.typed).toBe('Hòa Bình, Ủy ban');
    expect(v.matchText).toBe('Hoà Bình, Uỷ ban');
    expect(v.matchText.length).toBe(v.typed.length);
  });

  it('a view of part of a text reads only that part', () => {
    const s = 'abc   **Số 12**   xyz';
    const v = makeView(s, 3, 18);
    expect([v.typed, s.slice(v.start, v.end), v.markup]).toEqual(['Số 12', 'Số 12', '**']);
  });
});

describe('ranges of view characters', () => {
  const s = '**Số** 12';
  const v = makeView(s, 0, s.length);
  const r = (a: number, b: number) => {
    const x = viewRange(v, a, b);
    return s.slice(x.start, x.end);
  };
  it('a range of view characters covers the original characters, markup inside included', () => {
    expect(r(0, 2)).toBe('Số');
    expect(r(0, 5)).toBe('Số** 12');
    expect(r(3, 5)).toBe('12');
  });
  it('ends past the view are clamped; an empty or reversed range is empty at its start', () => {
    expect(r(3, 99)).toBe('12');
    expect(r(-4, 1)).toBe('S');
    const e = viewRange(v, 3, 3);
    expect([e.start, e.end]).toEqual([7, 7]);
    const back = viewRange(v, 4, 2);
    expect([back.start, back.end]).toEqual([8, 8]);
  });
  it('an empty view gives its own place', () => {
    const blank = makeView('ab   cd', 2, 5);
    expect(viewRange(blank, 0, 3)).toEqual({ start: 5, end: 5 });
  });
});

describe('lines of a source', () => {
  it('line starts, ends and the line-break style', () => {
    const src = readSource('a\r\nbc\r\n\r\nd');
    expect(src.lines.map((l) => [l.start, l.end, l.raw, l.blank])).toEqual([
      [0, 1, 'a', false],
      [3, 5, 'bc', false],
      [7, 7, '', true],
      [9, 10, 'd', false],
    ]);
    expect(src.lineStarts).toEqual([0, 3, 7, 9]);
    expect(src.eol).toBe('\r\n');
  });
  it('the style is the most frequent break; LF when there is none or a tie with CR', () => {
    expect(readSource('a\nb\r\nc\r\nd').eol).toBe('\r\n');
    expect(readSource('a\nb\nc\r\nd').eol).toBe('\n');
    expect(readSource('a\rb\rc\nd').eol).toBe('\r');
    expect(readSource('a\rb\nc').eol).toBe('\n');
    expect(readSource('abc').eol).toBe('\n');
    expect(readSource('a\r\nb\nc\rd').eol).toBe('\r\n');
  });
  it('old Mac line breaks split lines too', () => {
    expect(readSource('a\rb\r').lines.map((l) => l.raw)).toEqual(['a', 'b', '']);
  });
  it('a final line break gives a last empty line', () => {
    const src = readSource('a\n');
    expect(src.lines.map((l) => [l.start, l.raw, l.blank])).toEqual([
      [0, 'a', false],
      [2, '', true],
    ]);
  });
  it('a byte-order mark is noted and is no text of the first line', () => {
    const src = readSource('\uFEFFKẾT LUẬN');
    expect(src.hasBom).toBe(true);
    expect(src.lines[0].view.typed).toBe('KẾT LUẬN');
    expect(readSource('KẾT LUẬN').hasBom).toBe(false);
  });
  it('a line of spaces, a comment or markup only is blank; a line of stars is a rule line', () => {
    expect(readSource('   \n**\n\t\n<!-- x -->\n-\n** **').lines.map((l) => l.blank)).toEqual([
      true,
      false,
      true,
      true,
      false,
      false,
    ]);
  });
  it('a line holds its view: plain, with markup, or trimmed', () => {
    const src = readSource('Nơi nhận:\n**Nơi nhận:**\n  Nơi nhận:  ');
    expect(src.lines.map((l) => [l.view.typed, l.view.markup, src.text.slice(l.view.start, l.view.end)])).toEqual([
      ['Nơi nhận:', '', 'Nơi nhận:'],
      ['Nơi nhận:', '**', 'Nơi nhận:'],
      ['Nơi nhận:', '', 'Nơi nhận:'],
    ]);
  });
});

describe('column pieces', () => {
  const pieces = (line: string) => readSource(line).lines[0].segs.map((s) => `${s.col}:${s.typed}`);
  it.each([
    ['three spaces split', 'ĐẢNG BỘ TỈNH   ĐẢNG CỘNG SẢN VIỆT NAM', ['0:ĐẢNG BỘ TỈNH', '15:ĐẢNG CỘNG SẢN VIỆT NAM']],
    ['two spaces do not', 'ĐẢNG BỘ TỈNH  ĐẢNG CỘNG SẢN', ['0:ĐẢNG BỘ TỈNH  ĐẢNG CỘNG SẢN']],
    ['a tab splits', 'Số 12-KL/TU\tHà Nội', ['0:Số 12-KL/TU', '12:Hà Nội']],
    ['two no-break spaces split', 'a\u00A0\u00A0b', ['0:a', '3:b']],
    ['one no-break space does not', 'a\u00A0b', ['0:a b']],
    ['leading spaces give the column', '      BÍ THƯ', ['6:BÍ THƯ']],
    ['a right-hand piece alone', '                     Nguyễn Văn An', ['21:Nguyễn Văn An']],
    [
      'three pieces; the column of a piece is that of its first letter, after its markup',
      '**Nơi nhận:**     T/M   BAN',
      ['2:Nơi nhận:', '18:T/M', '24:BAN'],
    ],
    ['tabs and spaces mixed in one gap', 'a \t  b', ['0:a', '5:b']],
    ['a blank line has none', '', []],
  ])('%s', (_why, line, expected) => {
    expect(pieces(line)).toEqual(expected);
  });
  it('a line over 4,000 characters is one piece', () => {
    const pieces = (t: string) => readSource(t).lines[0].segCount;
    expect(pieces(`${'x'.repeat(3996)}   y`)).toBe(2); // 4,000 characters
    expect(pieces(`${'x'.repeat(3997)}   y`)).toBe(1);
    expect(pieces(`**${'x'.repeat(3992)}   y**`)).toBe(2); // with markup: 4,000 characters
    expect(pieces(`**${'x'.repeat(3993)}   y**`)).toBe(1);
  });
  it('segCount agrees with segs', () => {
    for (const l of readSource('a\n\nb   c\n  **d**   e\n\t').lines) expect(l.segCount).toBe(l.segs.length);
  });
});

describe('page numbers left by a PDF copy', () => {
  it.each([
    ['3', true],
    ['12', true],
    ['123', true],
    ['1234', false],
    ['- 3 -', true],
    ['-3-', true],
    ['- 12', true],
    ['12 -', true],
    ['\f', true],
    ['\f  ', true],
    ['3.', false],
    ['a', false],
    ['**3**', false],
    ['   7   ', true],
    ['Trang 3', false],
    ['', false],
  ])('%j → %s', (line, expected) => {
    expect(readSource(line).lines[0].pageArtifact).toBe(expected);
  });
});

describe('offsets and positions', () => {
  const src = readSource('ab\ncde\n\nf');
  it('positionAt finds the line and the character; outside offsets are clamped', () => {
    expect([0, 2, 3, 5, 6, 7, 8, 9, -5, 99].map((o) => positionAt(src, o))).toEqual([
      { line: 0, character: 0 },
      { line: 0, character: 2 },
      { line: 1, character: 0 },
      { line: 1, character: 2 },
      { line: 1, character: 3 },
      { line: 2, character: 0 },
      { line: 3, character: 0 },
      { line: 3, character: 1 },
      { line: 0, character: 0 },
      { line: 3, character: 1 },
    ]);
  });
  it('offsetAt is the inverse inside a line, and clamps to the line and the text', () => {
    expect(offsetAt(src, 1, 2)).toBe(5);
    expect(offsetAt(src, 1, 99)).toBe(6);
    expect(offsetAt(src, 1, -3)).toBe(3);
    expect(offsetAt(src, -1, 4)).toBe(0);
    expect(offsetAt(src, 4, 0)).toBe(9);
    expect(offsetAt(src, 3, 0)).toBe(8);
  });
});

describe('white space as a regular expression reads it', () => {
  it('agrees with \\s on every UTF-16 code unit', () => {
    const wrong: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isRegexSpace(c) !== /\s/.test(String.fromCharCode(c))) wrong.push(c);
    expect(wrong).toEqual([]);
  });
});

describe('the fast path of plain lines', () => {
  // A line of plain characters is its own view without being read character by character. The character-by-character
  // reading is the reference: a word joiner (dropped from every view, and never plain) in front forces it. Both must
  // give the same view for every UTF-16 code unit between two letters, and for each as a line of its own.
  const WJ = '\u2060';
  const same = (line: string) => {
    const fast = makeView(line, 0, line.length),
      slow = makeView(WJ + line, 0, line.length + 1);
    return fast.typed === slow.typed;
  };
  it('agrees with the character-by-character reading on every code unit', () => {
    const wrong: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      if ('#-=*_'.includes(ch)) continue; // markup at the start of a line: the reference would not see it there
      if (!same('x' + ch + 'y') || !same('x' + ch)) wrong.push(c.toString(16));
    }
    expect(wrong).toEqual([]);
  });
  it('agrees on lines mixing plain runs with markup, comments, escapes, odd spaces and combining marks', () => {
    const piece = fc.constantFrom(
      'Ban',
      ' ',
      'Thường vụ',
      'ệ',
      'e\u0302\u0323',
      '\u00A0',
      '\u200B',
      '\u2003',
      '*',
      '**',
      '_',
      '\\*',
      '\\',
      '<!--',
      '-->',
      '<',
      '#',
      '-',
      '7',
      '😀',
      '\u1DC4',
      '\t',
      'a_b',
      '“',
      '…',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), (parts) => {
        const line = 'x' + parts.join('');
        const fast = makeView(line, 0, line.length),
          slow = makeView(WJ + line, 0, line.length + 1);
        const src = (v: ReturnType<typeof makeView>, text: string) =>
          Array.from({ length: v.typed.length }, (_, i) => text.slice(srcStart(v, i), srcEnd(v, i))).join('|');
        expect(slow.typed).toBe(fast.typed);
        expect(src(slow, WJ + line)).toBe(src(fast, line));
        expect((WJ + line).slice(slow.start, slow.end)).toBe(line.slice(fast.start, fast.end));
      }),
      { numRuns: 3000 },
    );
  });
  it('the characters it must not take as they are: odd spaces, zero-width characters, combining marks', () => {
    expect(view('a\u00A0b').typed).toBe('a b');
    expect(view('a\u2003b').typed).toBe('a b');
    expect(view('a\u3000b').typed).toBe('a b');
    expect(view('a\u200Bb').typed).toBe('ab');
    expect(view('a\uFEFFb').typed).toBe('ab');
    expect(view('a\u2060b').typed).toBe('ab');
    expect(view('Vie\u0302\u0323t').typed).toBe('Việt'); // NFD
    expect(view('a\u1DC4b').typed).toBe('a\u1DC4b'); // a combining mark of the supplement, kept on its base
    expect(behind('a\u1DC4b')).toBe('a\u1DC4|a\u1DC4|b'); // both view characters come from the cluster
    expect(behind('x\u20D7y')).toBe('x\u20D7|x\u20D7|y'); // combining marks for symbols
    expect(view('a\tb').typed).toBe('a b');
    expect(view('a\u000Bb').typed).toBe('a b');
    expect(view('a\u000Cb').typed).toBe('a b');
  });
});

describe('more edges of the text layer', () => {
  it('the line-break style: CR beats a single CRLF', () => {
    expect(readSource('a\r\nb\rc\rd').eol).toBe('\r');
  });
  it('offsetAt on the first line; positionAt on a single line', () => {
    expect(offsetAt(readSource('abc\nd'), 0, 2)).toBe(2);
    expect(positionAt(readSource('abc'), 2)).toEqual({ line: 0, character: 2 });
  });
  it('input that is not a string is read as text', () => {
    expect(readSource(undefined as unknown as string).text).toBe('');
    expect(readSource(null as unknown as string).lines).toHaveLength(1);
    expect(readSource(42 as unknown as string).text).toBe('42');
  });
  it.each([
    ['a form feed after text', 'xy\f', false],
    ['text after a form feed', '\fab', false],
    ['a page number of nine characters', '-   123 -', true],
    ['ten characters are too many', '-    123 -', false],
  ])('page numbers: %s', (_why, line, expected) => {
    expect(readSource(line).lines[0].pageArtifact).toBe(expected);
  });
  it.each([
    ['a single no-break space inside a piece stays', 'a   b\u00A0c', ['0:a', '4:b c']],
    ['a piece holding only a comment is no piece', 'a   <!-- x -->   b', ['0:a', '17:b']],
    ['a gap of a tab then spaces is one gap', 'a\t   b', ['0:a', '5:b']],
  ])('column pieces: %s', (_why, line, expected) => {
    expect(readSource(line).lines[0].segs.map((s) => `${s.col}:${s.typed}`)).toEqual(expected);
  });
  it.each([['\t'], ['\f'], ['\v'], ['\uFEFF'], ['\u2000'], ['\u200A'], ['\u200B'], ['\u3000'], ['\u202F']])(
    'an odd space %j at both ends of a line is trimmed',
    (sp) => {
      const t = `${sp}Nội dung${sp}`;
      const v = readSource('x\n' + t).lines[1].view;
      expect(v.typed).toBe('Nội dung');
    },
  );
  it('a heading mark with several spaces; "<" that opens no comment; an unclosed comment', () => {
    expect(view('##   Tiêu đề').typed).toBe('Tiêu đề');
    expect(view('Tỷ lệ < 5% và > 2%').typed).toBe('Tỷ lệ < 5% và > 2%');
    expect(view('Nội dung <!-- ghi chú').typed).toBe('Nội dung');
    expect(view('A <!-- x --> B').typed).toBe('A  B');
    expect(view('A <!-- x -->').typed).toBe('A');
  });
  it('underscores as emphasis at the ends of a line, kept inside a word', () => {
    expect(view('_Nội dung_').typed).toBe('Nội dung');
    expect(view('tên_tệp_mới').typed).toBe('tên_tệp_mới');
  });
  it('a character NFC replaces on its own (the Ångström sign) and a letter outside the BMP', () => {
    expect(view('1 \u212B').typed).toBe('1 \u00C5');
    expect(view('a\u{1D400}b').typed).toBe('a\u{1D400}b');
    // Each half of the surrogate pair stands for the whole character.
    expect(behind('a\u{1D400}b')).toBe('a|\u{1D400}|\u{1D400}|b');
  });
});
