// Real documents as clerks get them: text pasted from Word and PDF, scans, the shapes of real drafts.
// test/realtext/<case>.<ext> holds a draft and <case>.expect ALL its findings (every severity), "LINE[:COL] rule";
// the tests below pin what users read (messages, ranges, fixes) where it matters.
import { WRITING_RULE_IDS } from '../server/src/core/writing/ids';
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, applyEdits, positionAt, parse } from '../server/src/core';
import { fixtureCases, readSidecar, TODAY } from './helpers';

const DIR = join(__dirname, 'realtext');
const opts = { today: TODAY };

function all(text: string, options: object = {}) {
  const r = analyze(text, { ...opts, ...options });
  return r.findings.map((f) => {
    const p = positionAt(r.model.src, f.start);
    return { line: p.line + 1, col: p.character + 1, rule: f.ruleId, message: f.message, f };
  });
}

describe('real document shapes (every finding)', () => {
  for (const c of fixtureCases(DIR)) {
    it(c.name, () => {
      const side = readSidecar(c.sidecar);
      const text = readFileSync(c.draft, 'utf8');
      const actual = all(text, side.options);
      const show = actual.map((a) => `${a.line}:${a.col} ${a.rule} ${a.message}`).join('\n');
      const lines = (xs: { line: number; rule: string }[]) => xs.map((x) => `${x.line} ${x.rule}`).sort();
      expect(lines(actual), show).toEqual(lines(side.expected));
      for (const e of side.expected) {
        if (e.col === null) continue;
        expect(
          actual.some((a) => a.line === e.line && a.col === e.col && a.rule === e.rule),
          show,
        ).toBe(true);
      }
    });
  }
});

/** A row of a two-column table as Word lays it out: the right cell from column 42. */
const row = (left: string, right = '') => (right ? left.padEnd(41) + right : left);
const OPENING = 'Ngày 10 tháng 8 năm 2026, Ban Thường vụ kết luận như sau:';
const SIGNER = row('', 'Lê Thị Hồng Nhung');
/** A Nơi nhận block beside "T/M BAN THƯỜNG VỤ / PHÓ BÍ THƯ", then the signer. */
function footerWith(...items: string[]): string {
  return [row('Nơi nhận:', 'T/M BAN THƯỜNG VỤ'), row(items[0], 'PHÓ BÍ THƯ'), ...items.slice(1), '', SIGNER].join('\n');
}

/** A short Party draft of our own; any part may be replaced. */
function draft(parts: { header?: string; body?: string; footer?: string } = {}): string {
  const header =
    parts.header ??
    [
      'ĐẢNG BỘ TỈNH LÂM ĐỒNG                    ĐẢNG CỘNG SẢN VIỆT NAM',
      'ĐẢNG ỦY XÃ TÂN LẬP',
      '*',
      'Số 07-KL/ĐU                              Tân Lập, ngày 15 tháng 8 năm 2026',
      '',
      'KẾT LUẬN',
      'của Ban Thường vụ Đảng ủy xã',
      'về công tác chuyển đổi số',
      '-----',
    ].join('\n');
  const body =
    parts.body ??
    [
      'Ngày 10 tháng 8 năm 2026, Ban Thường vụ Đảng ủy xã họp nghe Văn phòng Đảng ủy báo cáo. Sau khi thảo luận, ' +
        'Ban Thường vụ Đảng ủy xã kết luận như sau:',
      '',
      '1. Ủy ban nhân dân xã thực hiện.',
      '',
      '2. Văn phòng Đảng ủy theo dõi, đôn đốc.',
    ].join('\n');
  const footer =
    parts.footer ??
    [
      'Nơi nhận:                                T/M BAN THƯỜNG VỤ',
      '- Ban Thường vụ Tỉnh ủy;                 PHÓ BÍ THƯ',
      '- Các chi bộ trực thuộc;',
      '- Lưu Văn phòng Đảng ủy.',
      '',
      '                                         Lê Thị Hồng Nhung',
    ].join('\n');
  return `${header}\n\n${body}\n\n${footer}\n`;
}

