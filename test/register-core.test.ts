// The register's pure parts, run in this process (they are otherwise seen only through the language server's
// bundle): the text of a first citation, completion after "Số " and after "<type word> số ", the order and the
// numbering periods of the register, and the new-document wizard's drafts, pinned line by line.
import { describe, it, expect } from 'vitest';
import { parse } from '../server/src/core';
import {
  Register,
  indexDocument,
  numberKey,
  deadlineOf,
  citationDate,
  describeEntry,
  firstCitation,
  inPeriod,
  nextFree,
  newDraft,
  registerCompletions,
  wizardChoices,
  type RegisterEntry,
} from '../server/src/core/register';

/** A register row, as the index makes them; fields not given are those of a Thông báo of the Tỉnh ủy. */
function entry(over: Partial<RegisterEntry> & { file: string; num: number }): RegisterEntry {
  const typeCode = over.typeCode ?? 'TB';
  const issuerCode = over.issuerCode === undefined ? 'TU' : over.issuerCode;
  const number = over.number ?? `${over.num}-${typeCode}/${issuerCode ?? ''}`;
  return {
    name: over.file,
    number,
    key: `${over.num}-${typeCode}/${issuerCode ?? ''}`,
    typeCode,
    issuerCode,
    date: null,
    typeWord: 'Thông báo',
    title: '',
    issuerPhrase: null,
    about: '',
    family: 'party',
    line: 3,
    character: 3,
    endCharacter: 3 + number.length,
    ...over,
  };
}
function registerOf(...entries: RegisterEntry[]): Register {
  const r = new Register();
  for (const e of entries) r.set({ file: e.file, name: e.name, entry: e, citations: [], tasks: [] });
  return r;
}

describe('the text of a first citation', () => {
  it('pads the day below 10 and the months January and February, as the guides write dates', () => {
    expect(citationDate('2025-04-25')).toBe('25/4/2025');
    expect(citationDate('2026-01-20')).toBe('20/01/2026');
    expect(citationDate('2026-02-05')).toBe('05/02/2026');
    expect(citationDate('2026-03-09')).toBe('09/3/2026');
    expect(citationDate('2026-12-31')).toBe('31/12/2026');
  });
  it('number, date, issuer and "về …"; "V/v" becomes "về"; without an issuer, the trích yếu', () => {
    const e = entry({
      file: 'tb.md',
      num: 1246,
      date: '2025-04-25',
      issuerPhrase: 'Ban Thường vụ Tỉnh ủy',
      about: 'về chuyển đổi số',
      title: 'kết luận của Ban Thường vụ Tỉnh ủy về chuyển đổi số',
    });
    expect(firstCitation(e)).toBe('1246-TB/TU, ngày 25/4/2025 của Ban Thường vụ Tỉnh ủy về chuyển đổi số');
    expect(firstCitation({ ...e, about: 'V/v rà soát hồ sơ' })).toBe(
      '1246-TB/TU, ngày 25/4/2025 của Ban Thường vụ Tỉnh ủy về rà soát hồ sơ',
    );
    expect(firstCitation({ ...e, about: 'Vụ mùa năm 2025' })).toBe(
      '1246-TB/TU, ngày 25/4/2025 của Ban Thường vụ Tỉnh ủy Vụ mùa năm 2025',
    );
    expect(firstCitation({ ...e, issuerPhrase: null, about: '' })).toBe(
      '1246-TB/TU, ngày 25/4/2025 kết luận của Ban Thường vụ Tỉnh ủy về chuyển đổi số',
    );
    // With an issuer but no "về …", the trích yếu is not repeated after it.
    expect(firstCitation({ ...e, about: '' })).toBe('1246-TB/TU, ngày 25/4/2025 của Ban Thường vụ Tỉnh ủy');
    expect(firstCitation({ ...e, date: null, issuerPhrase: null, about: '', title: '' })).toBe('1246-TB/TU');
  });
  it('one line about an entry, in Vietnamese and in English, with or without a date', () => {
    const e = entry({ file: 'a/tb.md', name: 'tb.md', num: 1246, date: '2026-02-05', line: 3 });
    expect(describeEntry(e)).toBe('Thông báo 1246-TB/TU, ngày 05/02/2026 (tb.md:4)');
    expect(describeEntry(e, 'en')).toBe('Thông báo 1246-TB/TU, dated 05/02/2026 (tb.md:4)');
    // Without a date, no "ngày" in front of the words that say so.
    expect(describeEntry({ ...e, date: null })).toBe('Thông báo 1246-TB/TU, chưa ghi ngày (tb.md:4)');
    expect(describeEntry({ ...e, date: null }, 'en')).toBe('Thông báo 1246-TB/TU, no date yet (tb.md:4)');
  });
});

