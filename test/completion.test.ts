// Completion in the draft, run in this process (the LSP tests see it through the server bundle only): each case is
// a draft with the cursor marked "‸"; the test pins every entry the user is offered (label, inserted text, detail,
// the range it replaces, the order) and the line as it reads after picking one.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '../server/src/core';
import { completions, type CompletionEntry } from '../server/src/core/features/completion';
import { TODAY } from './helpers';

const CLEAN = readFileSync(join(__dirname, 'fixtures', 'clean-hd05.kl.md'), 'utf8');
const CURSOR = '‸';

/** The entries offered at the cursor of `marked`, and the text after picking one by its label. */
function offer(marked: string, opts: { today?: typeof TODAY; referenceDate?: string | null } = { today: TODAY }) {
  const offset = marked.indexOf(CURSOR);
  if (offset < 0) throw new Error('no cursor in the draft');
  const text = marked.slice(0, offset) + marked.slice(offset + 1);
  const entries = completions(parse(text, { today: TODAY }), offset, opts);
  const pick = (label: string): string => {
    const e = entries.find((x) => x.label === label);
    if (!e) throw new Error(`no entry ${label}: ${entries.map((x) => x.label).join(', ')}`);
    const r = e.replace ?? { start: offset, end: offset };
    return text.slice(0, r.start) + e.insertText + text.slice(r.end);
  };
  /** The line of the cursor after picking `label`. */
  const lineAfter = (label: string): string => {
    const line = text.slice(0, offset).split('\n').length - 1;
    return pick(label).split('\n')[line];
  };
  return { entries, offset, text, pick, lineAfter, labels: entries.map((e) => e.label) };
}
/** The clean draft with line `n` (1-based) replaced. */
const withLine = (n: number, line: string, base = CLEAN) => {
  const ls = base.split('\n');
  ls[n - 1] = line;
  return ls.join('\n');
};
const rel = (o: ReturnType<typeof offer>, e: CompletionEntry) => [
  e.replace!.start - o.offset,
  e.replace!.end - o.offset,
];

describe('type codes after "Số NN-"', () => {
  it('every code of the regime, each replacing what is typed after the dash and adding the slash', () => {
    const o = offer(withLine(4, 'Số 08-K‸                              Tân Lập, ngày 15 tháng 8 năm 2026'));
    const kl = o.entries.find((e) => e.label === 'KL')!;
    expect(kl).toEqual({ label: 'KL', insertText: 'KL/', detail: 'Kết luận', kind: 'code', replace: kl.replace });
    expect(rel(o, kl)).toEqual([-1, 0]);
    expect(o.lineAfter('KL')).toBe('Số 08-KL/                              Tân Lập, ngày 15 tháng 8 năm 2026');
    expect(o.labels.slice(0, 3)).toEqual(['NQ', 'CT', 'KL']);
    expect(o.labels).toContain('CTr');
    expect(o.entries.find((e) => e.label === 'CTr')!.detail).toBe('Chương trình');
    // HD05 (a draft of 15/8/2026): one code QĐ for both "Quyết định" and "Quy định"; no QĐi.
    expect(o.labels).not.toContain('QĐi');
    expect(o.entries.find((e) => e.label === 'QĐ')!.detail).toBe('Quyết định / Quy định');
    expect(o.entries.every((e) => e.kind === 'code' && e.insertText === e.label + '/')).toBe(true);
  });
  it('under HD36 (a draft of 2024) QĐ and QĐi are two codes', () => {
    const t = withLine(4, 'Số 08-‸                                Tân Lập, ngày 15 tháng 8 năm 2024');
    const o = offer(t);
    expect(o.entries.find((e) => e.label === 'QĐi')!.detail).toBe('Quy định');
    expect(o.entries.find((e) => e.label === 'QĐ')!.detail).toBe('Quyết định');
    expect(rel(o, o.entries[0])).toEqual([0, 0]);
  });
  it('a blank draft number ("Số    -") and a citation in the body ("Thông báo số 12-") get the codes too', () => {
    const blank = offer(withLine(4, 'Số    -‸'));
    expect(blank.labels).toContain('KL');
    expect(blank.lineAfter('TB')).toBe('Số    -TB/');
    const cite = offer(withLine(15, 'Thực hiện Thông báo số 12-T‸'));
    expect(cite.lineAfter('TB')).toBe('Thực hiện Thông báo số 12-TB/');
    const paren = offer(withLine(15, 'Thực hiện văn bản (12-‸'));
    expect(paren.labels).toContain('KL');
  });
  it('near misses: a dash that starts a Nơi nhận item, a word with a dash, "Số 08" before its dash', () => {
    // A lone dash at the start of a Nơi nhận line is an item, not a number: recipients are offered instead.
    expect(offer(withLine(37, '-‸')).labels).not.toContain('KL');
    expect(offer(withLine(15, 'Kinh tế - xã hội-‸')).labels).toEqual([]);
    expect(offer(withLine(4, 'Số 08‸')).labels).not.toContain('KL');
  });
});

