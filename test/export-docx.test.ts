// The exported .docx read back: every component's typography per regime from the layout table, the page set-up,
// the page-number header, and a text round trip (every line of the draft is in the Word file).
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { blocksOf, writeDocx, type ExportDoc } from '../server/src/export';
import { parse } from '../server/src/core/parse';
import { RULE_LINE } from '../server/src/core/parse/header';
import { inRange, lineSpacingPt, mmToTwip, type ComponentId } from '../server/src/core/layout';
import type { ProfileId } from '../server/src/core/profiles';
import { readDocx, type XPara } from './export-xml';

const ROOT = join(__dirname, '..');
const TODAY = { y: 2026, m: 11, d: 1 };
const JC = { left: 'left', center: 'center', right: 'right', justify: 'both' } as const;

interface Case {
  file: string;
  profile: ProfileId | 'auto';
  expect: ProfileId;
  text?: string;
}
const FILES: Case[] = [
  { file: 'examples/ket-luan-ban-thuong-vu.kl.md', profile: 'auto', expect: 'hd05' },
  { file: 'examples/ket-luan-hoi-nghi-dang-bo.kl.md', profile: 'auto', expect: 'hd05' },
  { file: 'examples/thong-bao-ket-luan-thuong-truc.tb.md', profile: 'auto', expect: 'hd36' },
  { file: 'test/fixtures/clean-hd05.kl.md', profile: 'auto', expect: 'hd05' },
  { file: 'test/fixtures/clean-hd36.tb.md', profile: 'auto', expect: 'hd36' },
  { file: 'test/export-fixtures/thong-bao-nd30.md', profile: 'auto', expect: 'nd30' },
  { file: 'examples/ket-luan-ban-thuong-vu.kl.md', profile: 'hd36', expect: 'hd36' },
  { file: 'test/export-fixtures/thong-bao-nd30.md', profile: 'nd30', expect: 'nd30' },
];

/** A snippet body with its placeholders filled by their defaults (the first choice of a choice list). */
function expandSnippet(body: string[]): string {
  return body
    .join('\n')
    .replace(/\$\{\d+\|([^,|]*)[^}]*\}/gu, '$1')
    .replace(/\$\{\d+:([^}]*)\}/gu, '$1')
    .replace(/\$\d+/gu, '')
    .replace(/\\\$/gu, '$');
}
const snippets = JSON.parse(readFileSync(join(ROOT, 'snippets', 'ketluan.code-snippets'), 'utf8')) as Record<
  string,
  { body: string[] }
>;
/** The document templates (whole Kết luận / Thông báo kết luận). */
const TEMPLATES: Case[] = Object.entries(snippets)
  .filter(([, v]) => v.body.some((l) => l.includes('ĐẢNG CỘNG SẢN VIỆT NAM')))
  .map(([name, v]) => ({
    file: `snippet "${name}"`,
    profile: 'auto' as const,
    expect: name.includes('HD36') ? ('hd36' as const) : ('hd05' as const),
    text: expandSnippet(v.body),
  }));
const CASES = [...FILES, ...TEMPLATES];
const textOf = (c: Case) => c.text ?? readFileSync(join(ROOT, c.file), 'utf8');

async function exported(text: string, profile: ProfileId | 'auto') {
  const doc = blocksOf(text, { profile, today: TODAY });
  const x = readDocx(await writeDocx(doc));
  return { doc, x };
}

/** Every text paragraph of the blocks, in document order, with the Word paragraph it became. */
function pairs(doc: ExportDoc, paras: XPara[]) {
  const all = [
    ...doc.header.flatMap((r) => [...r.left, ...r.right]),
    ...doc.title,
    ...doc.body,
    ...(doc.closing ? [...doc.closing.left, ...doc.closing.right] : []),
    ...doc.appendix,
  ].filter((p) => p.ruleMm === undefined);
  let at = 0;
  return all.map((p) => {
    const text = p.runs.map((r) => r.text).join('');
    const i = paras.findIndex((x, k) => k >= at && x.text === text);
    expect(i, `paragraph "${text}" (${p.c}) is in the .docx`).toBeGreaterThanOrEqual(0);
    at = i + 1;
    return { p, x: paras[i] };
  });
}