describe('numbering periods and order of the register', () => {
  const kl = (file: string, num: number, date: string | null, over: Partial<RegisterEntry> = {}) =>
    entry({ file, num, date, typeCode: 'KL', typeWord: 'Kết luận', ...over });
  it('the next number is one above the highest of the type and issuer in the year; other files are not counted', () => {
    const all = [
      kl('a', 12, '2025-11-10'),
      kl('b', 3, '2026-02-10'),
      kl('c', 7, '2026-05-01', { issuerCode: 'ĐU' }),
      entry({ file: 'd', num: 40, date: '2026-06-01' }),
      null,
    ];
    expect(nextFree(all, 'KL', 'TU', 2026, null)).toBe(4);
    expect(nextFree(all, 'KL', 'TU', 2025, null)).toBe(13);
    expect(nextFree(all, 'KL', 'TU', 2026, null, 'b')).toBe(1);
    expect(nextFree(all, 'KL', 'ĐU', 2026, null)).toBe(8);
    expect(nextFree(all, 'TB', 'TU', 2026, null)).toBe(41);
    expect(nextFree(all, 'KL', null, 2026, null)).toBe(1);
    // An issuer code left empty matches an entry without one.
    expect(nextFree([kl('e', 5, null, { issuerCode: null })], 'KL', null, 2026, null)).toBe(6);
  });
  it('periods: an undated row holds its number; a term counts from its start for Party rows only', () => {
    expect(inPeriod(kl('a', 1, null), 2026, null)).toBe(true);
    expect(inPeriod(kl('a', 1, '2026-01-01'), 2026, null)).toBe(true);
    expect(inPeriod(kl('a', 1, '2025-12-31'), 2026, null)).toBe(false);
    expect(inPeriod(kl('a', 1, '2025-10-15'), 2026, '2025-10-15')).toBe(true);
    expect(inPeriod(kl('a', 1, '2025-10-14'), 2026, '2025-10-15')).toBe(false);
    expect(inPeriod(kl('a', 1, '2025-11-01', { family: 'state' }), 2026, '2025-10-15')).toBe(false);
    expect(inPeriod(kl('a', 1, '2026-11-01', { family: 'state' }), 2026, '2025-10-15')).toBe(true);
  });
  it('nextNumber pads as a header writes numbers and skips the file being numbered', () => {
    const r = registerOf(kl('a', 8, '2026-03-01'), kl('b', 9, '2026-04-01'));
    expect(r.nextNumber('KL', 'TU', 2026)).toBe('10');
    expect(r.nextNumber('KL', 'TU', 2026, 'b')).toBe('09');
    expect(r.nextNumber('KL', 'TU', 2027)).toBe('01');
  });
  it('documents of a type: newest first, then the higher number; undated last; the asking file left out', () => {
    const r = registerOf(
      entry({ file: 'a', num: 5, date: '2026-03-01' }),
      entry({ file: 'b', num: 9, date: '2026-03-01' }),
      entry({ file: 'c', num: 2, date: '2026-07-01' }),
      entry({ file: 'd', num: 30, date: null }),
      kl('e', 4, '2026-09-01'),
    );
    expect(r.ofType('TB').map((e) => e.file)).toEqual(['c', 'b', 'a', 'd']);
    expect(r.ofType('TB', 'c').map((e) => e.file)).toEqual(['b', 'a', 'd']);
    expect(r.ofType('KL').map((e) => e.file)).toEqual(['e']);
  });
  it('search results: oldest first, then type, number and file; undated last; at most the limit', () => {
    const r = registerOf(
      entry({ file: 'z', num: 5, date: '2026-03-01', title: 'về chuyển đổi số' }),
      entry({ file: 'y', num: 5, date: '2026-03-01', title: 'về chuyển đổi số' }),
      kl('x', 7, '2026-03-01', { title: 'về chuyển đổi số' }),
      entry({ file: 'w', num: 2, date: '2026-03-01', title: 'về chuyển đổi số' }),
      entry({ file: 'v', num: 1, date: null, title: 'về chuyển đổi số' }),
      entry({ file: 'u', num: 1, date: '2025-01-01', title: 'về chuyển đổi số' }),
      entry({ file: 't', num: 3, date: '2025-01-01', title: 'về văn hóa' }),
    );
    expect(r.search('chuyen doi').map((e) => e.file)).toEqual(['u', 'x', 'w', 'y', 'z', 'v']);
    expect(r.search('chuyen doi', 2)).toHaveLength(2);
  });
});

/** A draft's header with the cursor where "|" stands; the bar itself is removed. */
function at(text: string): { text: string; offset: number } {
  const offset = text.indexOf('|');
  return { text: text.slice(0, offset) + text.slice(offset + 1), offset };
}
const HEADER = (
  numberLine: string,
  date = 'ngày 10 tháng 11 năm 2026',
  title = 'KẾT LUẬN',
  trich = ['của Ban Thường vụ Tỉnh ủy', 'về công tác thanh niên'],
) =>
  [
    'ĐẢNG BỘ TỈNH ĐỒNG THẠNH                  ĐẢNG CỘNG SẢN VIỆT NAM',
    'TỈNH ỦY ĐỒNG THẠNH',
    '*',
    `${numberLine}                              Đồng Thạnh, ${date}`,
    '',
    title,
    ...trich,
    '-----',
    '',
  ].join('\n');

