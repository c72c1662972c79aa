// The header reader (parse/header.ts) on small drafts: where the header ends, each component it finds and the
// text each range covers. Expectations are written from the drafts, component by component.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '../server/src/core';
import { parseDateLine, parseNumberSeg } from '../server/src/core/parse/header';
import { readSource } from '../server/src/core/text';
import { TODAY } from './helpers';

const CLEAN = readFileSync(join(__dirname, 'fixtures', 'clean-hd05.kl.md'), 'utf8');
const model = (text: string) => parse(text, { today: TODAY });
/** The header of `text`, each component as the text its range covers. */
function header(text: string) {
  const m = model(text);
  const h = m.header;
  const cut = (r: { start: number; end: number } | null | undefined) => (r ? text.slice(r.start, r.end) : null);
  return {
    zoneEnd: h.zoneEnd,
    partyTitle: cut(h.partyTitle),
    issuer: h.issuer.map(cut),
    star: cut(h.star),
    issuerRule: cut(h.issuerRule),
    number: cut(h.number),
    date: cut(h.dateLine),
    title: cut(h.title),
    titleCode: h.titleCode,
    trichYeu: h.trichYeu.map(cut),
    separator: cut(h.separator),
    kinhGui: cut(h.kinhGui),
    ocr: (h.ocr ?? []).map((o) => `${o.component}: ${o.found} → ${o.intended}`),
  };
}
/** The clean draft's first five lines: issuer and Party title, issuer, star, number and date, a blank line. */
const HEAD = CLEAN.split('\n').slice(0, 5);
const draft = (...rest: string[]) => [...HEAD, ...rest].join('\n');

describe('the clean draft', () => {
  it('every component, at its place', () => {
    expect(header(CLEAN)).toEqual({
      zoneEnd: 9,
      partyTitle: 'ĐẢNG CỘNG SẢN VIỆT NAM',
      issuer: ['ĐẢNG BỘ TỈNH LÂM ĐỒNG', 'ĐẢNG ỦY XÃ TÂN LẬP'],
      star: '*',
      issuerRule: null,
      number: 'Số 07-KL/ĐU',
      date: 'Tân Lập, ngày 15 tháng 8 năm 2026',
      title: 'KẾT LUẬN',
      titleCode: 'KL',
      trichYeu: ['của Ban Thường vụ Đảng ủy xã', 'về công tác chuyển đổi số 6 tháng cuối năm 2026'],
      separator: '-----',
      kinhGui: null,
      ocr: [],
    });
  });
});

