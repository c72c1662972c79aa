// How the parser puts a draft's parts together (parse/index.ts): which regime and family apply and why, the
// document type, where the body ends, the appendix, which numbers are citations, the reference date read from a
// meeting, a damaged Nơi nhận label, and the model given when the parser fails. Each case is a small draft and
// the fields a user meets through the findings (the regime in the status, the type in the messages, the dates).
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '../server/src/core';
import { failedModel } from '../server/src/core/parse';
import { readSource } from '../server/src/core/text';
import { parseFailedMessage, parseFailedRange } from '../server/src/core/parse-failed';
import { TODAY } from './helpers';

const CLEAN = readFileSync(join(__dirname, 'fixtures', 'clean-hd05.kl.md'), 'utf8');
const STATE = readFileSync(join(__dirname, 'fixtures', 'clean-nd30.tb.txt'), 'utf8');
const p = (text: string, opts: Parameters<typeof parse>[1] = {}) => parse(text, { today: TODAY, ...opts });
const lines = (text: string) => text.split('\n');
/** `text` with line n (1-based) replaced by `line` (which may hold several lines). */
const withLine = (text: string, n: number, line: string) => {
  const ls = lines(text);
  ls[n - 1] = line;
  return ls.join('\n');
};

describe('regime and family', () => {
  it('by default: a Party draft of 15/8/2026 is HD05, read from the draft; a state draft is ND30', () => {
    const m = p(CLEAN);
    expect([m.profile, m.profileSource, m.family, m.familyConfidence]).toEqual(['hd05', 'auto', 'party', 'high']);
    const s = p(STATE);
    expect([s.profile, s.profileSource, s.family]).toEqual(['nd30', 'auto', 'state']);
    const old = p(CLEAN.replace('năm 2026\n', 'năm 2025\n'));
    expect(old.profile).toBe('hd36');
    expect(p(CLEAN, { profile: 'auto' }).profileSource).toBe('auto');
  });
  it('a profile set by the user wins; the family follows it and its confidence drops when the signals disagree', () => {
    const nd = p(CLEAN, { profile: 'nd30' });
    expect([nd.profile, nd.profileSource, nd.family, nd.familyConfidence]).toEqual(['nd30', 'forced', 'state', 'low']);
    const hd36 = p(CLEAN, { profile: 'hd36' });
    expect([hd36.profile, hd36.profileSource, hd36.family, hd36.familyConfidence]).toEqual([
      'hd36',
      'forced',
      'party',
      'high',
    ]);
    const party = p(STATE, { profile: 'hd05' });
    expect([party.profile, party.family, party.familyConfidence]).toEqual(['hd05', 'party', 'low']);
  });
  it('an inline comment sets it too, unless its id is unknown; a setting beats the comment', () => {
    const inline = p('<!-- ketluan-profile hd36 -->\n' + CLEAN);
    expect([inline.profile, inline.profileSource, inline.family]).toEqual(['hd36', 'inline', 'party']);
    const toState = p('<!-- ketluan-profile nd30 -->\n' + CLEAN);
    expect([toState.profile, toState.family, toState.familyConfidence]).toEqual(['nd30', 'state', 'low']);
    const toParty = p(STATE + '\n<!-- ketluan-profile hd05 -->\n');
    expect([toParty.profile, toParty.profileSource, toParty.family]).toEqual(['hd05', 'inline', 'party']);
    const unknown = p('<!-- ketluan-profile hd99 -->\n' + CLEAN);
    expect([unknown.profile, unknown.profileSource]).toEqual(['hd05', 'auto']);
    expect(p('<!-- ketluan-profile hd36 -->\n' + CLEAN, { profile: 'hd05' }).profileSource).toBe('forced');
  });
});