describe('completion from the register', () => {
  const reg = registerOf(
    entry({ file: 'kl8', num: 8, typeCode: 'KL', typeWord: 'Kết luận', date: '2026-06-01' }),
    entry({
      file: 'tb1246',
      num: 1246,
      date: '2025-04-25',
      issuerPhrase: 'Ban Thường vụ Tỉnh ủy',
      about: 'về chuyển đổi số',
      title: 'kết luận của Ban Thường vụ Tỉnh ủy về chuyển đổi số',
    }),
    entry({ file: 'tb15', num: 15, date: '2026-01-20', title: 'về công tác dân vận' }),
    entry({ file: 'tb3', num: 3, date: null, title: '' }),
  );
  const complete = (t: string, self: string | null = null, opts = {}) => {
    const { text, offset } = at(t);
    return { text, offset, items: registerCompletions(parse(text), offset, reg, self, opts) };
  };

  it('after "Số " of a draft without a number: the next free number of its type and issuer, in its year', () => {
    const { text, offset, items } = complete(HEADER('Số |'));
    expect(items).toEqual([
      {
        label: '09-KL/TU',
        insertText: '09-KL/TU',
        kind: 'code',
        sortText: '0',
        detail: 'Số tiếp theo còn trống trong sổ đăng ký (KL/TU, năm 2026)',
        replace: { start: offset, end: offset },
      },
    ]);
    // The spaces before the date's column stay (the number has no code typed after the cursor to keep).
    expect((text.slice(0, offset) + items[0].insertText + text.slice(offset)).split('\n')[3]).toBe(
      'Số 09-KL/TU                              Đồng Thạnh, ngày 10 tháng 11 năm 2026',
    );
    // The draft's own year counts, not today's.
    expect(complete(HEADER('Số |', 'ngày 05 tháng 01 năm 2027')).items.map((i) => i.label)).toEqual(['01-KL/TU']);
  });
  it('"Số     -KL/TU" typed with a blank: only the number goes in, over the blank; the code stays', () => {
    const { text, offset, items } = complete(HEADER('Số |    -KL/TU'));
    expect(items.map((i) => [i.label, i.insertText])).toEqual([['09-KL/TU', '09']]);
    expect(items[0].replace).toEqual({ start: offset, end: offset + 4 });
    const r = items[0].replace!;
    expect(text.slice(0, r.start) + items[0].insertText + text.slice(r.end)).toContain('Số 09-KL/TU  ');
  });
  it("the issuer code: the office's own code first, else the header's issuer line", () => {
    expect(complete(HEADER('Số |'), null, { office: { code: 'ĐU' } }).items.map((i) => i.label)).toEqual(['01-KL/ĐU']);
    const xa = HEADER('Số |').replace('TỈNH ỦY ĐỒNG THẠNH', 'ĐẢNG ỦY XÃ TÂN LẬP');
    expect(complete(xa).items.map((i) => i.label)).toEqual(['01-KL/ĐU']);
  });
  it('near misses: a draft that has its number, "Số" further down the text, "Số" inside a word', () => {
    expect(complete(HEADER('Số 05-KL/TU |')).items).toEqual([]);
    expect(complete(HEADER('Số 05-KL/TU') + '\n\n\n\n\nSố |').items).toEqual([]);
    expect(complete(HEADER('Sốa |')).items).toEqual([]);
  });
  it('after "Thông báo số ": the registered Thông báo, newest first, inserting the full first citation', () => {
    const { offset, items } = complete(HEADER('Số 05-KL/TU') + 'Thực hiện Thông báo số |');
    expect(items).toEqual([
      {
        label: '15-TB/TU',
        insertText: '15-TB/TU, ngày 20/01/2026 về công tác dân vận',
        kind: 'text',
        sortText: '000',
        detail: 'Thông báo ngày 20/01/2026 — về công tác dân vận',
        replace: { start: offset, end: offset },
      },
      {
        label: '1246-TB/TU',
        insertText: '1246-TB/TU, ngày 25/4/2025 của Ban Thường vụ Tỉnh ủy về chuyển đổi số',
        kind: 'text',
        sortText: '001',
        detail: 'Thông báo ngày 25/4/2025 — kết luận của Ban Thường vụ Tỉnh ủy về chuyển đổi số',
        replace: { start: offset, end: offset },
      },
      {
        label: '3-TB/TU',
        insertText: '3-TB/TU',
        kind: 'text',
        sortText: '002',
        detail: 'Thông báo —',
        replace: { start: offset, end: offset },
      },
    ]);
  });
  it('digits typed after "số" narrow the list and are replaced; the type word in any case', () => {
    const { offset, items } = complete(HEADER('Số 05-KL/TU') + 'Căn cứ thông báo số 12|');
    expect(items.map((i) => i.label)).toEqual(['1246-TB/TU']);
    expect(items[0].replace).toEqual({ start: offset - 2, end: offset });
    expect(complete(HEADER('Số 05-KL/TU') + 'Căn cứ THÔNG BÁO số 1|').items.map((i) => i.label)).toEqual([
      '15-TB/TU',
      '1246-TB/TU',
    ]);
    expect(complete(HEADER('Số 05-KL/TU') + 'Thực hiện Kết luận số |').items.map((i) => i.label)).toEqual(['8-KL/TU']);
  });
  it('digits typed: "012" is number 12…; "5" is not the end of 15; at most 100 documents are offered', () => {
    const cite = HEADER('Số 05-KL/TU') + 'Căn cứ Thông báo số ';
    expect(complete(cite + '012|').items.map((i) => i.label)).toEqual(['1246-TB/TU']);
    expect(complete(cite + '5|').items).toEqual([]);
    const many = registerOf(...Array.from({ length: 101 }, (_, i) => entry({ file: `f${i}`, num: i + 1 })));
    const { text, offset } = at(cite + '|');
    const items = registerCompletions(parse(text), offset, many, null);
    expect(items).toHaveLength(100);
    expect(items[0].label).toBe('101-TB/TU');
  });
  it('the issuer code from the register when the header names no known body; none when nothing says it', () => {
    const unknown = HEADER('Số |').replace('TỈNH ỦY ĐỒNG THẠNH', 'BAN QUẢN LÝ ĐỒNG THẠNH');
    const { text, offset } = at(unknown);
    const mostly = registerOf(
      entry({ file: 'a', num: 1, issuerCode: 'ĐU' }),
      entry({ file: 'b', num: 2, issuerCode: 'HU' }),
      entry({ file: 'c', num: 3, issuerCode: 'HU' }),
      entry({ file: 'd', num: 4, issuerCode: null }),
    );
    const model = parse(text);
    expect(registerCompletions(model, offset, mostly, null).map((i) => i.label)).toEqual(['01-KL/HU']);
    expect(registerCompletions(model, offset, new Register(), null)).toEqual([]);
  });
  it('a draft without a date is numbered in today\'s year; "Số" below the header is not its number', () => {
    const undated = HEADER('Số |').replace('Đồng Thạnh, ngày 10 tháng 11 năm 2026', '');
    const { text, offset } = at(undated);
    const today = { y: 2027, m: 3, d: 1 };
    // The parse takes today's date as the draft's (the server passes its today to both).
    expect(registerCompletions(parse(text, { today }), offset, reg, null, { today }).map((i) => i.label)).toEqual([
      '01-KL/TU',
    ]);
    const below = at(HEADER('Số').replace('Số', '') + '\n\n\n\nSố |');
    expect(registerCompletions(parse(below.text), below.offset, reg, null)).toEqual([]);
  });
  it('a code typed after the blank wins over the title: "Số     -TB/TU" under KẾT LUẬN numbers a Thông báo', () => {
    expect(complete(HEADER('Số |    -TB/TU')).items.map((i) => [i.label, i.insertText])).toEqual([
      ['16-TB/TU', '16'], // Thông báo of 2026 in the register: 15 (and an undated 3)
    ]);
  });
  it('near misses: the type word inside a longer word, a type without registered documents, no "số"', () => {
    expect(complete(HEADER('Số 05-KL/TU') + 'Xem Thông báo |').items).toEqual([]);
    expect(complete(HEADER('Số 05-KL/TU') + 'Thực hiện Nghị quyết số |').items).toEqual([]);
    expect(complete(HEADER('Số 05-KL/TU') + 'Theo Thông báo số 9|').items).toEqual([]);
  });
});