describe('citations wrapped across lines', () => {
  const wrapped = (cite: string) =>
    draft({
      body: `${OPENING}\n\n1. Thực hiện ${cite} về chuyển đổi số.`,
    });
  const cases: [string, string][] = [
    ['between the words of the type name', 'Kết\nluận số 03-KL/ĐU, ngày 20/01/2026 của Đảng ủy xã'],
    ['after "số"', 'Kết luận số\n03-KL/ĐU, ngày 20/01/2026 của Đảng ủy xã'],
    ['after "ngày"', 'Kết luận số 03-KL/ĐU, ngày\n20/01/2026 của Đảng ủy xã'],
    ['inside a date in words', 'Kết luận số 03-KL/ĐU, ngày 20 tháng\n01 năm 2026 của Đảng ủy xã'],
    ['inside a date in figures', 'Kết luận số 03-KL/ĐU, ngày 20/01/\n2026 của Đảng ủy xã'],
    ['before "của"', 'Kết luận số 03-KL/ĐU, ngày 20/01/2026\ncủa Đảng ủy xã'],
    ['after "của"', 'Kết luận số 03-KL/ĐU, ngày 20/01/2026 của\nĐảng ủy xã'],
    ['a state number after "số"', 'Nghị định số\n30/2020/NĐ-CP, ngày 05/3/2020 của Chính phủ'],
  ];
  for (const [name, cite] of cases) {
    it(`${name}: one complete citation, nothing reported`, () => {
      const text = wrapped(cite);
      const m = parse(text, opts);
      expect(m.citations).toHaveLength(1);
      const c = m.citations[0];
      expect(c.date).not.toBeNull();
      expect(c.issuerPhrase).toBeTruthy();
      expect(c.damaged.lineBreak).toBe(false);
      // The citation's range spans the line break: from the type word to the end of the issuer.
      expect(text.slice(c.start, c.end).replace(/\s+/g, ' ')).toBe(cite.replace(/\s+/g, ' '));
      expect(all(text).filter((f) => f.f.severity !== 'hint')).toEqual([]);
    });
  }
  it('a number broken at its dash is one citation, reported once with the fix that joins it', () => {
    const text = wrapped('Kết luận số 03-\nKL/ĐU, ngày 20/01/2026 của Đảng ủy xã');
    const fs = all(text).filter((f) => f.f.severity !== 'hint');
    expect(fs.map((f) => `${f.line}:${f.col} ${f.rule}`)).toEqual(['13:26 citation-number-format']);
    expect(fs[0].message).toBe(
      'Số hiệu "03- KL/ĐU" bị ngắt sang dòng khác (thường do dán từ PDF): viết liền "03-KL/ĐU".',
    );
    expect(text.slice(fs[0].f.start, fs[0].f.end)).toBe('03-\nKL/ĐU');
    expect(applyEdits(text, fs[0].f.fix!.edits)).toContain('Kết luận số 03-KL/ĐU, ngày 20/01/2026');
  });
  it('a number broken at its slash (state shape) likewise', () => {
    const text = wrapped('Chỉ thị số 08/\nCT-TTg, ngày 04/3/2024 của Thủ tướng Chính phủ');
    const fs = all(text).filter((f) => f.f.severity !== 'hint');
    expect(fs.map((f) => f.rule)).toEqual(['citation-number-format']);
    expect(text.slice(fs[0].f.start, fs[0].f.end)).toBe('08/\nCT-TTg');
  });
  it("a wrapped cited date after the draft's date is reported, the range spanning the break", () => {
    const text = wrapped('Kết luận số 09-KL/ĐU, ngày 20\ntháng 9 năm 2026 của Đảng ủy xã');
    const fs = all(text).filter((f) => f.rule === 'citation-date-after-issue');
    expect(fs).toHaveLength(1);
    expect(fs[0].message).toBe(
      'Kết luận "09-KL/ĐU" ghi ngày 20/9/2026, sau ngày ban hành văn bản này (15/8/2026): ' +
        'kiểm tra lại ngày (thường là gõ nhầm năm).',
    );
    expect(text.slice(fs[0].f.start, fs[0].f.end)).toBe('20\ntháng 9 năm 2026');
  });
  it('near miss: a number at the end of a sentence and a list item on the next line are not joined', () => {
    const text = wrapped('Kết luận số 03-KL/ĐU, ngày 20/01/2026 của Đảng ủy xã, năm 2026\n- Giao/nhận hồ sơ');
    expect(parse(text, opts).citations.map((c) => c.number)).toEqual(['03-KL/ĐU']);
  });
});