describe('issuer codes after "-KL/"', () => {
  it('the bodies of the regime, replacing what is typed after the slash', () => {
    const o = offer(withLine(4, 'Số 08-KL/T‸'));
    const tu = o.entries.find((e) => e.label === 'TU')!;
    expect(tu).toEqual({
      label: 'TU',
      insertText: 'TU',
      detail: 'Tỉnh ủy, thành ủy trực thuộc Trung ương',
      kind: 'code',
      replace: tu.replace,
    });
    expect(rel(o, tu)).toEqual([-1, 0]);
    expect(o.lineAfter('ĐU')).toBe('Số 08-KL/ĐU');
    // Under HD05 the codes of bodies reorganised in 2025 (huyện ủy, quận ủy) are not offered.
    expect(o.labels).not.toContain('HU');
    expect(o.labels).not.toContain('QU');
    expect(o.entries.every((e) => e.kind === 'code' && e.insertText === e.label)).toBe(true);
  });
  it('a draft dated under HD36 is offered them, at the cursor when nothing is typed', () => {
    const o = offer(withLine(4, 'Số 08-KL/‸                             Tân Lập, ngày 15 tháng 8 năm 2024'));
    expect(o.labels).toEqual(expect.arrayContaining(['HU', 'QU', 'TU', 'ĐU']));
    expect(rel(o, o.entries[0])).toEqual([0, 0]);
    expect(o.lineAfter('HU')).toBe('Số 08-KL/HU                             Tân Lập, ngày 15 tháng 8 năm 2024');
  });
  it('a type code with spaces around the dash ("số 12 - TB/") still leads to the issuers', () => {
    expect(offer(withLine(15, 'Thực hiện Thông báo số 12 - TB/‸')).labels).toContain('TU');
  });
});

describe('authorities after "T/M ", "T/L ", "K/T "', () => {
  it('T/M: the bodies that sign for a collective, in order, replacing what is typed', () => {
    const o = offer(withLine(33, 'Nơi nhận:                                T/M BAN TH‸'));
    expect(o.labels).toEqual([
      'T/M BAN THƯỜNG VỤ',
      'T/M ĐẢNG ỦY',
      'T/M TỈNH ỦY',
      'T/M THÀNH ỦY',
      'T/M CHI BỘ',
      'T/M ỦY BAN KIỂM TRA',
      'T/M BAN CHẤP HÀNH TRUNG ƯƠNG',
      'T/M BỘ CHÍNH TRỊ',
      'T/M BAN BÍ THƯ',
      'T/M HỘI ĐỒNG',
    ]);
    const e = o.entries[0];
    expect(e).toMatchObject({ insertText: 'BAN THƯỜNG VỤ', detail: 'Văn bản của ban thường vụ cấp ủy', kind: 'text' });
    expect(rel(o, e)).toEqual([-6, 0]);
    expect(o.lineAfter('T/M CHI BỘ')).toBe('Nơi nhận:                                T/M CHI BỘ');
    expect(o.entries.find((x) => x.label === 'T/M BỘ CHÍNH TRỊ')!.detail).toBe('Không ghi chức vụ dưới dòng này');
  });
  it('T/L and K/T, on a line of their own, in bold', () => {
    const tl = offer(withLine(40, 'T/L ‸'));
    expect(tl.entries).toEqual([
      {
        label: 'T/L BAN THƯỜNG VỤ',
        insertText: 'BAN THƯỜNG VỤ',
        detail: 'Chánh (phó chánh) văn phòng ký thừa lệnh',
        kind: 'text',
        replace: { start: tl.offset, end: tl.offset },
      },
    ]);
    const kt = offer(withLine(40, '**K/T G‸'));
    expect(kt.labels).toEqual(['K/T TRƯỞNG BAN', 'K/T CHÁNH VĂN PHÒNG', 'K/T GIÁM ĐỐC']);
    expect(kt.lineAfter('K/T GIÁM ĐỐC')).toBe('**K/T GIÁM ĐỐC');
  });
  it('near misses: "T/M" with no space yet, "TM. " (the state form), "T/M" inside a sentence', () => {
    expect(offer(withLine(40, 'T/M‸')).labels).not.toContain('T/M BAN THƯỜNG VỤ');
    expect(offer(withLine(40, 'TM. ‸')).labels).toEqual([]);
    expect(offer(withLine(15, 'Văn bản ký T/M ‸')).labels).not.toContain('T/M BAN THƯỜNG VỤ');
  });
});