describe('the new-document wizard', () => {
  it('Party choices follow the guide of the date; state choices the decree', () => {
    const hd05 = wizardChoices('party', { y: 2026, m: 5, d: 27 });
    expect(hd05.profile).toBe('hd05');
    expect(wizardChoices('party', { y: 2026, m: 5, d: 26 }).profile).toBe('hd36');
    expect(hd05.types.find((t) => t.code === 'KL')).toEqual({ code: 'KL', name: 'Kết luận', title: 'KẾT LUẬN' });
    expect(hd05.types.map((t) => t.code)).not.toContain('BS');
    expect(hd05.signing.map((s) => s.authority)).toEqual([
      'T/M BAN THƯỜNG VỤ',
      'T/M ĐẢNG ỦY',
      'T/M TỈNH ỦY',
      'T/M CHI BỘ',
      'T/M ỦY BAN KIỂM TRA',
      'T/L BAN THƯỜNG VỤ',
      'K/T TRƯỞNG BAN',
      'K/T CHÁNH VĂN PHÒNG',
    ]);
    expect(hd05.types.map((t) => t.code)).not.toContain('QĐi');
    expect(hd05.signing.slice(0, 5).map((x) => [x.titles, x.detail])).toEqual([
      [['BÍ THƯ', 'PHÓ BÍ THƯ'], 'Ban thường vụ cấp ủy (bí thư hoặc phó bí thư ký)'],
      [['BÍ THƯ', 'PHÓ BÍ THƯ'], 'Đảng ủy (ban chấp hành) — cấp ủy luôn ký T/M'],
      [['BÍ THƯ', 'PHÓ BÍ THƯ'], 'Tỉnh ủy (ban chấp hành)'],
      [['BÍ THƯ', 'PHÓ BÍ THƯ'], 'Chi bộ'],
      [['CHỦ NHIỆM', 'PHÓ CHỦ NHIỆM'], 'Ủy ban kiểm tra'],
    ]);
    expect(hd05.signing.slice(5).map((x) => [x.titles, x.detail])).toEqual([
      [['CHÁNH VĂN PHÒNG', 'PHÓ CHÁNH VĂN PHÒNG'], 'Chánh (phó chánh) văn phòng ký thừa lệnh'],
      [['PHÓ TRƯỞNG BAN'], 'Phó trưởng ban ký thay (ban của cấp ủy)'],
      [['PHÓ CHÁNH VĂN PHÒNG'], 'Phó chánh văn phòng ký thay'],
    ]);
    const state = wizardChoices('state', { y: 2026, m: 12, d: 1 });
    expect(state.profile).toBe('nd30');
    expect(state.signing).toEqual([
      { authority: 'TM. ỦY BAN NHÂN DÂN', titles: ['CHỦ TỊCH'], detail: 'Thay mặt tập thể ủy ban' },
      { authority: 'KT. CHỦ TỊCH', titles: ['PHÓ CHỦ TỊCH'], detail: 'Cấp phó ký thay người đứng đầu' },
      { authority: 'TL. CHỦ TỊCH', titles: ['CHÁNH VĂN PHÒNG'], detail: 'Thừa lệnh người đứng đầu' },
      { authority: '', titles: ['CHỦ TỊCH', 'GIÁM ĐỐC'], detail: 'Người đứng đầu ký trực tiếp' },
    ]);
    expect(state.types.find((t) => t.code === 'QĐ')).toEqual({ code: 'QĐ', name: 'Quyết định', title: 'QUYẾT ĐỊNH' });
    // The công văn, the most common state document, has no type code and no title line.
    expect(state.types.find((t) => t.code === 'CV')).toEqual({ code: 'CV', name: 'Công văn', title: '' });
    expect(hd05.types.find((t) => t.code === 'CV')?.title).toBe('CÔNG VĂN');
  });
  it('a Party Kết luận of a commune: every line of the draft', () => {
    const text = newDraft({
      family: 'party',
      issuer: 'ĐẢNG ỦY XÃ TÂN LẬP',
      parent: 'ĐẢNG BỘ TỈNH LÂM ĐỒNG',
      place: 'Tân Lập',
      typeCode: 'KL',
      issuerCode: 'ĐU',
      number: '07',
      date: { y: 2026, m: 2, d: 3 },
      authority: 'T/M ĐẢNG ỦY',
      title: 'BÍ THƯ',
    });
    expect(text.split('\n')).toEqual([
      'ĐẢNG BỘ TỈNH LÂM ĐỒNG                    ĐẢNG CỘNG SẢN VIỆT NAM',
      'ĐẢNG ỦY XÃ TÂN LẬP',
      '*',
      'Số 07-KL/ĐU                              Tân Lập, ngày 03 tháng 02 năm 2026',
      '',
      'KẾT LUẬN',
      'của Đảng ủy xã',
      'về …',
      '-----',
      '',
      'Ngày … tháng … năm …, … họp nghe báo cáo về …. Sau khi thảo luận, … kết luận như sau:',
      '',
      'I. ĐÁNH GIÁ CHUNG',
      '',
      '…',
      '',
      'II. NHIỆM VỤ, GIẢI PHÁP',
      '',
      '1. …',
      '',
      'III. TỔ CHỨC THỰC HIỆN',
      '',
      '1. … tổ chức thực hiện Kết luận này.',
      '',
      '2. … theo dõi, đôn đốc, báo cáo kết quả thực hiện.',
      '',
      'Nơi nhận:                                T/M ĐẢNG ỦY',
      '- …,                                     BÍ THƯ',
      '- Lưu Văn phòng Đảng ủy.',
      '',
      '                                         Họ và tên',
      '',
    ]);
  });
  it("the archive line names the issuing body's level unless the office gives one", () => {
    const archiveOf = (issuer: string, parent?: string, archive?: string) =>
      newDraft({
        family: 'party',
        issuer,
        parent,
        typeCode: 'KL',
        issuerCode: 'HU',
        number: '1',
        date: { y: 2026, m: 12, d: 1 },
        authority: 'T/M BAN THƯỜNG VỤ',
        title: 'BÍ THƯ',
        archive,
      })
        .split('\n')
        .find((l) => l.startsWith('- Lưu'));
    expect(archiveOf('HUYỆN ỦY ĐỨC TRỌNG', 'ĐẢNG BỘ TỈNH LÂM ĐỒNG')).toBe('- Lưu Văn phòng Huyện ủy.');
    expect(archiveOf('THÀNH ỦY ĐÀ LẠT', 'ĐẢNG BỘ TỈNH LÂM ĐỒNG')).toBe('- Lưu Văn phòng Thành ủy.');
    expect(archiveOf('TỈNH ỦY LÂM ĐỒNG', 'ĐẢNG BỘ TỈNH LÂM ĐỒNG')).toBe('- Lưu Văn phòng Tỉnh ủy.');
    expect(archiveOf('ĐẢNG ỦY XÃ TÂN LẬP', 'ĐẢNG BỘ TỈNH LÂM ĐỒNG', '- Lưu VPĐU.')).toBe('- Lưu VPĐU.');
  });
  it('"của …" under the title: the body that concludes, from the authority line and the issuer', () => {
    const ofLine = (issuer: string, authority: string, typeCode = 'KL') =>
      newDraft({
        family: 'party',
        issuer,
        typeCode,
        issuerCode: 'X',
        number: '1',
        date: { y: 2026, m: 12, d: 1 },
        authority,
        title: 'BÍ THƯ',
      }).split('\n')[5];
    expect(ofLine('HUYỆN ỦY ĐỨC TRỌNG', 'T/M BAN THƯỜNG VỤ')).toBe('của Ban Thường vụ Huyện ủy');
    expect(ofLine('ĐẢNG BỘ KHỐI CƠ QUAN', 'T/M BAN THƯỜNG VỤ')).toBe('của Ban Thường vụ');
    expect(ofLine('CHI BỘ THÔN 1', 'T/M CHI BỘ')).toBe('của Chi bộ');
    expect(ofLine('ĐẢNG ỦY XÃ TÂN LẬP', 'T/M ỦY BAN KIỂM TRA')).toBe('của Ủy ban kiểm tra');
    expect(ofLine('ĐẢNG ỦY XÃ TÂN LẬP', 'T/L BAN THƯỜNG VỤ')).toBe('của Ban Thường vụ Đảng ủy xã');
  });
  it('an issuer of exactly 41 characters still has three spaces before the right column', () => {
    const issuer = 'ĐẢNG ỦY CƠ QUAN ỦY BAN NHÂN DÂN XÃ TÂN LẬ';
    expect(issuer).toHaveLength(41);
    const first = newDraft({
      family: 'party',
      issuer,
      typeCode: 'KL',
      issuerCode: 'ĐU',
      number: '1',
      date: { y: 2026, m: 12, d: 1 },
      authority: 'T/M ĐẢNG ỦY',
      title: 'BÍ THƯ',
    }).split('\n')[0];
    expect(first).toBe(`${issuer}   ĐẢNG CỘNG SẢN VIỆT NAM`);
  });
  it('a type other than Kết luận or Thông báo gets a one-line body; an unknown code is its own title', () => {
    const draft = (typeCode: string) =>
      newDraft({
        family: 'party',
        issuer: 'TỈNH ỦY LÂM ĐỒNG',
        typeCode,
        issuerCode: 'TU',
        number: '1',
        date: { y: 2026, m: 12, d: 1 },
        authority: 'T/M BAN THƯỜNG VỤ',
        title: 'BÍ THƯ',
      }).split('\n');
    const tb = draft('TB');
    expect(tb).toContain('III. TỔ CHỨC THỰC HIỆN');
    const kh = draft('KH');
    expect(kh.slice(3, 9)).toEqual(['', 'KẾ HOẠCH', 'về …', '-----', '', '…']);
    expect(kh).not.toContain('III. TỔ CHỨC THỰC HIỆN');
    expect(draft('XX').slice(4, 6)).toEqual(['XX', 'về …']);
  });
  it('a state công văn without parent, number or place: blanks a clerk fills in, "V/v" and CRLF', () => {
    const text = newDraft(
      {
        family: 'state',
        issuer: 'ỦY BAN NHÂN DÂN XÃ TÂN LẬP',
        typeCode: 'CV',
        issuerCode: 'UBND',
        number: '',
        date: { y: 2026, m: 12, d: 1 },
        authority: 'KT. CHỦ TỊCH',
        title: 'PHÓ CHỦ TỊCH',
        archive: '- Lưu: VT.',
      },
      '\r\n',
    );
    expect(text.split('\r\n')).toEqual([
      'ỦY BAN NHÂN DÂN XÃ TÂN LẬP               CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      '                                         Độc lập - Tự do - Hạnh phúc',
      '-----                                    -----',
      'Số:    /UBND-…                           …, ngày 01 tháng 12 năm 2026',
      '',
      'V/v …',
      '-----',
      '',
      '…',
      '',
      'Nơi nhận:                                KT. CHỦ TỊCH',
      '- …;                                     PHÓ CHỦ TỊCH',
      '- Lưu: VT.',
      '',
      '                                         Họ và tên',
      '',
    ]);
  });
  it('a long issuer line keeps three spaces before the right column; a Thông báo has "về …" under its title', () => {
    const text = newDraft({
      family: 'party',
      issuer: 'ĐẢNG ỦY CƠ QUAN ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG',
      typeCode: 'TB',
      issuerCode: 'ĐU',
      number: '3',
      date: { y: 2026, m: 1, d: 9 },
      authority: 'T/L BAN THƯỜNG VỤ',
      title: 'CHÁNH VĂN PHÒNG',
    });
    const lines = text.split('\n');
    expect(lines.slice(0, 8)).toEqual([
      'ĐẢNG ỦY CƠ QUAN ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG   ĐẢNG CỘNG SẢN VIỆT NAM',
      '*',
      'Số 3-TB/ĐU                               …, ngày 09 tháng 01 năm 2026',
      '',
      'THÔNG BÁO',
      'về …',
      '-----',
      '',
    ]);
  });
});

