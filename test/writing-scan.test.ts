// The prose scan shared by the writing rules (server/src/core/writing/scan.ts): which lines of a draft are prose,
// how each line is cut into words, which words the syllable rules judge, and when a line or a whole draft is
// left alone as damaged; the helpers the rules share (sentence start, ranking, glued words, the user dictionary).
// Expectations are written by hand from the drafts below.
import { describe, it, expect } from 'vitest';
import { parse } from '../server/src/core';
import { writingScan, type ProseLine } from '../server/src/core/writing/scan';
import { rank, sentenceStart, splitGlued } from '../server/src/core/writing/util';
import { dictionarySet } from '../server/src/core/writing/dictionary';

const HEAD = [
  'ĐẢNG BỘ TỈNH LÂM ĐỒNG                    ĐẢNG CỘNG SẢN VIỆT NAM', // 0
  'ĐẢNG ỦY XÃ TÂN LẬP', // 1
  '*', // 2
  'Số 07-KL/ĐU                              Tân Lập, ngày 15 tháng 8 năm 2026', // 3
  '', // 4
  'KẾT LUẬN', // 5
  'của Ban Thường vụ Đảng ủy xã', // 6
  'về công tác chuyển đổi số', // 7
  '-----', // 8
  '', // 9
];
const TAIL = [
  '',
  'Nơi nhận:                                T/M BAN THƯỜNG VỤ',
  '- Các chi bộ trực thuộc;                 PHÓ BÍ THƯ',
  '- Lưu Văn phòng Đảng ủy,',
  '  bản điện tử.',
  '',
  '                                         Lê Thị Hồng Nhung',
];
/** A draft whose body starts at line 10. */
const draft = (...body: string[]) => [...HEAD, ...body, ...TAIL].join('\n');
const scanOf = (text: string) => writingScan(parse(text));
const indexes = (text: string) => scanOf(text).lines.map((l) => l.index);
/** The only prose line of a one-line body. */
const line = (body: string): ProseLine => {
  const lines = scanOf(draft(body)).lines;
  expect(lines.map((l) => l.index)).toEqual([10]);
  return lines[0];
};
/** Each word as written, with a * when the syllable rules judge it. */
const words = (l: ProseLine) => l.w.map((w, i) => w.text + (l.syl(i) ? '*' : ''));

describe('which lines are prose', () => {
  it('body lines only: not the header, Nơi nhận (with its continuation), the signature, blanks or capitals', () => {
    const text = draft('Hội nghị thống nhất như sau:', '', 'I. ĐÁNH GIÁ CHUNG', 'Các chi bộ đã làm tốt.');
    expect(indexes(text)).toEqual([10, 13]);
  });

  it('a fenced block is skipped, whichever fence and indent; two backticks open nothing', () => {
    const text = draft(
      'Đoạn mở đầu.', // 10
      '  ```', // 11
      'mã bên trong', // 12
      '```', // 13
      'Đoạn giữa.', // 14
      '\t~~~', // 15
      'vẫn là mã', // 16
      '~~~', // 17
      '`` chưa là rào', // 18
      '~`~ cũng không', // 19
      'Đoạn cuối.', // 20
    );
    expect(indexes(text)).toEqual([10, 14, 18, 19, 20]);
  });

  it('a table rule and a two-column line are no prose; a line of more than 20,000 characters neither', () => {
    const long = 'chữ '.repeat(5001);
    const text = draft(
      'Đoạn một.', // 10
      '| --- | --- |', // 11
      ':---- căn lề', // 12
      'Bên trái có chữ                          Bên phải có chữ', // 13
      long, // 14
      '  | --- | có chữ', // 15
      '|:---|', // 16
      '- Các chi bộ làm tốt.', // 17: a list item, prose
      '-- hai gạch vẫn là văn', // 18
      'Đoạn hai.', // 19
    );
    expect(indexes(text)).toEqual([10, 17, 18, 19]);
    // Exactly 20,000 characters is still read.
    const edge = ('chữ ' + 'a'.repeat(19_996)).slice(0, 20_000);
    expect(indexes(draft(edge))).toEqual([10]);
  });

  it('an appendix after the signature is prose again; the lines between are not', () => {
    const text = [
      ...HEAD,
      'Đoạn thân bài.', // 10
      ...TAIL, // 11-17
      '', // 18
      'PHỤ LỤC', // 19
      'Danh mục các chi bộ được giao.', // 20
      'Chi bộ thôn Một.', // 21
    ].join('\n');
    const model = parse(text);
    expect(model.appendixLine).toBe(19);
    expect(indexes(text)).toEqual([10, 20, 21]);
    // An appendix heading in sentence case is prose itself.
    const sentence = text.replace('PHỤ LỤC', 'Phụ lục các chi bộ');
    expect(parse(sentence).appendixLine).toBe(19);
    expect(indexes(sentence)).toEqual([10, 19, 20, 21]);
  });

  it('a body that runs to the last line is read to its end', () => {
    const text = [...HEAD, 'Đoạn một.', 'Đoạn cuối của văn bản.'].join('\n');
    expect(indexes(text)).toEqual([10, 11]);
  });

  it('is computed once per model', () => {
    const model = parse(draft('Một đoạn văn.'));
    expect(writingScan(model)).toBe(writingScan(model));
  });
});