describe('titles on the line under the authority', () => {
  /** The clean draft with its signature block on lines of its own after the Nơi nhận: authority, then the cursor. */
  const under = (authority: string, typed = '') => {
    const t = CLEAN.replace(
      'Nơi nhận:                                T/M BAN THƯỜNG VỤ\n- Ban Thường vụ Tỉnh ủy (để báo cáo);    PHÓ BÍ THƯ',
      `${authority}\n${typed}‸\n\nNơi nhận:\n- Ban Thường vụ Tỉnh ủy (để báo cáo);`,
    );
    return offer(t);
  };
  it('under T/M BAN THƯỜNG VỤ: secretary and deputy, replacing the line from its first letter', () => {
    const o = under('T/M BAN THƯỜNG VỤ', '  PHÓ');
    expect(o.entries).toEqual([
      {
        label: 'BÍ THƯ',
        insertText: 'BÍ THƯ',
        detail: 'Chức vụ dưới "T/M BAN THƯỜNG VỤ"',
        kind: 'text',
        replace: { start: o.offset - 3, end: o.offset },
      },
      {
        label: 'PHÓ BÍ THƯ',
        insertText: 'PHÓ BÍ THƯ',
        detail: 'Chức vụ dưới "T/M BAN THƯỜNG VỤ"',
        kind: 'text',
        replace: { start: o.offset - 3, end: o.offset },
      },
    ]);
    expect(o.lineAfter('PHÓ BÍ THƯ')).toBe('  PHÓ BÍ THƯ');
  });
  it('by the body signed for: inspection committee, council, Central Committee, Politburo', () => {
    expect(under('T/M ỦY BAN KIỂM TRA').labels).toEqual(['CHỦ NHIỆM', 'PHÓ CHỦ NHIỆM']);
    expect(under('T/M UỶ BAN KIỂM TRA').labels).toEqual(['CHỦ NHIỆM', 'PHÓ CHỦ NHIỆM']);
    expect(under('T/M HỘI ĐỒNG').labels).toEqual(['CHỦ TỊCH', 'PHÓ CHỦ TỊCH']);
    expect(under('T/M BAN CHẤP HÀNH TRUNG ƯƠNG').labels).toEqual(['TỔNG BÍ THƯ']);
    expect(under('T/M CHI BỘ').labels).toEqual(['BÍ THƯ', 'PHÓ BÍ THƯ']);
    // No title is written under the Politburo or the Secretariat: nothing of this kind is offered.
    expect(under('T/M BỘ CHÍNH TRỊ').labels).not.toContain('BÍ THƯ');
    expect(under('T/M BAN BÍ THƯ').labels).not.toContain('PHÓ BÍ THƯ');
  });
  it('K/T: the deputy of the office named; T/L: the office chiefs of the regime', () => {
    expect(under('K/T TRƯỞNG BAN').labels).toEqual(['PHÓ TRƯỞNG BAN']);
    expect(under('K/T CHÁNH VĂN PHÒNG').entries[0].detail).toBe('Chức vụ dưới "K/T CHÁNH VĂN PHÒNG"');
    expect(under('T/L BAN THƯỜNG VỤ').labels).toEqual(['CHÁNH VĂN PHÒNG', 'PHÓ CHÁNH VĂN PHÒNG']);
  });
  it('in a row-wise footer: the right-hand column under the authority, not the Nơi nhận item on its left', () => {
    const row = offer(withLine(34, '- Ban Thường vụ Tỉnh ủy (để báo cáo);    PHÓ‸'));
    // The line above is "Nơi nhận: … T/M BAN THƯỜNG VỤ": the title goes in the right-hand column.
    expect(row.labels).toEqual(['BÍ THƯ', 'PHÓ BÍ THƯ']);
    expect(row.lineAfter('PHÓ BÍ THƯ')).toBe('- Ban Thường vụ Tỉnh ủy (để báo cáo);    PHÓ BÍ THƯ');
    const empty = offer(withLine(34, '- Ban Thường vụ Tỉnh ủy (để báo cáo);    ‸'));
    expect(rel(empty, empty.entries[1])).toEqual([0, 0]);
    // The left column of that line is a Nơi nhận item: recipients, never a title written over the item.
    const left = offer(withLine(34, '- Ban Th‸'));
    expect(left.labels).not.toContain('BÍ THƯ');
    expect(left.labels[0]).toBe('- Ban Thường vụ Tỉnh ủy (để báo cáo);');
  });
  it('a long line under the authority is no title being typed', () => {
    expect(under('T/M BAN THƯỜNG VỤ', 'Đây là một dòng dài hơn ba mươi ký tự').labels).not.toContain('BÍ THƯ');
  });
});