describe('dates in messages are written as the guides write them', () => {
  it('padded day, months 1 and 2 padded, other months not', () => {
    const body =
      `${OPENING}\n\n1. Thực hiện Kết luận số 09-KL/ĐU, ngày 05/02/2027 của Đảng ủy xã ` +
      'và Kế hoạch số 10-KH/ĐU, ngày 07/9/2026 của Đảng ủy xã.';
    const ms = all(draft({ body }))
      .filter((f) => f.rule === 'citation-date-after-issue')
      .map((f) => f.message);
    expect(ms[0]).toContain('ghi ngày 05/02/2027, sau ngày ban hành văn bản này (15/8/2026)');
    expect(ms[1]).toContain('ghi ngày 07/9/2026');
  });
});

describe('Nơi nhận', () => {
  it("the example archive line names the issuer's level (a xã: Văn phòng Đảng ủy)", () => {
    const footer = footerWith('- Ban Thường vụ Tỉnh ủy;', '- Các chi bộ trực thuộc;');
    const f = all(draft({ footer })).find((x) => x.rule === 'recipients-archive-missing')!;
    expect(f.message).toBe('Dòng cuối của "Nơi nhận" phải là dòng lưu văn bản, ví dụ "- Lưu Văn phòng Đảng ủy.".');
    const tinh = draft({ footer })
      .replace('ĐẢNG BỘ TỈNH LÂM ĐỒNG   ', 'TỈNH ỦY LÂM ĐỒNG        ')
      .replace('ĐẢNG ỦY XÃ TÂN LẬP\n', '');
    const m = all(tinh).find((x) => x.rule === 'recipients-archive-missing')!.message;
    expect(m).toContain('"- Lưu Văn phòng Tỉnh ủy."');
  });
  it('with the archive line missing, the last "." is left alone; the suggestion adds the line and ";"', () => {
    const footer = footerWith('- Ban Thường vụ Tỉnh ủy;', '- Các chi bộ trực thuộc.');
    const text = draft({ footer });
    const fs = all(text);
    expect(fs.filter((f) => f.rule === 'recipients-item-format')).toEqual([]);
    const s = fs.find((f) => f.rule === 'recipients-archive-missing')!.f.suggestions[0];
    expect(applyEdits(text, s.edits)).toContain('- Các chi bộ trực thuộc;\n- Lưu Văn phòng Đảng ủy.\n');
  });
  it('a line without "- " after an item ending with ";" is a new recipient, with the fix that adds "- "', () => {
    const footer = footerWith('- Ban Thường vụ Tỉnh ủy;', 'Các chi bộ trực thuộc;', '- Lưu Văn phòng Đảng ủy.');
    const text = draft({ footer });
    const fs = all(text).filter((f) => f.rule === 'recipients-item-format');
    expect(fs.map((f) => f.message)).toEqual([
      'Mỗi nơi nhận viết trên một dòng, bắt đầu bằng "- ": "Các chi bộ trực thuộc;".',
    ]);
    expect(applyEdits(text, fs[0].f.fix!.edits)).toContain('\n- Các chi bộ trực thuộc;\n');
  });
  it('near miss: a wrapped line under an item that has not ended continues it', () => {
    const footer = [
      row('Nơi nhận:', 'T/M BAN THƯỜNG VỤ'),
      '- Đồng chí Nguyễn Văn Bình, Phó Bí thư Thường trực Đảng ủy',
      row('xã (để chỉ đạo);', 'PHÓ BÍ THƯ'),
      '- Lưu Văn phòng Đảng ủy.',
      '',
      SIGNER,
    ].join('\n');
    expect(all(draft({ footer })).filter((f) => f.rule.startsWith('recipients-'))).toEqual([]);
  });
  it('the drafter\'s code line is not an item and is never "fixed"', () => {
    const footer = footerWith('- Ban Thường vụ Tỉnh ủy;', '- Lưu Văn phòng Đảng ủy.', 'NguyenVanAn-15');
    const m = parse(draft({ footer }), opts);
    expect(m.recipients!.items.map((i) => i.text)).toEqual(['- Ban Thường vụ Tỉnh ủy;', '- Lưu Văn phòng Đảng ủy.']);
    expect(m.recipients!.drafterCode!.text).toBe('NguyenVanAn-15');
    expect(all(draft({ footer })).filter((f) => f.f.severity !== 'hint')).toEqual([]);
  });
});