describe('where the header ends', () => {
  it('after the title block, a blank line and a paragraph end it; a lower-case trích yếu line goes on', () => {
    const t = draft('KẾT LUẬN', '', 'về công tác chuyển đổi số', '', 'Ban Thường vụ họp và kết luận như sau:');
    const h = header(t);
    expect(h.trichYeu).toEqual(['về công tác chuyển đổi số']);
    expect(h.zoneEnd).toBe(8);
  });
  it('capitals or "V/v …" under the blank go on; a line ending in ":" or ";", or of 140 characters, does not', () => {
    expect(header(draft('KẾT LUẬN', '', 'HỘI NGHỊ BAN THƯỜNG VỤ', '', 'Nội dung.')).trichYeu).toEqual([
      'HỘI NGHỊ BAN THƯỜNG VỤ',
    ]);
    expect(header(draft('KẾT LUẬN', '', 'V/v chuyển đổi số', '', 'Nội dung.')).trichYeu).toEqual(['V/v chuyển đổi số']);
    expect(header(draft('KẾT LUẬN', '', 'về các việc sau:', 'Nội dung.')).zoneEnd).toBe(6);
    expect(header(draft('KẾT LUẬN', '', 'về các việc sau;', 'Nội dung.')).zoneEnd).toBe(6);
    expect(header(draft('KẾT LUẬN', '', 'về ' + 'việc '.repeat(28))).zoneEnd).toBe(6);
    expect(header(draft('KẾT LUẬN', '', 'về ' + 'việc '.repeat(26))).zoneEnd).toBe(8); // the whole text
    // 139 characters go on, 140 do not.
    const at = (n: number) => ('về ' + 'việc '.repeat(30)).slice(0, n - 1) + 'a';
    expect(at(139).length).toBe(139);
    expect(header(draft('KẾT LUẬN', '', at(139), '', 'Nội dung.')).trichYeu).toEqual([at(139)]);
    expect(header(draft('KẾT LUẬN', '', at(140), '', 'Nội dung.')).zoneEnd).toBe(6);
    // A colon inside the line is no list lead-in; "V/v" only at the start counts.
    expect(header(draft('KẾT LUẬN', '', 'về việc: chuyển đổi số', '', 'Nội dung.')).trichYeu).toEqual([
      'về việc: chuyển đổi số',
    ]);
    expect(header(draft('KẾT LUẬN', '', '(V/v chuyển đổi số)', '', 'Nội dung.')).zoneEnd).toBe(6);
    // The "-----" after a blank still belongs to the header.
    expect(header(draft('KẾT LUẬN', 'về chuyển đổi số', '', '-----', 'Nội dung.')).separator).toBe('-----');
    // A title block that ends the text.
    expect(header(draft('KẾT LUẬN', '', '')).zoneEnd).toBe(8);
  });
  it('a line over 220 characters is a paragraph: the header ends above it', () => {
    const long = 'Ban Thường vụ ' + 'họp '.repeat(55);
    expect(long.trimEnd().length).toBeGreaterThan(220);
    expect(header(draft(long.trimEnd())).zoneEnd).toBe(5);
    expect(header(draft('A'.repeat(220), 'KẾT LUẬN')).zoneEnd).toBeGreaterThan(5);
  });
  it('"Căn cứ", "Kính gửi", "Kính trình" end it — unless a stacked copy puts the right column below', () => {
    expect(header(draft('Căn cứ Điều lệ Đảng;')).zoneEnd).toBe(5);
    expect(header(draft('Kính trình: Ban Thường vụ Tỉnh ủy')).zoneEnd).toBe(5);
    const stacked = [
      'ĐẢNG BỘ TỈNH LÂM ĐỒNG',
      'ĐẢNG ỦY XÃ TÂN LẬP',
      'Kính gửi: Ban Thường vụ',
      '',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'Tân Lập, ngày 15 tháng 8 năm 2026',
      'Nội dung.',
    ].join('\n');
    const h = header(stacked);
    expect(h.partyTitle).toBe('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(h.date).toBe('Tân Lập, ngày 15 tháng 8 năm 2026');
    expect(h.kinhGui).toBe('Kính gửi: Ban Thường vụ');
    // The right column more than four lines below is not looked for.
    const far = stacked.replace('Kính gửi: Ban Thường vụ\n', 'Kính gửi: Ban Thường vụ\n\n\n\n');
    expect(header(far).partyTitle).toBeNull();
    // Four lines below is still looked for.
    const four = stacked.replace('Kính gửi: Ban Thường vụ\n', 'Kính gửi: Ban Thường vụ\n\n\n');
    expect(header(four).partyTitle).toBe('ĐẢNG CỘNG SẢN VIỆT NAM');
    // A date line with no space after the comma counts too.
    expect(
      header(['UBND XÃ A', 'Căn cứ Luật;', 'Hà Nội,ngày 1 tháng 2 năm 2026', 'Nội dung.'].join('\n')).zoneEnd,
    ).toBeGreaterThan(2);
    // Each kind of right-hand line counts: the Quốc hiệu, the Tiêu ngữ, a place and date.
    for (const right of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Hà Nội, ngày 1 tháng 2 năm 2026',
    ])
      expect(header(['UBND XÃ A', 'Căn cứ Luật;', right, 'Nội dung.'].join('\n')).zoneEnd).toBeGreaterThan(2);
    // A comma then "ngày" with no space after it is no date line.
    expect(header(['UBND XÃ A', 'Căn cứ Luật;', 'Hà Nội, ngày,', 'Nội dung.'].join('\n')).zoneEnd).toBe(1);
  });
  it('a numbered paragraph, the opening "Ngày …" or a Roman heading end it; capitals or a first line do not', () => {
    expect(header(draft('1. Ủy ban nhân dân xã thực hiện.')).zoneEnd).toBe(5);
    expect(header(draft('12.3 Ủy ban nhân dân xã thực hiện.')).zoneEnd).toBe(5);
    expect(header(draft('Ngày 10 tháng 8 năm 2026, Ban Thường vụ họp.')).zoneEnd).toBe(5);
    expect(header(draft('II - NHIỆM VỤ')).zoneEnd).toBe(5);
    expect(header(draft('IV.NHIỆM VỤ', 'Nội dung.')).zoneEnd).toBeGreaterThan(5);
    expect(header(draft('Ngày mai')).zoneEnd).toBeGreaterThan(5);
    expect(header(draft('KẾT LUẬN', 'Ngày  10 tháng 8 năm 2026, Ban Thường vụ họp.')).zoneEnd).toBe(6); // two spaces
    expect(header(draft('KẾT LUẬN', 'I. ĐÁNH GIÁ CHUNG', 'Nội dung.')).zoneEnd).toBe(6);
    expect(header(draft('KẾT LUẬN', 'XII. Các chi bộ thực hiện.')).zoneEnd).toBe(6);
    expect(header(draft('KẾT LUẬN', '12. Các chi bộ thực hiện.')).zoneEnd).toBe(6);
    expect(header(draft('KẾT LUẬN', '3 . Các chi bộ thực hiện.')).zoneEnd).toBe(6);
    expect(header(draft('KẾT LUẬN', 'IV - các chi bộ thực hiện.')).zoneEnd).toBe(6);
    // Inside a trích yếu line, none of these is a start.
    const inside = header(
      draft('KẾT LUẬN', 'về Nghị quyết Đại hội XIII - nhiệm kỳ 2025 - 2030, Ngày 19 và mục 1. các', '-----'),
    );
    expect([inside.zoneEnd, inside.separator]).toEqual([8, '-----']);
    expect(header(draft('KẾT LUẬN', '123. Các chi bộ', '-----')).zoneEnd).toBe(8); // three digits: no paragraph number
    expect(header(draft('KẾT LUẬN', 'II.Các chi bộ', '-----')).zoneEnd).toBe(8); // no space after the mark
    // On the first line, "Ngày …" or a Roman numeral is still the header's.
    expect(header('Ngày 10 tháng 8 năm 2026\nKẾT LUẬN\n\nNội dung.').zoneEnd).toBeGreaterThan(0);
  });
  it('a Nơi nhận label ends it (a short draft keeps its footer); after fifteen lines it ends anyway', () => {
    expect(header(draft('Nơi nhận:', '- Lưu.')).zoneEnd).toBe(5);
    // On the first line it is no footer yet.
    expect(header('Nơi nhận:\nKẾT LUẬN\n\nNội dung.').zoneEnd).toBeGreaterThan(0);
    const many = Array.from({ length: 20 }, (_, i) => `DÒNG SỐ ${i + 1}`);
    expect(header(many.join('\n')).zoneEnd).toBe(15);
  });
});