describe('recipients inside Nơi nhận', () => {
  it("the usual recipients with the regime's end mark, then the archive line", () => {
    const o = offer(withLine(37, '- Các ‸'));
    expect(o.labels).toEqual([
      '- Ban Thường vụ Tỉnh ủy (để báo cáo);',
      '- Thường trực Tỉnh ủy (để báo cáo);',
      '- Các đồng chí Ủy viên Ban Thường vụ;',
      '- Các đồng chí Đảng ủy viên;',
      '- Ủy ban nhân dân xã;',
      '- Ủy ban Mặt trận Tổ quốc Việt Nam xã;',
      '- Các chi bộ trực thuộc;',
      '- Như trên;',
      '- Lưu Văn phòng Tỉnh ủy.',
    ]);
    expect(o.entries.map((e) => e.sortText)).toEqual(['10', '11', '12', '13', '14', '15', '16', '17', '2']);
    expect(o.entries[0].detail).toBe('Nơi nhận (HD05: ";" cuối dòng)');
    expect(o.entries[8].detail).toBe('Dòng lưu văn bản (dòng cuối)');
    expect(o.lineAfter('- Các chi bộ trực thuộc;')).toBe('- Các chi bộ trực thuộc;');
  });
  it('under HD36 the items end with a comma; an indented line keeps its indent', () => {
    const t = withLine(4, 'Số 07-KL/ĐU                              Tân Lập, ngày 15 tháng 8 năm 2024');
    const o = offer(withLine(37, '  - Như‸', t));
    expect(o.labels[7]).toBe('- Như trên,');
    expect(o.entries[0].detail).toBe('Nơi nhận (HD36: "," cuối dòng)');
    expect(o.lineAfter('- Như trên,')).toBe('  - Như trên,');
  });
  it('near misses: the label line itself, a line with digits, a line far below the signature', () => {
    expect(offer(withLine(33, 'Nơi nhận:‸')).labels).toEqual([]);
    expect(offer(withLine(37, '- Chi bộ 3‸')).labels).toEqual([]);
    const far = CLEAN + '\n\n\n\n\n\nGhi ‸';
    expect(offer(far).labels).not.toContain('- Như trên;');
  });
});

describe('the place-and-date line', () => {
  it("today's date, padded as the regime writes it, replacing the word begun", () => {
    const o = offer(withLine(4, 'Số 07-KL/ĐU                              Tân Lập, ng‸'), {
      today: { y: 2026, m: 2, d: 5 },
    });
    expect(o.entries).toEqual([
      {
        label: 'ngày 05 tháng 02 năm 2026',
        insertText: 'ngày 05 tháng 02 năm 2026',
        detail: 'Ngày hôm nay, ghi số 0 theo quy định (ngày < 10, tháng 1–2)',
        kind: 'snippet',
        replace: { start: o.offset - 2, end: o.offset },
      },
    ]);
    expect(o.lineAfter('ngày 05 tháng 02 năm 2026')).toBe(
      'Số 07-KL/ĐU                              Tân Lập, ngày 05 tháng 02 năm 2026',
    );
  });
  it('after the comma with nothing typed; "ngày" alone on a line; the reference date setting wins', () => {
    const comma = offer(withLine(4, 'Tân Lập, ‸'), { today: { y: 2026, m: 12, d: 1 } });
    expect(comma.labels).toEqual(['ngày 01 tháng 12 năm 2026']);
    expect(rel(comma, comma.entries[0])).toEqual([0, 0]);
    const word = offer(withLine(5, 'ngày‸'), { today: { y: 2026, m: 10, d: 15 } });
    expect(word.labels).toEqual(['ngày 15 tháng 10 năm 2026']);
    expect(rel(word, word.entries[0])).toEqual([-4, 0]);
    const ref = offer(withLine(4, 'Tân Lập, ngà‸'), { today: TODAY, referenceDate: '2026-03-09' });
    expect(ref.labels).toEqual(['ngày 09 tháng 3 năm 2026']);
    const badRef = offer(withLine(4, 'Tân Lập, ‸'), { today: { y: 2026, m: 1, d: 2 }, referenceDate: 'hôm qua' });
    expect(badRef.labels).toEqual(['ngày 02 tháng 01 năm 2026']);
  });
  it('near misses: a place in lower case, a date line in the body, "ngày" inside a longer word', () => {
    expect(offer(withLine(4, 'tân lập, ‸')).labels).toEqual([]);
    expect(offer(withLine(15, 'Tân Lập, ngày‸')).labels).toEqual([]);
    expect(offer(withLine(5, 'ngàyy‸')).labels).toEqual([]);
  });
});