describe('document type', () => {
  it('from the title line; a state title takes the state code (Quy định: QyĐ, not the Party QĐ)', () => {
    expect(p(CLEAN).documentType).toBe('KL');
    expect(p(STATE).documentType).toBe('TB');
    expect(p(STATE.replace('THÔNG BÁO\n', 'QUY ĐỊNH\n')).documentType).toBe('QyĐ');
    expect(p(CLEAN.replace('KẾT LUẬN\n', 'QUY ĐỊNH\n')).documentType).toBe('QĐ');
    // A title with no state form (Công văn is a state document with no title line): the Party code stays.
    expect(p(STATE.replace('THÔNG BÁO\n', 'THÔNG TRI\n')).documentType).toBe('TT');
  });
  it('without a title: the type code of the number, if it is one of the family', () => {
    const noTitle = (num: string) => p(withLine(withLine(CLEAN, 6, ''), 4, num)).documentType;
    expect(noTitle('Số 07-TB/ĐU')).toBe('TB');
    expect(noTitle('Số 07-XY/ĐU')).toBeNull();
    expect(noTitle('Số 07-CV/ĐU')).toBe('CV');
    // The family of the number's shape decides: Giấy mời is a state type only.
    expect(noTitle('Số 07-GM/ĐU')).toBeNull();
    expect(noTitle('Số: 85/GM-UBND')).toBe('GM');
    // A number of no known shape has no type, and is no công văn.
    expect(noTitle('Số 07')).toBeNull();
    const stateNoTitle = (num: string, next = '') =>
      p(withLine(withLine(STATE, 7, next), 5, num + '                             Hưng Đạo, ngày 14 tháng 10 năm 2026'))
        .documentType;
    expect(stateNoTitle('Số: 85/TB-UBND')).toBe('TB');
    // A state number with no type code is a công văn ("Số: 85/UBND-VP").
    expect(stateNoTitle('Số: 85/UBND-VP')).toBe('CV');
    // A state number with a code of no known type: a công văn only when "V/v …" stands under the number.
    expect(stateNoTitle('Số: 85/XYZ-VP')).toBeNull();
    // A number on the last line, nothing under it.
    expect(p('ỦY BAN NHÂN DÂN XÃ HƯNG ĐẠO\nSố: 85/XYZ-VP').documentType).toBeNull();
    const vv = withLine(withLine(STATE, 7, ''), 5, 'Số: 85/XYZ-VP\nV/v chuẩn bị phòng, chống rét');
    expect(p(vv).documentType).toBe('CV');
    expect(p(vv.replace('V/v', 'Về')).documentType).toBeNull();
  });
});