describe('words of a line', () => {
  it('cuts at every non-letter and records where each word is', () => {
    const l = line('Hội nghị, (thống nhất) giao.');
    expect(l.w.map((w) => w.text)).toEqual(['Hội', 'nghị', 'thống', 'nhất', 'giao']);
    expect([...l.s]).toEqual([0, 4, 11, 17, 23]);
    expect([...l.e]).toEqual([3, 8, 16, 21, 27]);
    expect(l.text).toBe('Hội nghị, (thống nhất) giao.');
  });

  it('knows the case of each word: lower, capital first, all capitals or mixed', () => {
    const l = line('đi Hà NỘI iPhone nhé');
    expect(l.w.map((w) => [w.caps, w.low])).toEqual([
      [0, 'đi'],
      [1, 'hà'],
      [2, 'nội'],
      [2, 'iphone'],
      [0, 'nhé'],
    ]);
  });

  it('the characters around a word, the text between two and whether they are one space apart', () => {
    const l = line('(một hai,ba  bốn)');
    expect(l.pre(0)).toBe('(');
    expect(l.post(3)).toBe(')');
    expect(l.between(1, 2)).toBe(',');
    expect(l.between(2, 3)).toBe('  ');
    expect(l.spaced(0)).toBe(true);
    expect(l.spaced(1)).toBe(false); // a comma, not a space
    expect(l.spaced(2)).toBe(false); // two spaces
    expect(l.spaced(3)).toBe(false); // the last word
    expect(l.spaced(-1)).toBe(false);
    const bare = line('một hai');
    expect(bare.pre(0)).toBe('');
    expect(bare.post(1)).toBe('');
    expect(bare.spaced(0)).toBe(true);
    expect(line('một-hai').spaced(0)).toBe(false); // a hyphen
  });

  it('web addresses, e-mail addresses and code spans hold no words', () => {
    const l = line('Xem https://vi.example.org/trang-chu và www.mau.vn hoặc thư hop@dangbo.vn và `mã lỗi` nhé');
    expect(l.w.map((w) => w.text)).toEqual(['Xem', 'và', 'hoặc', 'thư', 'và', 'nhé']);
    // Each kind alone on its line.
    expect(line('Xem https://vi.example.org/trang nhé').w.map((w) => w.text)).toEqual(['Xem', 'nhé']);
    expect(line('Xem www.mau.vn nhé').w.map((w) => w.text)).toEqual(['Xem', 'nhé']);
    expect(line('Gửi hop@dangbo.vn nhé').w.map((w) => w.text)).toEqual(['Gửi', 'nhé']);
    expect(line('Gõ `lệnh` nhé').w.map((w) => w.text)).toEqual(['Gõ', 'nhé']);
    // A line that is only an address has no word: no prose line at all.
    expect(indexes(draft('https://dangbo.example.vn/van-ban', 'Đoạn sau.'))).toEqual([11]);
  });

  it('a character beyond the letter table (an ellipsis, a dash) ends a word', () => {
    expect(line('việc…tiếp—nữa').w.map((w) => w.text)).toEqual(['việc', 'tiếp', 'nữa']);
  });

  it('a line in capitals, or with no letter, holds no prose', () => {
    expect(indexes(draft('CHỈ ĐẠO CỦA BAN THƯỜNG VỤ', '2026 – 2030', 'Được.'))).toEqual([12]);
  });
});