describe('a register row and its citations, read from a draft', () => {
  const row = (text: string) => indexDocument(parse(text), '/w/d.md', 'd.md');
  it('keys: digits without leading zeros, type and issuer codes; none without digits or a type code', () => {
    expect(numberKey('05', 'KL', 'TU')).toBe('5-KL/TU');
    expect(numberKey('12', 'KL', null)).toBe('12-KL/');
    expect(numberKey('x', 'KL', 'TU')).toBeNull();
    expect(numberKey('5', null, 'TU')).toBeNull();
  });
  it('a state Quyết định: its number as typed after "Số:", its type word from the title, family state', () => {
    const d = row(
      [
        'ỦY BAN NHÂN DÂN                          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'XÃ TÂN LẬP                               Độc lập - Tự do - Hạnh phúc',
        '',
        'Số: 15/QĐ-UBND                           Tân Lập, ngày 05 tháng 3 năm 2026',
        '',
        'QUYẾT ĐỊNH',
        'Về việc thành lập Tổ công tác',
        '',
      ].join('\n'),
    );
    expect(d.entry).toMatchObject({
      number: '15/QĐ-UBND',
      key: '15-QĐ/UBND',
      typeCode: 'QĐ',
      issuerCode: 'UBND',
      typeWord: 'Quyết định',
      date: '2026-03-05',
      family: 'state',
      line: 3,
      character: 4,
      endCharacter: 14,
    });
  });
  it('a Party number typed with spaces around its dash is registered as the guides write it', () => {
    const d = row(
      [
        'TỈNH ỦY ĐỒNG THẠNH                       ĐẢNG CỘNG SẢN VIỆT NAM',
        '*',
        'Số 05 - KL/TU                            Đồng Thạnh, ngày 10 tháng 11 năm 2026',
        '',
        'KẾT LUẬN',
        'về công tác thanh niên',
      ].join('\n'),
    );
    expect([d.entry?.number, d.entry?.key, d.entry?.character, d.entry?.endCharacter]).toEqual([
      '05-KL/TU',
      '5-KL/TU',
      3,
      13,
    ]);
  });
  it('a trích yếu typed with bold, italics or a heading mark reads as plain words', () => {
    const d = row(
      [
        'ĐẢNG BỘ TỈNH ĐỒNG THẠNH                  ĐẢNG CỘNG SẢN VIỆT NAM',
        'TỈNH ỦY ĐỒNG THẠNH',
        '*',
        'Số 05-KL/TU                              Đồng Thạnh, ngày 10 tháng 11 năm 2026',
        '',
        '## KẾT LUẬN',
        '**của Ban Thường vụ  Tỉnh ủy**',
        '## về công tác _thanh niên_',
        '-----',
        '',
      ].join('\n'),
    );
    expect([d.entry?.title, d.entry?.issuerPhrase, d.entry?.about, d.entry?.typeWord]).toEqual([
      'của Ban Thường vụ Tỉnh ủy về công tác thanh niên',
      'Ban Thường vụ Tỉnh ủy',
      'về công tác thanh niên',
      'Kết luận',
    ]);
  });
  it('a cited number: its place on its line; a number broken across lines ends at its own length', () => {
    const text = [
      'Thực hiện Kết luận số 12 - KL/TU ngày 05/3/2025 của Tỉnh ủy và Hướng dẫn số 36-',
      'HD/VPTW ngày 03/4/2018, Nghị định số 30/2020/NĐ-CP.',
    ].join('\n');
    const d = row(text);
    expect(d.citations).toEqual([
      { key: '12-KL/TU', line: 0, character: 22, endCharacter: 32 },
      { key: '36-HD/VPTW', line: 0, character: 76, endCharacter: 76 + '36-HD/VPTW'.length },
    ]);
    expect(text.slice(22, 32)).toBe('12 - KL/TU');
  });
});