describe('where the body ends, and the appendix', () => {
  it('the body ends above the Nơi nhận, blank lines left out', () => {
    const m = p(CLEAN);
    expect([m.bodyStart, m.bodyEnd, m.appendixLine]).toEqual([9, 30, -1]);
  });
  it('an appendix after the signature starts after it; the body does not take it', () => {
    const m = p(CLEAN + '\n\nPhụ lục\nDANH SÁCH CÁC THÔN\n1. Thôn 1\n');
    expect([m.bodyEnd, m.appendixLine]).toEqual([30, 42]);
    expect(m.sections.map((s) => s.number)).toEqual(['I', 'II', 'III']);
  });
  it('with no Nơi nhận nor signature, the body ends above the appendix — only if a footer part was found', () => {
    const body = lines(CLEAN).slice(0, 31).join('\n');
    const m = p(body + '\n\n\nPhụ lục\nBẢNG\n');
    expect(m.appendixLine).toBe(-1);
    expect(m.bodyEnd).toBe(34); // "BẢNG": the appendix stays in the body
  });
  it('a Nơi nhận with a label only (no signature): the appendix is looked for after the label', () => {
    const m = p(
      lines(CLEAN)
        .slice(0, 33)
        .join('\n')
        .replace(/ {3,}T\/M BAN THƯỜNG VỤ/u, '') + '\n\nPhụ lục\nBẢNG\n',
    );
    expect(m.recipients?.items).toEqual([]);
    expect(m.signature).toBeNull();
    expect(m.appendixLine).toBe(34);
    expect(m.bodyEnd).toBe(30);
  });
  it('the signature above the Nơi nhận, then an appendix: found after the last recipient', () => {
    const ls = lines(CLEAN);
    const text = [
      ...ls.slice(0, 32),
      'T/M BAN THƯỜNG VỤ',
      'PHÓ BÍ THƯ',
      '',
      'Lê Thị Hồng Nhung',
      '',
      'Nơi nhận:',
      '- Ban Thường vụ Tỉnh ủy (để báo cáo);',
      '- Lưu Văn phòng Đảng ủy.',
      '',
      'Phụ lục',
      'BẢNG',
    ].join('\n');
    const m = p(text);
    expect(m.signature?.firstLine).toBe(32);
    expect(m.appendixLine).toBe(41);
    expect(m.bodyEnd).toBe(30);
  });
  it('the body starts under a Kính gửi block standing below the header', () => {
    const cv = [
      'ĐẢNG BỘ TỈNH LÂM ĐỒNG                    ĐẢNG CỘNG SẢN VIỆT NAM',
      'ĐẢNG ỦY XÃ TÂN LẬP',
      '*',
      'Số 15-CV/ĐU                              Tân Lập, ngày 15 tháng 8 năm 2026',
      'V/v chuẩn bị hội nghị sơ kết',
      '',
      'Kính gửi:',
      '- Các chi bộ trực thuộc;',
      '- Văn phòng Đảng ủy.',
      '',
      'Thực hiện chương trình công tác năm 2026, Ban Thường vụ Đảng ủy đề nghị như sau:',
      '',
      '1. Các chi bộ gửi báo cáo trước ngày 20/8/2026.',
    ].join('\n');
    const m = p(cv);
    expect(m.header.kinhGui?.line).toBe(6);
    expect(m.header.kinhGuiEnd).toBe(8);
    expect(m.bodyStart).toBe(9);
    expect(m.opening?.line).toBe(10);
    expect(m.documentType).toBe('CV');
    // Right under the trích yếu (no blank line), and on one line with its addressee.
    const ls = lines(cv);
    const close = p([...ls.slice(0, 5), ...ls.slice(6)].join('\n'));
    expect([close.header.zoneEnd, close.header.kinhGui?.line, close.header.kinhGuiEnd, close.bodyStart]).toEqual([
      5, 5, 7, 8,
    ]);
    const inline = p([...ls.slice(0, 5), 'Kính gửi: Các chi bộ trực thuộc.', ...ls.slice(9)].join('\n'));
    expect([inline.header.kinhGui?.line, inline.header.kinhGuiEnd, inline.bodyStart, inline.opening?.line]).toEqual([
      5, 5, 6, 7,
    ]);
  });
  it('a Kính gửi block a few lines into the body still starts it; further down it is none', () => {
    const ls = lines(CLEAN);
    const at = (blanks: number) =>
      p(
        [
          ...ls.slice(0, 9),
          ...Array<string>(blanks).fill(''),
          'Kính gửi:',
          '- Các chi bộ trực thuộc;',
          '- Văn phòng Đảng ủy.',
          '',
          ...ls.slice(9),
        ].join('\n'),
      );
    const seven = at(7);
    expect([seven.header.kinhGui?.line, seven.header.kinhGuiEnd, seven.bodyStart]).toEqual([16, 18, 19]);
    const eight = at(8);
    expect([eight.header.kinhGui, eight.bodyStart]).toEqual([null, 9]);
  });
  it('a body of blank lines only ends above its start', () => {
    const ls = lines(CLEAN);
    const m = p([...ls.slice(0, 9), '', '', ...ls.slice(31)].join('\n'));
    expect(m.bodyStart).toBe(9);
    expect(m.bodyEnd).toBe(8);
    expect(m.sections).toEqual([]);
  });
});