describe('signature', () => {
  it('signature-issuer-mismatch names the authority, the code and the number', () => {
    const header = [
      row('TỈNH ỦY LÂM ĐỒNG', 'ĐẢNG CỘNG SẢN VIỆT NAM'),
      '*',
      row('Số 07-KL/TU', 'Đà Lạt, ngày 15 tháng 8 năm 2026'),
      '',
      'KẾT LUẬN',
      'của Ban Thường vụ Tỉnh ủy',
      '-----',
    ].join('\n');
    const footer = [
      row('Nơi nhận:', 'T/M ĐẢNG ỦY'),
      row('- Ban Bí thư;', 'BÍ THƯ'),
      '- Lưu Văn phòng Tỉnh ủy.',
      '',
      SIGNER,
    ].join('\n');
    const fs = all(draft({ header, footer })).filter((f) => f.rule === 'signature-issuer-mismatch');
    expect(fs.map((f) => f.message)).toEqual([
      '"T/M ĐẢNG ỦY" không khớp ký hiệu cơ quan ban hành "TU" trong số "07-KL/TU": ' +
        'sau "T/M" ghi tên tập thể ban hành văn bản (hoặc "BAN THƯỜNG VỤ").',
    ]);
    expect(fs[0].f.severity).toBe('warning');
  });
  it('a signer name in capitals is the name (not missing), with a warning to write it in normal case', () => {
    const text = draft().replace('Lê Thị Hồng Nhung', 'LÊ THỊ HỒNG NHUNG');
    const fs = all(text).filter((f) => f.f.severity !== 'hint');
    expect(fs.map((f) => `${f.rule} ${f.message}`)).toEqual([
      'signer-name-case Họ tên người ký viết chữ thường, viết hoa chữ đầu mỗi tiếng (in đậm): "Lê Thị Hồng Nhung", ' +
        'không viết in hoa "LÊ THỊ HỒNG NHUNG".',
    ]);
    expect(applyEdits(text, fs[0].f.suggestions[0].edits)).toContain(`\n${SIGNER}\n`);
  });
  it('"BÍ THƯ" signing without "T/M" under a cấp ủy is signature-authority-invalid, not signature-missing', () => {
    const footer = [
      'Nơi nhận:',
      row('- Ban Thường vụ Tỉnh ủy;', 'BÍ THƯ'),
      '- Lưu Văn phòng Đảng ủy.',
      '',
      SIGNER,
    ].join('\n');
    const fs = all(draft({ footer })).filter((f) => f.f.severity !== 'hint');
    expect(fs.map((f) => `${f.rule} ${f.f.severity}`)).toEqual(['signature-authority-invalid error']);
    expect(fs[0].message).toContain('thêm dòng "T/M …" ở trên');
  });
});

describe('OCR damage', () => {
  const scanned = draft().replace('ĐẢNG CỘNG SẢN VIỆT NAM', 'ĐÁNG CỘNG SẢN VIỆT NAM').replace('\n*\n', '\n*+\n');
  it('a damaged component counts as present; the damage is one information finding with the intended text', () => {
    const fs = all(scanned).filter((f) => f.f.severity !== 'hint');
    expect(fs.map((f) => `${f.line}:${f.col} ${f.rule} ${f.f.severity}`)).toEqual([
      '1:42 ocr-damage information',
      '3:1 ocr-damage information',
    ]);
    expect(fs[0].message).toBe(
      'Có vẻ tiêu đề "ĐÁNG CỘNG SẢN VIỆT NAM" bị nhận dạng sai khi quét (OCR); ' +
        'nhiều khả năng là "ĐẢNG CỘNG SẢN VIỆT NAM": kiểm tra lại và sửa.',
    );
    expect(applyEdits(scanned, fs[1].f.suggestions[0].edits)).toContain('ĐẢNG ỦY XÃ TÂN LẬP\n*\nSố 07-KL/ĐU');
  });
  it('no second star is inserted next to "*+", and fix-all leaves the scan alone', () => {
    const r = analyze(scanned, opts);
    expect(r.findings.filter((f) => f.fix)).toEqual([]);
  });
  it('near miss: a mixed-case "Đảng Cộng sản Việt Nam" in the body is no title', () => {
    const body = `${OPENING}\n\n1. Tuyên truyền về Dang Cong san Viet Nam.`;
    expect(all(draft({ body })).filter((f) => f.rule === 'ocr-damage')).toEqual([]);
  });
});