describe('tasks: sentences, assignees and deadlines', () => {
  const KL = (body: string) => `${HEADER('Số 05-KL/TU')}\n${body}\n`;
  const tasks = (body: string) =>
    indexDocument(parse(KL(body)), 'x').tasks.map((t) => [t.assignee, t.task, t.deadline]);
  it('a line of several items: a break before a capital, a digit or a dash; none before a small letter', () => {
    expect(
      tasks(
        '1. Giao Tỉnh đoàn xây dựng kế hoạch. 2. Sở Nội vụ hoàn thành đề án trước ngày 15/01/2027; - Sở Tài chính ' +
          'chủ trì thẩm định kinh phí.',
      ),
    ).toEqual([
      ['Tỉnh đoàn', 'xây dựng kế hoạch', null],
      ['Sở Nội vụ', 'hoàn thành đề án trước ngày 15/01/2027', '2027-01-15'],
      ['Sở Tài chính', 'chủ trì thẩm định kinh phí', null],
    ]);
    expect(tasks('Giao Tỉnh đoàn xây dựng kế hoạch v.v. hoàn thành trước ngày 15/01/2027.')).toEqual([
      ['Tỉnh đoàn', 'xây dựng kế hoạch v.v. hoàn thành trước ngày 15/01/2027', '2027-01-15'],
    ]);
  });
  it('punctuation after the assignee and at the end of the task is not kept; a long task is cut at 240', () => {
    expect(tasks('Giao Tỉnh đoàn, xây dựng kế hoạch.;')).toEqual([['Tỉnh đoàn', 'xây dựng kế hoạch', null]]);
    expect(tasks('Giao Tỉnh đoàn xây dựng kế hoạch <!-- số? --> , báo cáo kết quả .')).toEqual([
      ['Tỉnh đoàn', 'xây dựng kế hoạch, báo cáo kết quả', null],
    ]);
    const long = 'xây dựng kế hoạch ' + 'và tổ chức thực hiện '.repeat(15);
    const [[, task]] = tasks(`Giao Tỉnh đoàn ${long}.`);
    expect(task).toHaveLength(240);
    expect(task).toBe(long.trim().slice(0, 239) + '…');
    const exact = 'xây dựng kế hoạch ' + 'a'.repeat(240 - 18); // 240 characters: kept whole
    expect(tasks(`Giao Tỉnh đoàn ${exact}.`)[0][1]).toBe(exact);
    expect(tasks(`Giao Tỉnh đoàn ${exact}b.`)[0][1]).toBe(exact.slice(0, 239) + '…');
  });
  it('near misses: an assignee in small letters, with a full stop inside, or opening a sentence of time', () => {
    expect(tasks('Giao các huyện ủy xây dựng kế hoạch.')).toEqual([]);
    expect(tasks('Giao Tỉnh đoàn (Đ.T.N) xây dựng kế hoạch.')).toEqual([]);
    expect(tasks('Sau hội nghị, Tỉnh đoàn hoàn thành đề án trước ngày 15/01/2027.')).toEqual([]);
  });
  it('deadlines: the date right after the deadline word wins over a month, quarter or year further on', () => {
    expect(deadlineOf('xong trước ngày 15/02/2027, trong năm 2027')).toBe('2027-02-15');
    expect(deadlineOf('chậm nhất là ngày 5 tháng 3 năm 2027')).toBe('2027-03-05');
    expect(deadlineOf('báo cáo trong năm 2027, trước ngày 15/02/2027')).toBe('2027-12-31');
    expect(deadlineOf('trước khi tổng kết đợt thi đua ngày 15/02/2027, trong năm 2027')).toBe('2027-12-31');
    expect(deadlineOf('trước khi tổng kết đợt thi đua ngày 15/02/2027')).toBe('2027-02-15');
  });
  it('deadlines: months and quarters end on their last day; impossible dates give none', () => {
    expect(deadlineOf('hết tháng 02/2028')).toBe('2028-02-29');
    expect(deadlineOf('hết tháng 02/2027')).toBe('2027-02-28');
    expect(deadlineOf('trong quý 1/2027')).toBe('2027-03-31');
    expect(deadlineOf('trước quý III năm 2027')).toBe('2027-09-30');
    expect(deadlineOf('trong quý IV/2027')).toBe('2027-12-31');
    expect(deadlineOf('trong tháng 13/2027')).toBeNull();
    expect(deadlineOf('trước ngày 31/02/2027')).toBeNull();
    expect(deadlineOf('trước ngày 15/00/2027')).toBeNull();
  });
});