describe('which numbers are citations', () => {
  it("the draft's own number and date are not; a number in the text is", () => {
    const m = p(CLEAN);
    expect(m.citations.map((c) => c.number)).toEqual(['03-NQ/ĐU']);
    expect(m.dates.some((d) => d.start === m.header.dateLine!.start)).toBe(false);
    expect(m.dates.length).toBeGreaterThan(0);
  });
  it('a number in the issuer block, above the title and with no type word, is not; with its type word it is', () => {
    const bare = p(withLine(CLEAN, 2, 'ĐẢNG ỦY XÃ TÂN LẬP 12-KL/ĐU'));
    expect(bare.citations.map((c) => c.number)).toEqual(['03-NQ/ĐU']);
    const typed = p(withLine(CLEAN, 5, 'Thực hiện Kết luận số 12-KL/ĐU'));
    expect(typed.citations.map((c) => c.number)).toEqual(['12-KL/ĐU', '03-NQ/ĐU']);
    // On the title's own line or below, a number without its type word is a citation.
    const below = p(withLine(CLEAN, 7, 'của Ban Thường vụ Đảng ủy xã (thay 12-KL/ĐU)'));
    expect(below.citations.map((c) => c.number)).toEqual(['12-KL/ĐU', '03-NQ/ĐU']);
  });
  it("a number beside the draft's own one, with no type word, is not a citation; with one it is", () => {
    const bare = p(withLine(CLEAN, 4, 'Số 07-KL/ĐU 08-KL/ĐU                     Tân Lập, ngày 15 tháng 8 năm 2026'));
    expect(bare.header.number?.text).toBe('Số 07-KL/ĐU');
    expect(bare.citations.map((c) => c.number)).toEqual(['03-NQ/ĐU']);
    const typed = p(withLine(CLEAN, 4, 'Số 07-KL/ĐU thay Kết luận số 05-KL/ĐU    Tân Lập, ngày 15 tháng 8 năm 2026'));
    expect(typed.citations.map((c) => c.number)).toEqual(['05-KL/ĐU', '03-NQ/ĐU']);
  });
  it('the index reads no dates when asked not to (noDates), and the same citations', () => {
    const m = p(CLEAN, { noDates: true });
    expect(m.dates).toEqual([]);
    expect(m.citations.map((c) => c.number)).toEqual(['03-NQ/ĐU']);
    expect(m.citations[0].date).toEqual({ y: 2026, m: 1, d: 20 });
  });
});