describe('section numbering follows the author', () => {
  it('after a wrong first number the next one is expected to follow it (one finding, not two)', () => {
    const body = `${OPENING}\n\n2. Một.\n\n3. Hai.\n\n4. Ba.`;
    const fs = all(draft({ body })).filter((f) => f.rule === 'section-numbering');
    expect(fs.map((f) => f.message)).toEqual(['Đề mục đầu tiên của cấp này phải là "1", không phải "2".']);
  });
  it('after a repeated number the count goes on from it', () => {
    const body = `${OPENING}\n\n1. Một.\n\n2. Hai.\n\n2. Hai nữa.\n\n3. Ba.`;
    const fs = all(draft({ body })).filter((f) => f.rule === 'section-numbering');
    expect(fs.map((f) => f.message)).toEqual(['Số đề mục "2" bị lặp lại: sau "2" phải là "3".']);
  });
  it('"… và kết luận:" is an opening formula', () => {
    const body =
      'Ngày 10 tháng 8 năm 2026, Ban Thường vụ họp nghe báo cáo, thảo luận và kết luận:' + '\n\n1. Một.\n\n2. Hai.';
    expect(all(draft({ body })).filter((f) => f.rule === 'opening-formula')).toEqual([]);
    const wrappedPdf =
      'Ngày 10 tháng 8 năm 2026, Ban Thường vụ họp nghe\nbáo cáo, thảo luận và\nkết luận:' + '\n\n1. Một.\n\n2. Hai.';
    expect(all(draft({ body: wrappedPdf })).filter((f) => f.rule === 'opening-formula')).toEqual([]);
  });
});

describe('the Kính gửi / Kính trình block', () => {
  it('is read with its addressees, and the body opens after it', () => {
    const m = parse(readFileSync(join(DIR, 'kinh-trinh-block.md'), 'utf8'), opts);
    expect(m.header.kinhGui!.text).toBe('Kính trình:');
    expect(m.header.kinhGuiItems!.map((i) => i.text)).toEqual(['- Ban Thường vụ Tỉnh ủy;', '- Ban Tổ chức Tỉnh ủy.']);
    expect(m.opening!.text.startsWith('Thực hiện Kết luận')).toBe(true);
  });
  it("a single addressee on the label's line is one item", () => {
    const text = draft({ body: `Kính gửi: Ban Thường vụ Tỉnh ủy.\n\n${OPENING}\n\n1. Một.` });
    const m = parse(text, opts);
    expect(m.header.kinhGuiItems!.map((i) => i.text)).toEqual(['Ban Thường vụ Tỉnh ủy.']);
    expect(m.opening!.text.startsWith('Ngày 10')).toBe(true);
  });
});

describe('the shared real documents, when present', () => {
  // Party seeds and state documents kept outside the project (../shared): read only, never copied.
  const DIRS = ['examples/seeds', 'corpus/state'].map((d) => join(__dirname, '..', '..', 'shared', d));
  const present = DIRS.every((d) => existsSync(d));
  const name = 'each copied form (one space, tab, stacked, wrapped, CRLF) keeps the errors and warnings, and adds none';
  it.runIf(present)(name, async () => {
    const tf = await import('./realtext-transforms');
    const forms: [string, (t: string) => { text: string; origin: number[] }][] = [
      ['one space', (t) => tf.flatten(t, ' ')],
      ['tab', (t) => tf.flatten(t, '\t')],
      ['stacked', tf.stack],
      ['wrapped', (t) => tf.wrap(t)],
      ['CRLF', tf.crlfNbsp],
    ];
    const key = (t: string, origin: number[] | null) => {
      const r = analyze(t, opts);
      const serious = r.findings.filter((x) => x.severity === 'error' || x.severity === 'warning');
      const at = (x: { start: number }) => {
        const l = positionAt(r.model.src, x.start).line;
        return (origin ? origin[l] : l) + 1;
      };
      return [...new Set(serious.map((x) => `${x.ruleId} @${at(x)}`))].sort();
    };
    for (const dir of DIRS) {
      for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt'))) {
        const text = readFileSync(join(dir, f), 'utf8');
        const original = key(text, null);
        for (const [form, make] of forms) {
          const t = make(text);
          // The writing rules (§3.6) read one line at a time: a phrase wrapped across two lines ("Khoản" ⏎ "3",
          // "tỉnh" ⏎ ",") is not seen as one — a known limit, in the README. They are compared in the other forms.
          const keep = (k: string[]) =>
            form === 'wrapped' ? k.filter((x) => !WRITING_RULE_IDS.includes(x.split(' ')[0])) : k;
          expect(keep(key(t.text, t.origin)), `${f}, ${form}`).toEqual(keep(original));
        }
      }
    }
  });
});