describe('the next section number', () => {
  it('after "b)" under "2." under "II.": the next at each level, then the first child', () => {
    const o = offer(withLine(26, '‸'));
    expect(o.entries.map((e) => [e.label, e.insertText, e.detail, e.sortText])).toEqual([
      ['c)', 'c) ', 'Đề mục tiếp theo cùng cấp', '0'],
      ['3.', '3. ', 'Đề mục tiếp theo của cấp trên', '10'],
      ['III.', 'III. ', 'Đề mục tiếp theo của cấp trên', '11'],
      ['a)', 'a) ', 'Đề mục con đầu tiên', '2'],
    ]);
    expect(o.entries.every((e) => e.kind === 'section' && e.replace!.start === o.offset)).toBe(true);
  });
  it('replaces a number begun ("II") and keeps a Markdown heading mark before it', () => {
    const o = offer(withLine(16, '## II‸'));
    // The last heading before line 16 is "I. ĐÁNH GIÁ CHUNG".
    expect(o.labels).toEqual(['II.', '1.']);
    expect(o.lineAfter('II.')).toBe('## II. ');
    expect(rel(o, o.entries[0])).toEqual([-2, 0]);
  });
  it('the letter after "d)" is "đ)"; after "đ)" comes "e)"', () => {
    const t = withLine(25, 'b) Các chi bộ còn lại;\n\nc) Ba;\n\nd) Bốn;\n\n‸');
    expect(offer(t).labels[0]).toBe('đ)');
    const t2 = withLine(25, 'b) Các chi bộ còn lại;\n\nc) Ba;\n\nd) Bốn;\n\nđ) Năm;\n\n‸');
    expect(offer(t2).labels[0]).toBe('e)');
  });
  it('before any heading: "I."; other kinds of heading', () => {
    const first = offer(withLine(13, '‸'));
    expect(first.entries).toEqual([
      {
        label: 'I.',
        insertText: 'I. ',
        detail: 'Phần đầu tiên',
        kind: 'section',
        replace: { start: first.offset, end: first.offset },
        sortText: '0',
      },
    ]);
    const decimal = withLine(20, '\n1.1. Một;\n\n1.2. Hai;\n\n‸');
    expect(offer(decimal).labels).toEqual(['1.3.', '2.', 'III.', '1.2.1.']);
    const dieu = withLine(13, 'Điều 1. Một\n\n‸');
    expect(offer(dieu).labels).toEqual(['Điều 2.', '1.']);
    const paren = withLine(23, '(1) Một;\n\n‸');
    expect(offer(paren).labels.slice(0, 1)).toEqual(['(2)']);
    const part = withLine(13, 'Phần thứ nhất\n\nKẾT QUẢ\n\n‸');
    expect(offer(part).labels).toEqual(['Phần thứ hai', 'I.']);
  });
  it('near misses: a line of text, a line in the header, a number with a word after it', () => {
    expect(offer(withLine(16, 'Ủy ban ‸')).labels).toEqual([]);
    expect(offer(withLine(5, '‸')).labels).toEqual([]);
    expect(offer(withLine(16, '3. Tiếp ‸')).labels).toEqual([]);
  });
});