describe('the reference date', () => {
  const undated = withLine(CLEAN, 4, 'Số 07-KL/ĐU                              Tân Lập, ngày    tháng    năm 2026');
  it('with an issue date: that date; the meeting date is kept beside it', () => {
    expect(p(CLEAN).reference).toEqual({
      draftDate: { y: 2026, m: 8, d: 15 },
      source: 'issue-date',
      compareDate: { y: 2026, m: 8, d: 15 },
      meetingDate: { y: 2026, m: 8, d: 10 },
    });
  });
  it('without one: the meeting date of the opening paragraph, compared 30 days on', () => {
    expect(p(undated).reference).toEqual({
      draftDate: { y: 2026, m: 8, d: 10 },
      source: 'meeting-date',
      compareDate: { y: 2026, m: 9, d: 9 },
      meetingDate: { y: 2026, m: 8, d: 10 },
    });
  });
  it("a cited document's date or a deadline in the opening is no meeting date; the meeting's own date is", () => {
    const t = withLine(
      undated,
      11,
      'Xét Tờ trình số 31-TTr/ĐU ngày 07/6/2026 của Văn phòng, tại hội nghị ngày 12/6/2026 Ban Thường vụ kết luận:',
    );
    expect(p(t).reference.meetingDate).toEqual({ y: 2026, m: 6, d: 12 });
    const deadline = withLine(undated, 11, 'Các thôn hoàn thành trước ngày 15/10/2026, chậm nhất là ngày 20/10/2026.');
    expect(p(deadline).reference.meetingDate).toBeNull();
    const slash = withLine(
      undated,
      11,
      'Xét Tờ trình số 31/TTr-UBND, ngày 07/6/2026, hội nghị ngày 12/6/2026 kết luận:',
    );
    expect(p(slash).reference.meetingDate).toEqual({ y: 2026, m: 6, d: 12 });
  });
  it('an opening wrapped over lines (a PDF copy) is read whole, up to its blank line and six lines', () => {
    const wrapped = withLine(
      undated,
      11,
      'Tại hội nghị của Ban Thường vụ Đảng ủy xã\nngày 17/7/2026, sau khi nghe báo cáo,\nđã kết luận:',
    );
    expect(p(wrapped).reference.meetingDate).toEqual({ y: 2026, m: 7, d: 17 });
    const afterBlank = withLine(undated, 11, 'Ban Thường vụ Đảng ủy xã họp và kết luận:\n\nNgày 17/7/2026 là hạn.');
    expect(p(afterBlank).reference.source).toBe('today');
    const far = withLine(
      undated,
      11,
      ['Tại hội nghị', 'của', 'Ban', 'Thường', 'vụ', 'Đảng ủy', 'ngày 17/7/2026'].join('\n'),
    );
    expect(p(far).reference.meetingDate).toBeNull();
  });
  it('a date cut by the wrap is joined with a space; the opening is read up to 600 characters', () => {
    const cut = withLine(undated, 11, 'Tại hội nghị ngày 17 tháng 7\nnăm 2026, Ban Thường vụ Đảng ủy xã kết luận:');
    expect(p(cut).reference.meetingDate).toEqual({ y: 2026, m: 7, d: 17 });
    const filler = 'Ban Thường vụ Đảng ủy xã họp, ';
    const long = (n: number) => withLine(undated, 11, filler.repeat(n) + 'ngày 17/7/2026.');
    expect(filler.repeat(19).length).toBeLessThan(590);
    expect(p(long(19)).reference.meetingDate).toEqual({ y: 2026, m: 7, d: 17 });
    expect(filler.repeat(20).length).toBe(600); // the date starts at character 600: cut off
    expect(p(long(20)).reference.meetingDate).toBeNull();
  });
  it('an opening that is the last line of the body is read', () => {
    const ls = lines(undated);
    const m = p([...ls.slice(0, 11), ...ls.slice(31)].join('\n'));
    expect([m.opening?.line, m.bodyEnd]).toEqual([10, 10]);
    expect(m.reference.meetingDate).toEqual({ y: 2026, m: 8, d: 10 });
  });
  it('no meeting date: the reference date setting, else today with nothing to compare', () => {
    const none = withLine(undated, 11, 'Ban Thường vụ Đảng ủy xã họp và kết luận như sau:');
    expect(p(none, { referenceDate: { y: 2026, m: 3, d: 4 } }).reference).toEqual({
      draftDate: { y: 2026, m: 3, d: 4 },
      source: 'setting',
      compareDate: { y: 2026, m: 3, d: 4 },
      meetingDate: null,
    });
    expect(p(none).reference).toEqual({ draftDate: TODAY, source: 'today', compareDate: null, meetingDate: null });
  });
});

describe('a damaged Nơi nhận label', () => {
  it('is reported as scan damage without its colon; a well-typed label is not', () => {
    const m = p(CLEAN.replace('Nơi nhận:', 'Nơi nhân:'));
    expect(m.ocr).toEqual([
      {
        start: m.recipients!.label.start,
        end: m.recipients!.label.start + 'Nơi nhân'.length,
        found: 'Nơi nhân',
        intended: 'Nơi nhận',
        component: 'recipientsLabel',
      },
    ]);
    expect(p(CLEAN).ocr).toEqual([]);
  });
});