describe('the register as files come, change and go', () => {
  const cite = (key: string, line: number, character: number) => ({
    key,
    line,
    character,
    endCharacter: character + key.length,
  });
  const doc = (file: string, e: RegisterEntry | null, citations: ReturnType<typeof cite>[] = [], tasks = 0) => ({
    file,
    name: `${file}.md`,
    entry: e,
    citations,
    tasks: Array.from({ length: tasks }, (_, i) => ({
      document: e?.number ?? null,
      assignee: `Sở ${i + 1}`,
      task: `việc ${i + 1}`,
      deadline: i ? '2027-01-15' : null,
      line: 20 + i,
    })),
  });
  const places = (r: Register, key: string) =>
    r.citations(key).map((p) => `${p.name}:${p.citation.line}:${p.citation.character}`);

  it('says whether a file changed what rules see; the generation grows only then', () => {
    const r = new Register();
    const a = entry({ file: 'a', num: 5 });
    expect(r.set(doc('a', a, [cite('1246-TB/TU', 10, 5)]))).toBe(true);
    const g = r.generation;
    expect(r.set(doc('a', a, [cite('1246-TB/TU', 10, 5)]))).toBe(false);
    expect(r.generation).toBe(g);
    // Tasks alone do not change what rules see; the register still keeps the new ones.
    expect(r.set(doc('a', a, [cite('1246-TB/TU', 10, 5)], 2))).toBe(false);
    expect(r.tasks().map((t) => [t.assignee, t.deadline, t.line, t.name])).toEqual([
      ['Sở 1', null, 20, 'a.md'],
      ['Sở 2', '2027-01-15', 21, 'a.md'],
    ]);
    // The same citation at another place, another cited key, another entry: each is a change.
    expect(r.set(doc('a', a, [cite('1246-TB/TU', 11, 5)]))).toBe(true);
    expect(r.generation).toBe(g + 1);
    expect(r.set(doc('a', a, [cite('15-TB/TU', 11, 5)]))).toBe(true);
    expect(r.set(doc('a', { ...a, date: '2026-01-01' }, [cite('15-TB/TU', 11, 5)]))).toBe(true);
    expect(r.generation).toBe(g + 3);
    expect(r.get('a')?.tasks).toEqual([]);
  });
  it('who cites a key: every place, files in order; a file that stops citing or goes away leaves the list', () => {
    const r = new Register();
    r.set(doc('b', null, [cite('1246-TB/TU', 3, 1), cite('15-TB/TU', 4, 1), cite('1246-TB/TU', 9, 2)]));
    r.set(doc('a', null, [cite('1246-TB/TU', 7, 0)]));
    expect(places(r, '1246-TB/TU')).toEqual(['a.md:7:0', 'b.md:3:1', 'b.md:9:2']);
    r.set(doc('a', null, []));
    expect(places(r, '1246-TB/TU')).toEqual(['b.md:3:1', 'b.md:9:2']);
    expect(r.delete('b')).toBe(true);
    expect(places(r, '1246-TB/TU')).toEqual([]);
    expect(places(r, '15-TB/TU')).toEqual([]);
    expect(r.delete('b')).toBe(false);
    expect([...r.files()]).toEqual(['a']);
  });
  it('two files with one number: each sees the other; one deleted, the other stays', () => {
    const r = new Register();
    r.set(doc('a', entry({ file: 'a', num: 5 })));
    r.set(doc('b', entry({ file: 'b', num: 5 })));
    expect(r.lookup('5-TB/TU').map((e) => e.file)).toEqual(['a', 'b']);
    expect(r.lookup('5-TB/TU', 'a').map((e) => e.file)).toEqual(['b']);
    const g = r.generation;
    r.delete('a');
    expect(r.generation).toBe(g + 1);
    expect(r.lookup('5-TB/TU').map((e) => e.file)).toEqual(['b']);
    expect(
      r
        .view('b')
        .byKey.get('5-TB/TU')
        ?.map((e) => e.file),
    ).toEqual(['b']);
    r.set(doc('b', entry({ file: 'b', num: 6 })));
    expect(r.lookup('5-TB/TU')).toEqual([]);
    expect(r.view(null).byKey.has('5-TB/TU')).toBe(false);
    expect(r.entries().map((e) => e.key)).toEqual(['6-TB/TU']);
  });
});