describe('the number', () => {
  const num = (typed: string) => {
    const src = readSource(typed);
    const n = parseNumberSeg(src.lines[0].view, 0);
    if (!n) return null;
    const cut = (r: { start: number; end: number } | null) => (r ? typed.slice(r.start, r.end) : null);
    return {
      text: n.text,
      shape: n.shape,
      colon: n.colon,
      num: n.num,
      typeCode: n.typeCode,
      issuerCode: n.issuerCode,
      body: cut(n.body),
      numRange: cut(n.numRange),
      typeRange: cut(n.typeRange),
      oddDashes: n.oddDashes.map(cut),
      spaces: n.spaces.map(cut),
    };
  };
  it('a Party number, a state number, with and without the colon', () => {
    expect(num('Số 07-KL/ĐU')).toEqual({
      text: 'Số 07-KL/ĐU',
      shape: 'party',
      colon: false,
      num: '07',
      typeCode: 'KL',
      issuerCode: 'ĐU',
      body: '07-KL/ĐU',
      numRange: '07',
      typeRange: 'KL',
      oddDashes: [],
      spaces: [],
    });
    expect(num('Số: 85/TB-UBND')).toMatchObject({ shape: 'state', colon: true, num: '85', typeRange: 'TB' });
  });
  it('a number typed two places after the word is still read; further is unknown', () => {
    expect(num('Số  07-KL/ĐU')?.shape).toBe('party');
    expect(num('Số ab 07-KL/ĐU')?.shape).toBe('unknown');
  });
  it('a blank state number: the blank before the slash, the type and issuer codes', () => {
    expect(num('Số:      /TB-UBND')).toEqual({
      text: 'Số:      /TB-UBND',
      shape: 'state',
      colon: true,
      num: '',
      typeCode: 'TB',
      issuerCode: 'UBND',
      body: '/TB-UBND',
      numRange: '      ',
      typeRange: 'TB',
      oddDashes: [],
      spaces: [],
    });
    // A công văn's blank number: "UBND" is the issuer, "VP" the drafting unit, as in a filled "85/UBND-VP".
    expect(num('Số: /UBND-VP')).toMatchObject({ num: '', typeCode: null, issuerCode: 'UBND', typeRange: null });
    expect(num('Số: 85/UBND-VP')).toMatchObject({ num: '85', typeCode: null, issuerCode: 'UBND' });
    // No blank typed at all: the slash, where the number goes.
    expect(num('Số:/UBND')).toMatchObject({ typeCode: null, issuerCode: 'UBND', numRange: '/' });
  });
  it('something after "Số" that is no known number: kept as unknown with its leading digits', () => {
    expect(num('Số 12ab-')).toEqual({
      text: 'Số 12ab-',
      shape: 'unknown',
      colon: false,
      num: '12',
      typeCode: null,
      issuerCode: null,
      body: '12ab-',
      numRange: '12ab-',
      typeRange: null,
      oddDashes: [],
      spaces: [],
    });
    expect(num('Số x/y')?.num).toBe('');
    // No digit, no dash, no slash: no number at all.
    expect(num('Số liệu thống kê')).toBeNull();
    expect(num('Số lượng')).toBeNull();
  });
  it('a blank Party number points at the blank (one character at least)', () => {
    expect(num('Số    -KL/ĐU')).toMatchObject({ shape: 'party', num: '', numRange: '    ' });
    expect(num('Số -KL/ĐU')).toMatchObject({ num: '', numRange: ' ' });
    expect(num('Số-KL/ĐU')).toMatchObject({ num: '', numRange: '-' });
  });
});