describe('rows joined by a copy', () => {
  it('the issuer and the Party title joined by two spaces are two cells in the first 20 non-empty lines', () => {
    const m = p(withLine(CLEAN, 1, 'ĐẢNG BỘ TỈNH LÂM ĐỒNG  ĐẢNG CỘNG SẢN VIỆT NAM'));
    expect(m.src.lines[0].segs.map((s) => s.typed)).toEqual(['ĐẢNG BỘ TỈNH LÂM ĐỒNG', 'ĐẢNG CỘNG SẢN VIỆT NAM']);
    expect(m.header.partyTitle?.text).toBe('ĐẢNG CỘNG SẢN VIỆT NAM');
  });
  it('such a row is cut as a header row only among the first 20 non-empty lines (blank lines not counted)', () => {
    const row = 'ĐẢNG BỘ TỈNH LÂM ĐỒNG  ĐẢNG CỘNG SẢN VIỆT NAM';
    const cells = (before: number) => {
      const filler = Array.from({ length: before }, (_, i) => `Dòng ${i + 1}.\n`).join('\n'); // a blank after each
      const m = p(filler + row);
      return m.src.lines[m.src.lines.length - 1].segs.length;
    };
    expect(cells(19)).toBe(2); // the 20th non-empty line
    expect(cells(20)).toBe(1); // the 21st
  });
});

describe('the model of a draft the parser failed on', () => {
  const src = () => readSource(CLEAN);
  it('finds nothing, keeps the reason, and takes the regime from the setting or today', () => {
    const m = failedModel(src(), { today: TODAY }, 'boom');
    expect(m.parseError).toBe('boom');
    expect([m.profile, m.profileSource, m.family, m.familyConfidence]).toEqual(['hd05', 'auto', 'party', 'low']);
    expect([m.documentType, m.opening, m.recipients, m.signature, m.appendixLine]).toEqual([
      null,
      null,
      null,
      null,
      -1,
    ]);
    expect([m.bodyStart, m.bodyEnd]).toEqual([0, 40]); // the last line is the empty one after the final newline
    expect([m.sections, m.citations, m.dates, m.familySignals]).toEqual([[], [], [], []]);
    expect(m.header.partyTitle).toBeNull();
    expect(m.reference).toEqual({ draftDate: TODAY, source: 'today', compareDate: null, meetingDate: null });
  });
  it('a forced regime, a reference date, an old reference date, an empty reason', () => {
    const forced = failedModel(src(), { today: TODAY, profile: 'nd30' }, '');
    expect([forced.profile, forced.profileSource, forced.family, forced.parseError]).toEqual([
      'nd30',
      'forced',
      'state',
      'unknown',
    ]);
    const ref = failedModel(src(), { today: TODAY, referenceDate: { y: 2024, m: 5, d: 6 } }, 'x');
    expect(ref.profile).toBe('hd36');
    expect(ref.reference).toEqual({
      draftDate: { y: 2024, m: 5, d: 6 },
      source: 'setting',
      compareDate: { y: 2024, m: 5, d: 6 },
      meetingDate: null,
    });
    expect(failedModel(src(), { today: TODAY, profile: 'auto' }, 'x').profileSource).toBe('auto');
    expect(failedModel(src(), { today: { y: 2025, m: 1, d: 1 } }, 'x').profile).toBe('hd36');
  });
});

describe('the parser-failure finding', () => {
  it('names the error in both languages and points at the first line', () => {
    const m = failedModel(readSource('  Dòng đầu  \nDòng hai'), { today: TODAY }, 'header broke');
    expect(parseFailedMessage(m, 'vi')).toBe(
      'ketluan không đọc được cấu trúc văn bản này (lỗi của chương trình: header broke). ' +
        'Các kiểm tra về thành phần thể thức tạm dừng; xin báo lỗi kèm văn bản.',
    );
    expect(parseFailedMessage(m, 'en')).toBe(
      'ketluan could not read the structure of this document (a bug in the program: header broke). ' +
        'The checks of format parts are paused; please report it with the document.',
    );
    expect(parseFailedRange(m)).toEqual({ start: 0, end: 12 });
    expect(parseFailedMessage({ ...m, parseError: undefined }, 'en')).toContain('(a bug in the program: ?)');
    const none = failedModel(readSource(''), { today: TODAY }, 'x');
    expect(parseFailedRange({ ...none, src: { ...none.src, lines: [] } })).toEqual({ start: 0, end: 0 });
  });
});