describe('which documents give tasks, and which lines', () => {
  const doc = (title: string, trich: string[], body: string, footer = '- Lưu Văn phòng Tỉnh ủy.') =>
    HEADER('Số 05-TB/TU', undefined, title, trich) +
    ['', body, '', 'Nơi nhận:                                T/L BAN THƯỜNG VỤ', footer, ''].join('\n');
  const assignees = (text: string) => indexDocument(parse(text), 'x').tasks.map((t) => t.assignee);
  const giao = 'Giao Tỉnh đoàn xây dựng kế hoạch.';
  it('a Thông báo gives tasks when its title or its trích yếu says "kết luận"', () => {
    expect(assignees(doc('THÔNG BÁO', ['kết luận của Ban Thường vụ Tỉnh ủy', 'về công tác thanh niên'], giao))).toEqual(
      ['Tỉnh đoàn'],
    );
    expect(assignees(doc('THÔNG BÁO KẾT LUẬN', ['của Ban Thường vụ Tỉnh ủy'], giao))).toEqual(['Tỉnh đoàn']);
    expect(assignees(doc('THÔNG BÁO', ['về lịch công tác tháng 12'], giao))).toEqual([]);
    expect(assignees(doc('THÔNG BÁO', ['về việc kết luận thanh tra'], giao))).toEqual([]);
  });
  it('lines of Nơi nhận give no task; a line longer than 4,000 characters is not read', () => {
    const tb = (body: string, footer?: string) =>
      doc('THÔNG BÁO KẾT LUẬN', ['của Ban Thường vụ Tỉnh ủy'], body, footer);
    expect(
      assignees(tb('Nội dung đã thống nhất.', '- Giao Tỉnh đoàn xây dựng kế hoạch,\n- Lưu Văn phòng Tỉnh ủy.')),
    ).toEqual([]);
    const pad = (n: number) => `Giao Tỉnh đoàn xây dựng kế hoạch ${'a'.repeat(n - 34)}.`;
    expect(pad(4000)).toHaveLength(4000);
    expect(assignees(tb(pad(4000)))).toEqual(['Tỉnh đoàn']);
    expect(assignees(tb(pad(4001)))).toEqual([]);
  });
});