describe('which words the syllable rules judge', () => {
  it('lower-case words of two to seven letters, away from digits, paths, addresses and apostrophes', () => {
    const l = line("đi 3km tiếp COVID-19 về km26 qua a/b và x_y cả hop@ ra \\tên H'leo lên d'ak tới và/hoặc tên_tệp");
    expect(words(l)).toEqual([
      'đi*',
      'km', // after a digit
      'tiếp*',
      'COVID',
      'về*',
      'km', // before a digit
      'qua*',
      'a', // one letter
      'b',
      'và*',
      'x',
      'y',
      'cả*',
      'hop', // before @
      'ra*',
      'tên', // after a backslash
      'H',
      'leo', // after an apostrophe
      'lên*',
      'd', // before an apostrophe
      'ak',
      'tới*',
      'và', // beside a slash
      'hoặc',
      'tên', // beside an underscore
      'tệp',
    ]);
  });

  it('abbreviations with dots and words too long are not judged; a sentence end is', () => {
    const l = line('các v.v. như tp.hcm và nghiêngg cùng hết. Sau đó');
    expect(words(l)).toEqual(['các*', 'v', 'v', 'như*', 'tp', 'hcm', 'và*', 'nghiêngg', 'cùng*', 'hết*', 'Sau', 'đó*']);
  });

  it('hyphenated groups: judged when all lower case, not with a capital or a digit', () => {
    const l = line('xã Mát-xcơ-va và ca-nô cùng tổ-3 nhé');
    expect(words(l)).toEqual(['xã*', 'Mát', 'xcơ', 'va', 'và*', 'ca*', 'nô*', 'cùng*', 'tổ', 'nhé*']);
  });

  it('loanwords, units and roman numerals are not judged', () => {
    const l = line('mục xii đo kg bằng email nhé');
    expect(words(l)).toEqual(['mục*', 'xii', 'đo*', 'kg', 'bằng*', 'email', 'nhé*']);
  });
});

describe('lines and drafts left alone as damaged', () => {
  it('Greek or Cyrillic letters are not "foreign": two such words leave the line prose', () => {
    // "сӓch" and "nhаn" hold Cyrillic letters (the homoglyph rule's), so no syllable judges them.
    const l = line('Các chi bộ сӓch làm tốt nhаn việc được giao');
    expect(l.w.find((w) => w.text === 'сӓch')!.foreign).toBe(false);
    expect(l.w.find((w) => w.text === 'nhаn')!.foreign).toBe(false);
    expect(l.w.find((w) => w.text === 'chi')!.foreign).toBe(false);
    // No syllable rule judges them; the Vietnamese words around are judged.
    expect(words(l)).toEqual(['Các', 'chi*', 'bộ*', 'сӓch', 'làm*', 'tốt*', 'nhаn', 'việc*', 'được*', 'giao*']);
  });

  it('old-style tone placement is no impossible syllable: four such words leave the line prose', () => {
    expect(indexes(draft('hoà thuý toà khoẻ các chi bộ đã làm tốt.'))).toEqual([10]);
  });

  it('words in capitals with letters Vietnamese does not use do not mark the line damaged', () => {
    expect(indexes(draft('Đoàn đi WROCŁAW và ŁÓDŹ trong tháng.'))).toEqual([10]);
    expect(indexes(draft('Đoàn đi wrocław và łódź trong tháng.'))).toEqual([]);
  });

  it('a word with letters Vietnamese does not use is foreign', () => {
    const l = line('Các chi bộ đi Wrocław hôm nay');
    const w = l.w.find((x) => x.text === 'Wrocław')!;
    expect([w.vn, w.foreign]).toEqual([false, true]);
  });

  // Neither line is damaged by itself: three impossible syllables in eleven judged words, then two in ten.
  const bad3 = ['bcd các chi bộ xyq đã làm tốt hết nhóm ghq.', 'trk các tổ đã làm xong việc giao rồi kpq.'];
  // Ten judged words ("Các" with its capital is not judged), all possible.
  const good = 'Các chi bộ đã làm tốt việc được giao trong năm nay.';

  it('a whole draft with ten impossible syllables, fifteen in a hundred of the words judged, is left alone', () => {
    // 10 impossible of 62 judged (16 %).
    const body = [bad3[0], bad3[1], bad3[0], bad3[1], good, good];
    expect(scanOf(draft(...body)).lines).toEqual([]);
    // 8 impossible of 42: kept.
    expect(indexes(draft(bad3[0], bad3[1], bad3[0], good))).toEqual([10, 11, 12, 13]);
  });

  it('ten impossible syllables among many good words (under fifteen in a hundred) are typos, kept', () => {
    // 10 impossible of 122 judged (8 %).
    const body = [bad3[0], bad3[1], bad3[0], bad3[1], ...Array<string>(8).fill(good)];
    expect(indexes(draft(...body))).toHaveLength(12);
  });

  it('a line with four impossible syllables in ten words is damaged, the others stay', () => {
    expect(indexes(draft('bcd xyq ghq trk các chi bộ đã làm tốt.', good))).toEqual([11]);
  });
});

describe('word counts for suggestions', () => {
  it('counts lower-case words of the prose only', () => {
    const s = scanOf(draft('Chi bộ họp, chi bộ giao.', 'Giao việc cho chi bộ.'));
    expect(s.count.get('chi')).toBe(2); // "Chi" with a capital is not counted
    expect(s.count.get('giao')).toBe(1); // "Giao" with a capital is not counted
    expect(s.count.get('nhận')).toBeUndefined(); // in Nơi nhận, not prose
    expect(s.count).toBe(s.count);
  });
});