describe('edges of each context', () => {
  it('type codes after "Số:" with no space, "số12-" glued; none after a number glued to a word', () => {
    expect(offer(withLine(4, 'Số:-‸')).labels).toContain('KL');
    expect(offer(withLine(15, 'theo Thông báo số12-‸')).labels).toContain('TB');
    expect(offer(withLine(15, 'Mã ABC12-‸')).labels).toEqual([]);
  });
  it('issuer codes after a blank number "Số    -KL/"; the first day of HD05 already leaves out huyện ủy', () => {
    const blank = offer(withLine(4, 'Số    -KL/‸'));
    expect(blank.labels).toContain('ĐU');
    const first = offer(withLine(4, 'Số 08-KL/‸                             Tân Lập, ngày 27 tháng 5 năm 2026'));
    expect(first.labels).not.toContain('HU');
    const before = offer(withLine(4, 'Số 08-KL/‸                             Tân Lập, ngày 26 tháng 5 năm 2026'));
    expect(before.labels).toContain('HU');
  });
  it('authorities: two spaces after "T/M"; a letter glued before it is no authority', () => {
    const two = offer(withLine(40, 'T/M  B‸'));
    expect(two.lineAfter('T/M BAN THƯỜNG VỤ')).toBe('T/M  BAN THƯỜNG VỤ');
    expect(offer(withLine(40, 'xT/M ‸')).labels).toEqual([]);
  });
  it('titles: an authority on the first line, across a blank line, indented; a title of 29 or 30 letters', () => {
    expect(offer('T/M BAN THƯỜNG VỤ\nPHÓ‸').labels).toEqual(['BÍ THƯ', 'PHÓ BÍ THƯ']);
    expect(offer('T/M BAN THƯỜNG VỤ\n\nPHÓ‸').labels).toEqual(['BÍ THƯ', 'PHÓ BÍ THƯ']);
    expect(offer('          T/M BAN THƯỜNG VỤ\nPHÓ‸').labels).toEqual(['BÍ THƯ', 'PHÓ BÍ THƯ']);
    expect(offer('T/M BAN THƯỜNG VỤ\n' + 'A'.repeat(29) + '‸').labels).toEqual(['BÍ THƯ', 'PHÓ BÍ THƯ']);
    expect(offer('T/M BAN THƯỜNG VỤ\n' + 'A'.repeat(30) + '‸').labels).toEqual([]);
    // "T/M." (a dot the form does not take) gives no titles.
    expect(offer('T/M. BAN THƯỜNG VỤ\nPHÓ‸').labels).toEqual([]);
  });
  it('under the Politburo: no title; the next section numbers are offered instead', () => {
    const t = CLEAN.replace(
      'Nơi nhận:                                T/M BAN THƯỜNG VỤ\n- Ban Thường vụ Tỉnh ủy (để báo cáo);    PHÓ BÍ THƯ',
      'T/M BỘ CHÍNH TRỊ\n‸\n\nNơi nhận:\n- Ban Thường vụ Tỉnh ủy (để báo cáo);',
    );
    const o = offer(t);
    expect(o.entries.length).toBeGreaterThan(0);
    expect(o.entries.every((e) => e.kind === 'section')).toBe(true);
  });
  it('recipients: a line without a dash is offered them too; every entry is text replacing the same range', () => {
    const o = offer(withLine(37, 'Như‸'));
    expect(o.labels[0]).toBe('- Ban Thường vụ Tỉnh ủy (để báo cáo);');
    expect(o.entries.every((e) => e.kind === 'text')).toBe(true);
    expect(o.entries.every((e) => e.replace!.start === o.offset - 3 && e.replace!.end === o.offset)).toBe(true);
  });
  it('the date: spaces typed after "ngày" are replaced with it; below the header, or with more typed, none', () => {
    const o = offer(withLine(4, 'Số 07-KL/ĐU                              Tân Lập, ngày ‸'), { today: TODAY });
    expect(o.lineAfter('ngày 22 tháng 11 năm 2026')).toBe(
      'Số 07-KL/ĐU                              Tân Lập, ngày 22 tháng 11 năm 2026',
    );
    expect(offer(withLine(10, 'Tân Lập, ‸')).labels).toEqual([]);
    expect(offer(withLine(4, 'ở Tân Lập, ‸')).labels).toEqual([]);
    expect(offer(withLine(4, 'Tân Lập, ngày 5‸')).labels).toEqual([]);
    expect(offer(withLine(5, 'bangày‸')).labels).toEqual([]);
  });
  it('section numbers: "##II" glued; on the first line of the body', () => {
    expect(offer(withLine(16, '##II‸')).labels).toEqual(['II.', '1.']);
    expect(offer(withLine(10, '‸')).labels).toEqual(['I.']);
  });
});