describe('the place-and-date line', () => {
  const date = (typed: string) => {
    const d = parseDateLine(readSource(typed).lines[0].view, 0);
    if (!d) return null;
    const cut = (r: { start: number; end: number }) => typed.slice(r.start, r.end);
    return {
      text: d.text,
      place: d.place,
      placeRange: cut(d.placeRange),
      day: [d.dayText, cut(d.dayRange)],
      month: [d.monthText, cut(d.monthRange)],
      year: [d.yearText, cut(d.yearRange)],
      comma: d.comma,
      date: d.date,
    };
  };
  it('each part and its range', () => {
    expect(date('Tân Lập, ngày 05 tháng 02 năm 2026')).toEqual({
      text: 'Tân Lập, ngày 05 tháng 02 năm 2026',
      place: 'Tân Lập',
      placeRange: 'Tân Lập',
      day: ['05', '05'],
      month: ['02', '02'],
      year: ['2026', '2026'],
      comma: true,
      date: { y: 2026, m: 2, d: 5 },
    });
  });
  it('wide spaces, no comma, after a number on the same line', () => {
    const typed = 'Số 07-KL/ĐU     Tân Lập  ngày   5   tháng   8   năm   2026';
    expect(date(typed)).toMatchObject({
      place: 'Tân Lập',
      day: ['5', '5'],
      month: ['8', '8'],
      year: ['2026', '2026'],
      comma: false,
      date: { y: 2026, m: 8, d: 5 },
    });
  });
  it('blanks left for the day and month: no date, each range covering the blank', () => {
    expect(date('Tân Lập, ngày    tháng    năm 2026')).toEqual({
      text: 'Tân Lập, ngày    tháng    năm 2026',
      place: 'Tân Lập',
      placeRange: 'Tân Lập',
      day: ['', '    '],
      month: ['', '    '],
      year: ['2026', '2026'],
      comma: true,
      date: null,
    });
  });
  it('a year left blank at the end of the line (its spaces trimmed) is still the date line', () => {
    const typed = 'Tân Lập, ngày    tháng    năm    ';
    expect(date(typed)).toEqual({
      text: 'Tân Lập, ngày    tháng    năm',
      place: 'Tân Lập',
      placeRange: 'Tân Lập',
      day: ['', '    '],
      month: ['', '    '],
      year: ['', ''],
      comma: true,
      date: null,
    });
    const d = parseDateLine(readSource(typed).lines[0].view, 0)!;
    expect(d.yearRange).toEqual({ start: 29, end: 29 }); // right after "năm"
    expect(date('Tân Lập, ngày 05 tháng 8 năm')?.year).toEqual(['', '']);
    expect(date('Tân Lập, ngày 05 tháng 8 năm2026')).toBeNull(); // "năm" glued to what follows: no date line
  });
  it('a day that does not exist gives no date; a line without the three words is none', () => {
    expect(date('Tân Lập, ngày 30 tháng 02 năm 2026')?.date).toBeNull();
    expect(date('Tân Lập, ngày 15 tháng 8')).toBeNull();
    expect(date('Tân Lập, tháng 8 năm 2026')).toBeNull();
    expect(date('ngày 15 tháng 8 năm 2026 ở Tân Lập')).toBeNull();
  });
});