describe('helpers of the writing rules', () => {
  /** Whether the word at the given text starts a sentence on the line. */
  const startsAt = (body: string, word: string) => {
    const l = line(body);
    return sentenceStart(l, l.text.indexOf(word));
  };

  it('a sentence starts at the line start (after a list marker or an opening quote) and after . ? ! : …', () => {
    expect(startsAt('Nội dung chính.', 'Nội')).toBe(true);
    expect(startsAt('a) Nội dung chính.', 'Nội')).toBe(true);
    expect(startsAt('IV. Nội dung chính.', 'Nội')).toBe(true);
    expect(startsAt('“Nội dung chính.”', 'Nội')).toBe(true);
    for (const mark of ['.', '?', '!', ':', '…']) expect(startsAt(`Xong${mark} Tiếp theo.`, 'Tiếp')).toBe(true);
    expect(startsAt('Xong.” Tiếp theo.', 'Tiếp')).toBe(true); // a closing quote after the stop
    expect(startsAt('Xong. (Tiếp theo.)', 'Tiếp')).toBe(true); // an opening bracket before the word
    expect(startsAt('Xong.Tiếp theo.', 'Tiếp')).toBe(true); // no space
    expect(startsAt('Xong, Tiếp theo.', 'Tiếp')).toBe(false);
    expect(startsAt('Xong. và “Tiếp theo.', 'Tiếp')).toBe(false);
    expect(startsAt('Xong.) Tiếp theo.', 'Tiếp')).toBe(true);
    expect(startsAt('Xong.)) Tiếp theo.', 'Tiếp')).toBe(false); // one closing mark only
    expect(startsAt('Xong. ((Tiếp theo.', 'Tiếp')).toBe(false); // one opening mark only
  });

  it('the line-start test reads the whole line before the word only when it is 24 characters or fewer', () => {
    expect(startsAt('1.2.3.4.5.6.7.8.9.10.1) Nội dung.', 'Nội')).toBe(true); // 24 characters before
    expect(startsAt('1.2.3.4.5.6.7.8.9.10.11) Nội dung.', 'Nội')).toBe(false); // 25
  });

  it('ranks the draft’s own words first, then common words; sure only of a clear first', () => {
    // "việc" is a common word; "ngoèo" is not, and occurs once in the draft (a count of 1 outweighs "common").
    const scan = scanOf(draft('Con đường ngoằn ngoèo qua kinh nghiệm.'));
    expect(rank(['việc', 'ngoèo'], scan)).toEqual({ list: ['ngoèo', 'việc'], sure: true });
    // Both in the draft once, one of them common as well.
    expect(rank(['ngoằn', 'nghiệm'], scan)).toEqual({ list: ['nghiệm', 'ngoằn'], sure: true });
    expect(rank(['xyz', 'nghiệp'], scan)).toEqual({ list: ['nghiệp', 'xyz'], sure: true });
    expect(rank(['luất', 'xyz'], scan)).toEqual({ list: ['luất', 'xyz'], sure: false }); // neither scores
    expect(rank(['luất'], scan)).toEqual({ list: ['luất'], sure: true });
    expect(rank(['luất', 'luất'], scan)).toEqual({ list: ['luất'], sure: true }); // one candidate twice
    expect(rank([], scan)).toEqual({ list: [], sure: false });
  });

  it('splits a glued word into two syllables, the longest first syllable winning', () => {
    expect(splitGlued('môitrường')).toEqual(['môi', 'trường']);
    expect(splitGlued('mẹba')).toEqual(['mẹ', 'ba']); // four letters, the shortest split
    expect(splitGlued('mẹb')).toBeNull();
    expect(splitGlued('nghiêngnghiêng')).toEqual(['nghiêng', 'nghiêng']); // fourteen letters, the longest
    expect(splitGlued('nghiêngnghiêngg')).toBeNull();
    expect(splitGlued('chàoa')).toEqual(['chà', 'oa']); // the second syllable has two letters at least
    expect(splitGlued('homnay')).toBeNull(); // plain ASCII: more likely a foreign word
    expect(splitGlued('bcdxyz')).toBeNull();
  });

  it('the user dictionary: trimmed keys with the new tone placement, made once per list', () => {
    expect(dictionarySet(undefined)).toBeUndefined();
    expect(dictionarySet([])).toBeUndefined();
    const list = [' Hòa Bình ', '  ', 'ngoẹo', 3 as unknown as string]; // old-style tone placement
    const set = dictionarySet(list)!;
    expect([...set].sort()).toEqual(['hoà bình', 'ngoẹo']);
    expect(dictionarySet(list)).toBe(set);
    const other = dictionarySet(['ngoẹo'])!;
    expect(other).not.toBe(set);
    expect([...other]).toEqual(['ngoẹo']);
  });
});