describe('exported .docx: typography of every component from the layout table', () => {
  for (const c of CASES) {
    it(`${c.file} (${c.profile} → ${c.expect})`, async () => {
      const { doc, x } = await exported(textOf(c), c.profile);
      const l = doc.layout;
      expect(l.profile).toBe(c.expect);
      const seen = new Set<ComponentId>();
      for (const { p, x: xp } of pairs(doc, x.paras)) {
        const s = l.components[p.c];
        const what = `${c.file} ${p.c} "${xp.text.slice(0, 30)}"`;
        seen.add(p.c);
        expect(xp.jc, what).toBe(JC[s.align]);
        for (const r of xp.runs) {
          expect(r.ascii, what).toBe(s.font);
          expect(r.hAnsi, what).toBe(s.font);
          expect(r.sz, what).toBe(s.size.def);
          expect(inRange(s.size, r.sz!), what).toBe(true);
          if (s.bold) expect(r.b, what).toBe(true);
          if (s.italic) expect(r.i, what).toBe(true);
          expect(r.u, what).toBe(s.underline);
          expect(r.lang, what).toBe('vi-VN');
        }
        if (!s.bold) expect(xp.runs.every((r) => !r.b) || p.runs.some((r) => r.b), what).toBe(true);
        if (!xp.inTable) {
          expect(xp.firstLine ?? 0, what).toBe(s.indentMm.def ? mmToTwip(s.indentMm.def) : 0);
          expect(xp.after, what).toBe(s.spaceAfter.def * 20);
          expect(inRange(s.spaceAfter, (xp.after ?? 0) / 20), what).toBe(true);
          if (s.lineSpacing.unit === 'pt') {
            expect(xp.lineRule, what).toBe('exact');
            expect(inRange(lineSpacingPt(s), xp.line! / 20), what).toBe(true);
          } else {
            expect(xp.lineRule, what).toBe('auto');
            expect(inRange(s.lineSpacing, xp.line! / 240), what).toBe(true);
          }
        }
        if (p.keepNext) expect(xp.keepNext, what).toBe(true);
      }
      const party: ComponentId[] = ['partyTitle', 'issuer', 'star', 'number', 'dateLine', 'typeName', 'trichYeu'];
      const state: ComponentId[] = ['quocHieu', 'tieuNgu', 'issuer', 'number', 'dateLine', 'typeName', 'trichYeu'];
      const common: ComponentId[] = ['body', 'recipientsLabel', 'recipientItem', 'authority', 'signerName'];
      for (const id of [
        ...(l.family === 'party' && c.profile === 'auto' ? party : []),
        ...(l.family === 'state' ? state : []),
        ...common,
      ]) {
        expect(seen.has(id), `${c.file}: ${id} exported`).toBe(true);
      }
    });
  }

  it('the body of a state notice: Căn cứ italic, headings bold, Markdown emphasis as Word bold/italic', async () => {
    const { x } = await exported(readFileSync(join(ROOT, 'test/export-fixtures/thong-bao-nd30.md'), 'utf8'), 'auto');
    const find = (t: string) => x.paras.find((p) => p.text.startsWith(t))!;
    expect(find('Căn cứ Kế hoạch').runs.every((r) => r.i && r.sz === 14)).toBe(true);
    expect(find('I. ĐÁNH GIÁ').runs.every((r) => r.b)).toBe(true);
    expect(find('1. Tăng cường').runs.every((r) => r.b)).toBe(true);
    expect(find('a) Chi cục').runs.some((r) => r.b)).toBe(false);
    const em = find('Dịch bệnh khô cành').runs;
    expect(em.filter((r) => r.b).map((r) => r.text)).toEqual(['ba huyện']);
    expect(em.filter((r) => r.i).map((r) => r.text)).toEqual(['khoảng 1.200 ha']);
    expect(find('Dịch bệnh khô cành').text).not.toContain('*');
    expect(find('Nơi nhận:').runs[0]).toMatchObject({ b: true, i: true, u: false, sz: 12 });
    expect(find('PHÓ GIÁM ĐỐC').runs[0]).toMatchObject({ b: true, sz: 14 });
  });

  it('a Party Kết luận: Nơi nhận underlined 14, items 12, chức vụ not bold, the title rule and "*"', async () => {
    const { x } = await exported(readFileSync(join(ROOT, 'test/fixtures/clean-hd05.kl.md'), 'utf8'), 'auto');
    const find = (t: string) => x.paras.find((p) => p.text.startsWith(t))!;
    expect(find('Nơi nhận:').runs[0]).toMatchObject({ b: false, i: false, u: true, sz: 14 });
    expect(find('- Lưu').runs[0]).toMatchObject({ sz: 12, b: false });
    expect(find('ĐẢNG CỘNG SẢN VIỆT NAM').runs[0]).toMatchObject({ b: true, sz: 15 });
    const title = x.paras.findIndex((p) => p.text === 'ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(x.paras[title + 1]).toMatchObject({ text: '', border: true, inTable: true });
    expect(find('*')).toMatchObject({ jc: 'center', inTable: true });
    expect(find('-----')).toMatchObject({ jc: 'center', inTable: false });
  });

  for (const profile of ['hd05', 'hd36', 'nd30'] as const) {
    it(`${profile}: page set-up, page number top centre from page 2`, async () => {
      const text = readFileSync(join(ROOT, 'examples/ket-luan-ban-thuong-vu.kl.md'), 'utf8');
      const { doc, x } = await exported(text, profile);
      const d = x.files['word/document.xml'];
      const m = doc.layout.page.margins;
      expect(d).toMatch(/<w:pgSz w:w="11906" w:h="16838"/u);
      const mar = /<w:pgMar [^>]*\/>/u.exec(d)![0];
      for (const k of ['top', 'bottom', 'left', 'right'] as const) {
        expect(mar).toContain(`w:${k}="${mmToTwip(m[k].def)}"`);
      }
      expect(mar).toContain(`w:header="${mmToTwip(10)}"`);
      expect(d).toMatch(/<w:titlePg\/>/u);
      const refs = [...d.matchAll(/<w:headerReference w:type="(\w+)" r:id="(\w+)"\/>/gu)];
      const rels = x.files['word/_rels/document.xml.rels'];
      const part = (type: string) => {
        const id = refs.find((r) => r[1] === type)![2];
        return x.files['word/' + new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`, 'u').exec(rels)![1]];
      };
      const def = part('default');
      expect(def).toMatch(/PAGE/u);
      expect(def).toContain('<w:jc w:val="center"/>');
      expect(def).toContain(`<w:sz w:val="${doc.layout.components.pageNumber.size.def * 2}"/>`);
      expect(part('first')).not.toMatch(/PAGE/u);
      // Header and closing blocks are borderless two-column tables of the layout's widths.
      const grids = [...d.matchAll(/<w:tblGrid>([\s\S]*?)<\/w:tblGrid>/gu)].map((g) =>
        [...g[1].matchAll(/w:w="(\d+)"/gu)].map((w) => +w[1]),
      );
      expect(grids[0]).toEqual(doc.layout.geometry.headerColsMm.map(mmToTwip));
      expect(grids[grids.length - 1]).toEqual(doc.layout.geometry.closingColsMm.map(mmToTwip));
      expect(d).toMatch(/<w:cantSplit\/>/u);
    });
  }
});

/** Text a reader compares: no Markdown marks, one space between words. */
const norm = (s: string) =>
  s
    .normalize('NFC')
    .replace(/[*_\\#]/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();

async function roundTrip(text: string) {
  const { x } = await exported(text, 'auto');
  const all = norm(x.paras.map((p) => p.text).join('\n'));
  const missing: string[] = [];
  let inComment = false;
  for (const line of parse(text, { today: TODAY }).src.lines) {
    if (line.raw.includes('<!--')) inComment = !line.raw.includes('-->');
    else if (inComment) {
      if (line.raw.includes('-->')) inComment = false;
      continue;
    }
    for (const seg of line.segs) {
      const t = norm(seg.typed.replace(/<!--[\s\S]*?(?:-->|$)/gu, ''));
      if (!t || RULE_LINE.test(seg.matchText) || line.pageArtifact) continue;
      if (!all.includes(t)) missing.push(t);
    }
  }
  // Nothing twice: a paragraph's text occurs in the .docx no more often than in the draft (a "* " bullet
  // becomes "- ", so the dash is not compared).
  const src = norm(text);
  const counts = new Map<string, number>();
  for (const p of x.paras) {
    const t = norm(p.text).replace(/^- /u, '');
    if (t.length > 3) counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  for (const [t, n] of counts) if (src.split(t).length - 1 < n) missing.push(`twice: ${t}`);
  return missing;
}

describe('text round trip: every line of the draft is in the .docx', () => {
  for (const c of CASES.filter((k) => k.profile === 'auto')) {
    it(c.file, async () => {
      expect(await roundTrip(textOf(c))).toEqual([]);
    });
  }
  it('a draft with comments, a wrapped paragraph, lists and an appendix', async () => {
    const text = [
      'ĐẢNG BỘ TỈNH LÂM ĐỒNG                    ĐẢNG CỘNG SẢN VIỆT NAM',
      'ĐẢNG ỦY XÃ TÂN LẬP',
      '*',
      'Số 07-KL/ĐU                              Tân Lập, ngày 15 tháng 8 năm 2026',
      '',
      'KẾT LUẬN',
      'về công tác cải cách hành chính',
      '-----',
      '',
      '<!-- ketluan-disable-next-line closing-punctuation -->',
      'Ban Thường vụ Đảng ủy xã họp ngày 10/8/2026 và',
      'kết luận như sau:',
      '',
      '* Rà soát thủ tục hành chính;',
      '* Niêm yết công khai.',
      '',
      'Nơi nhận:                                T/M BAN THƯỜNG VỤ',
      '- Các chi bộ,                             BÍ THƯ',
      '- Lưu Văn phòng Đảng ủy.',
      '',
      '                                         Nguyễn Văn An',
      '',
      'PHỤ LỤC',
      'Danh mục thủ tục',
      '',
    ].join('\r\n');
    expect(await roundTrip(text)).toEqual([]);
    const { x } = await exported(text, 'auto');
    expect(x.paras.map((p) => p.text)).toContain('Ban Thường vụ Đảng ủy xã họp ngày 10/8/2026 và kết luận như sau:');
    expect(x.paras.map((p) => p.text)).toContain('- Rà soát thủ tục hành chính;');
    expect(x.paras.some((p) => p.text.includes('ketluan-disable'))).toBe(false);
  });
  it('odd input never throws and gives a .docx', async () => {
    for (const t of ['', '\uFEFF', '\u0000\u0001', '**', '*a*b*', '#', '\uD800', 'x'.repeat(10000)]) {
      const { x } = await exported(t, 'auto');
      expect(x.files['word/document.xml']).toContain('<w:body>');
    }
  });
});

const SHARED = join(ROOT, '..', 'shared');
const sharedFiles = ['examples/seeds', 'corpus/state'].flatMap((d) => {
  const dir = join(SHARED, d);
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.txt'))
        .map((f) => join(dir, f))
    : [];
});

describe.skipIf(!sharedFiles.length)('real documents from ../shared (read only): text round trip', () => {
  for (const f of sharedFiles) {
    it(f.slice(SHARED.length + 1), async () => {
      expect(await roundTrip(readFileSync(f, 'utf8'))).toEqual([]);
    });
  }
});