describe('components of the header', () => {
  it('a damaged star ("*+") after the issuer is the star, reported as damage; before any issuer it is not', () => {
    const h = header(HEAD.join('\n').replace('\n*\n', '\n*+\n') + '\nKẾT LUẬN\n\nNội dung.');
    expect(h.star).toBe('*+');
    expect(h.ocr).toEqual(['star: *+ → *']);
    const before = header('+\n' + HEAD.slice(0, 2).join('\n') + '\n\nKẾT LUẬN\n\nNội dung.');
    expect(before.star).toBeNull();
    // Centred with spaces: the range is the mark alone.
    const centred = HEAD.join('\n').replace('\n*\n', '\n          *+   \n') + '\nKẾT LUẬN\n\nNội dung.';
    expect(header(centred).star).toBe('*+');
  });
  it('only the first star and the first separator count', () => {
    const h = header(draft('*', 'KẾT LUẬN', 'về việc', '-----', '*****', 'Nội dung.'));
    expect(h.star).toBe('*');
    expect(h.separator).toBe('-----');
  });
  it('a rule under the issuer before the title is the issuer rule; one of "=" is not', () => {
    const state = ['ỦY BAN NHÂN DÂN', 'XÃ HƯNG ĐẠO', '_____', 'Số: 85/TB-UBND', '', 'THÔNG BÁO', 'Nội dung.'].join(
      '\n',
    );
    expect(header(state).issuerRule).toBe('_____');
    expect(header(state.replace('_____', '=====')).issuerRule).toBeNull();
    expect(header(state.replace('_____', '_____ x')).issuerRule).toBeNull();
  });
  it('a damaged Party title is the title, reported; a damaged type name only once a number or date is found', () => {
    const h = header(draft('KÉT LUẬN', '', 'Nội dung.').replace('ĐẢNG CỘNG SẢN', 'ĐÁNG CỘNG SẢN'));
    expect(h.partyTitle).toBe('ĐÁNG CỘNG SẢN VIỆT NAM');
    expect(h.title).toBe('KÉT LUẬN');
    expect(h.titleCode).toBe('KL');
    expect(h.ocr).toEqual([
      'partyTitle: ĐÁNG CỘNG SẢN VIỆT NAM → ĐẢNG CỘNG SẢN VIỆT NAM',
      'title: KÉT LUẬN → KẾT LUẬN',
    ]);
    // With nothing found before it, a line like a damaged type name is an issuer line.
    expect(header('KÉT LUẬN\n\nNội dung.').title).toBeNull();
    // Any one of the number, the date line or the Party title before it is enough.
    for (const before of ['Số 07-KL/ĐU', 'Tân Lập, ngày 15 tháng 8 năm 2026', 'ĐẢNG CỘNG SẢN VIỆT NAM'])
      expect(header(`ĐẢNG ỦY XÃ TÂN LẬP\n${before}\n\nKÉT LUẬN\n\nNội dung.`).title).toBe('KÉT LUẬN');
    // A damaged name of a state-only type takes the state code.
    const state = ['ỦY BAN NHÂN DÂN XÃ HƯNG ĐẠO', 'Số: 12/GM-UBND', '', 'GIÁY MỜI', 'Nội dung.'].join('\n');
    expect([header(state).title, header(state).titleCode]).toEqual(['GIÁY MỜI', 'GM']);
    // A title already found: a later one is trích yếu, not a second title.
    expect(header(draft('KẾT LUẬN', 'THÔNG BÁO', '', 'Nội dung.')).trichYeu).toEqual(['THÔNG BÁO']);
  });
  it('a title beside another cell on its line: the cell after it is trích yếu', () => {
    const h = header(draft('KẾT LUẬN        về chuyển đổi số', '', 'Nội dung.'));
    expect(h.title).toBe('KẾT LUẬN');
    expect(h.trichYeu).toEqual(['về chuyển đổi số']);
  });
  it('"SỐ 2" in an issuer name is no number; a real "Số …" after it is', () => {
    const t = [
      'ĐẢNG BỘ XÃ TÂN LẬP                    ĐẢNG CỘNG SẢN VIỆT NAM',
      'CHI BỘ TRƯỜNG TIỂU HỌC SỐ 2',
      '*',
      'Số 03-TB/CB                          Tân Lập, ngày 15 tháng 8 năm 2026',
      '',
      'THÔNG BÁO',
      'Nội dung.',
    ].join('\n');
    const h = header(t);
    expect(h.number).toBe('Số 03-TB/CB');
    expect(h.issuer).toEqual(['ĐẢNG BỘ XÃ TÂN LẬP', 'CHI BỘ TRƯỜNG TIỂU HỌC SỐ 2']);
    // An issuer line "SỐ 12-…" with a dash is a number typed in capitals; "Số" after it replaces it.
    const caps = t.replace('CHI BỘ TRƯỜNG TIỂU HỌC SỐ 2', 'SỐ 12-TB/CB');
    expect(header(caps).number).toBe('Số 03-TB/CB');
  });
  it('a later line that reads like a date line (a trích yếu naming a meeting day) leaves the date alone', () => {
    const h = header(draft('KẾT LUẬN', 'về Hội nghị Ban Chấp hành ngày 05 tháng 02 năm 2026', '', 'Nội dung.'));
    expect(h.date).toBe('Tân Lập, ngày 15 tháng 8 năm 2026');
    expect(h.trichYeu).toEqual(['về Hội nghị Ban Chấp hành ngày 05 tháng 02 năm 2026']);
  });
  it('capitals between the star and the title are no issuer', () => {
    const t = HEAD.join('\n').replace('\n*\n', '\n*\nBAN TỔ CHỨC\n') + '\nKẾT LUẬN\n\nNội dung.';
    expect(header(t).issuer).toEqual(['ĐẢNG BỘ TỈNH LÂM ĐỒNG', 'ĐẢNG ỦY XÃ TÂN LẬP']);
  });
  it('"Kính  gửi" with two spaces above the title is the Kính gửi', () => {
    const t = ['ĐẢNG ỦY XÃ TÂN LẬP', 'Kính  gửi: Ban Thường vụ Tỉnh ủy', 'KẾT LUẬN', '', 'Nội dung.'].join('\n');
    expect(header(t).kinhGui).toBe('Kính  gửi: Ban Thường vụ Tỉnh ủy');
  });
  it('a blank number or date split by wide spaces is read on the whole line, and is no issuer', () => {
    const t = [
      'ĐẢNG ỦY XÃ TÂN LẬP',
      '*',
      'Số     -KL/ĐU',
      'Tân Lập, ngày     tháng     năm 2026',
      '',
      'KẾT LUẬN',
      'Nội dung.',
    ];
    const h = header(t.join('\n'));
    expect(h.number).toBe('Số     -KL/ĐU');
    expect(h.date).toBe('Tân Lập, ngày     tháng     năm 2026');
    expect(h.issuer).toEqual(['ĐẢNG ỦY XÃ TÂN LẬP']);
  });
  it('the issuer block: capitals above the star, the number or the title; a marker is not one', () => {
    const t = draft('KẾT LUẬN', 'Nội dung.').replace('ĐẢNG ỦY XÃ TÂN LẬP', 'ĐẢNG ỦY XÃ TÂN LẬP\nMẬT');
    expect(header(t).issuer).toEqual(['ĐẢNG BỘ TỈNH LÂM ĐỒNG', 'ĐẢNG ỦY XÃ TÂN LẬP']);
    // Without a star, the issuer stops at the number's line.
    const noStar = draft('KẾT LUẬN', 'Nội dung.').replace('\n*\n', '\n');
    expect(header(noStar).issuer).toEqual(['ĐẢNG BỘ TỈNH LÂM ĐỒNG', 'ĐẢNG ỦY XÃ TÂN LẬP']);
    // A capitals cell on the number's own line (row-wise) belongs to the issuer.
    const row = ['ĐẢNG CỘNG SẢN VIỆT NAM', 'ĐẢNG ỦY XÃ TÂN LẬP         Số 07-KL/ĐU', '', 'KẾT LUẬN', 'Nội dung.'].join(
      '\n',
    );
    expect(header(row).issuer).toEqual(['ĐẢNG ỦY XÃ TÂN LẬP']);
  });
  it('Kính gửi in the header, or within eight lines below it; "Kính gửi" glued to a word is not', () => {
    const inHeader = [
      'ĐẢNG ỦY XÃ TÂN LẬP             ĐẢNG CỘNG SẢN VIỆT NAM',
      'Số 15-CV/ĐU                    Tân Lập, ngày 15 tháng 8 năm 2026',
      'V/v sơ kết',
      'Kính gửi: Các chi bộ',
      'Nội dung.',
    ].join('\n');
    expect(header(inHeader).kinhGui).toBe('Kính gửi: Các chi bộ');
    const below = draft('KẾT LUẬN', '', '', 'Kính  trình: Ban Thường vụ Tỉnh ủy', 'Nội dung.');
    expect(header(below).kinhGui).toBe('Kính  trình: Ban Thường vụ Tỉnh ủy');
    const far = draft('KẾT LUẬN', '', 'Nội dung.', ...Array(9).fill('Nội dung.'), 'Kính gửi: Ban Thường vụ');
    expect(header(far).kinhGui).toBeNull();
    expect(header(draft('KẾT LUẬN', '', 'Kính gửingày mai')).kinhGui).toBeNull();
    expect(header(draft('KẾT LUẬN', '', 'Xin Kính gửi Ban Thường vụ')).kinhGui).toBeNull();
  });
});
