// Editor features through a real LSP connection: outline, folding, selection, hover, references,
// completion, code actions.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TestClient } from './lsp-client';
import { applyEdits, readSource, offsetAt } from '../server/src/core';

const CLEAN = readFileSync(join(__dirname, 'fixtures', 'clean-hd05.kl.md'), 'utf8');
type Pos = { line: number; character: number };
type Range = { start: Pos; end: Pos };
type TE = { range: Range; newText: string };
const apply = (text: string, edits: TE[]) => {
  const src = readSource(text);
  return applyEdits(
    text,
    edits.map((e) => ({
      start: offsetAt(src, e.range.start.line, e.range.start.character),
      end: offsetAt(src, e.range.end.line, e.range.end.character),
      newText: e.newText,
    })),
  );
};

let c: TestClient;
const uri = () => c.uri('features.kl.md');
beforeAll(async () => {
  c = new TestClient();
  await c.initialize({ debounceMs: 0, clientCommands: ['ketluan.showRuleDoc'] });
  await c.open(uri(), CLEAN);
  await c.waitFor(uri(), 1);
});
afterAll(async () => {
  await c.close();
});

interface Sym {
  name: string;
  kind: number;
  range: Range;
  children?: Sym[];
}

describe('outline, folding, selection', () => {
  it('document symbols: header, sections with children, cited documents, Nơi nhận, signature', async () => {
    const syms = await c.request<Sym[]>('textDocument/documentSymbol', { textDocument: { uri: uri() } });
    expect(syms.map((s) => s.name)).toEqual([
      'KẾT LUẬN',
      'I. ĐÁNH GIÁ CHUNG',
      'II. NHIỆM VỤ TRỌNG TÂM',
      'III. TỔ CHỨC THỰC HIỆN',
      'Các văn bản được viện dẫn',
      'Nơi nhận',
      'Chữ ký',
    ]);
    const ii = syms[2];
    expect(ii.children!.map((s) => s.name.slice(0, 2))).toEqual(['1.', '2.']);
    expect(ii.children![1].children!.map((s) => s.name.slice(0, 2))).toEqual(['a)', 'b)']);
    expect(ii.range.start.line).toBe(16);
    expect(ii.range.end.line).toBe(24);
    expect(syms[4].children!.map((s) => s.name)).toEqual(['Nghị quyết 03-NQ/ĐU']);
    expect(syms[5].children).toHaveLength(5);
  });
  it('folding ranges per section, header and Nơi nhận', async () => {
    const f = await c.request<{ startLine: number; endLine: number }[]>('textDocument/foldingRange', {
      textDocument: { uri: uri() },
    });
    expect(f).toContainEqual({ startLine: 16, endLine: 24 });
    expect(f).toContainEqual({ startLine: 20, endLine: 24 });
    expect(f).toContainEqual({ startLine: 32, endLine: 37 });
    expect(f).toContainEqual({ startLine: 0, endLine: 8 });
  });
  it('selection ranges grow from the line to the section to the body', async () => {
    const [sel] = await c.request<{ range: Range; parent?: unknown }[]>('textDocument/selectionRange', {
      textDocument: { uri: uri() },
      positions: [{ line: 24, character: 5 }],
    });
    const chain: Range[] = [];
    for (let s: { range: Range; parent?: unknown } | undefined = sel; s; s = s.parent as typeof s) chain.push(s.range);
    expect(chain[0].start.line).toBe(24);
    expect(chain[1]).toMatchObject({ start: { line: 20 }, end: { line: 24 } }); // 2. with its points a), b)
    expect(chain[2]).toMatchObject({ start: { line: 16 }, end: { line: 24 } }); // II
    expect(chain[chain.length - 1].start).toEqual({ line: 0, character: 0 });
  });
});

describe('citations: hover, definition, references', () => {
  const text = CLEAN.replace('100% văn bản', 'theo Nghị quyết 03-NQ/ĐU, 100% văn bản');
  const u = () => c.uri('cite.kl.md');
  beforeAll(async () => {
    await c.open(u(), text);
    await c.waitFor(u(), 1);
  });
  it('hover shows the parsed fields in Vietnamese and the other mentions', async () => {
    const h = await c.request<{ contents: { value: string } }>('textDocument/hover', {
      textDocument: { uri: u() },
      position: { line: 10, character: 150 },
    });
    expect(h.contents.value).toContain('**Nghị quyết 03-NQ/ĐU**');
    expect(h.contents.value).toContain('- Cơ quan ban hành: Đảng ủy xã — ĐU:');
    expect(h.contents.value).toContain('- Ngày: 20/01/2026');
    expect(h.contents.value).toContain('Hướng dẫn 36-HD/VPTW'); // dated 20/01/2026: before HD05
    expect(h.contents.value).toContain('Còn được viện dẫn ở dòng 15');
  });
  it('references list every mention of the number; definition is the first', async () => {
    const refs = await c.request<{ range: Range }[]>('textDocument/references', {
      textDocument: { uri: u() },
      position: { line: 14, character: 70 },
      context: { includeDeclaration: true },
    });
    expect(refs.map((r) => r.range.start.line)).toEqual([10, 14]);
    const def = await c.request<{ range: Range }[]>('textDocument/definition', {
      textDocument: { uri: u() },
      position: { line: 14, character: 70 },
    });
    expect(def.map((r) => r.range.start.line)).toEqual([10]);
  });
});

describe('completion', () => {
  const labels = async (text: string, line: number, character: number) => {
    const u = c.uri(`comp-${Math.random()}.kl.md`);
    await c.open(u, text);
    await c.waitFor(u, 1);
    const items = await c.request<{ label: string; textEdit: TE; detail: string }[]>('textDocument/completion', {
      textDocument: { uri: u },
      position: { line, character },
    });
    return { items, apply: (label: string) => apply(text, [items.find((i) => i.label === label)!.textEdit]) };
  };
  it('type codes after "Số 08-", filtered by the regime (no QĐi under hd05)', async () => {
    const t = CLEAN.replace('Số 07-KL/ĐU', 'Số 08-K      ');
    const { items, apply: ap } = await labels(t, 3, 7);
    expect(items.map((i) => i.label)).toContain('KL');
    expect(items.map((i) => i.label)).not.toContain('QĐi');
    expect(items.find((i) => i.label === 'CTr')!.detail).toBe('Chương trình');
    expect(ap('KL').split('\n')[3].startsWith('Số 08-KL/')).toBe(true);
  });
  it('issuer codes after "-KL/", with their bodies', async () => {
    const t = CLEAN.replace('Số 07-KL/ĐU', 'Số 08-KL/   ');
    const { items } = await labels(t, 3, 9);
    expect(items.find((i) => i.label === 'TU')!.detail).toMatch(/Tỉnh ủy/);
    expect(items.map((i) => i.label)).not.toContain('HU');
  });
  it("the place-and-date line with today's date, padded by the rule", async () => {
    const t = CLEAN.replace('Tân Lập, ngày 15 tháng 8 năm 2026', 'Tân Lập, ngày');
    const { items } = await labels(t, 3, 54);
    expect(items).toHaveLength(1);
    expect(items[0].label).toMatch(/^ngày \d{2} tháng (0[12]|[3-9]|1[0-2]) năm \d{4}$/);
  });
  it('the next section number at the current level and above', async () => {
    const t = CLEAN.replace('III. TỔ CHỨC THỰC HIỆN', '');
    const { items } = await labels(t, 28, 0);
    expect(items.map((i) => i.label)).toEqual(expect.arrayContaining(['III.', '3.', 'c)']));
  });
  it('authority bodies after "T/M " and titles on the next line', async () => {
    const t = CLEAN.replace('T/M BAN THƯỜNG VỤ', 'T/M              ');
    const { items } = await labels(t, 32, 45);
    expect(items.map((i) => i.label)).toContain('T/M BAN THƯỜNG VỤ');
    const t2 = CLEAN.replace(
      'Nơi nhận:                                T/M BAN THƯỜNG VỤ\n- Ban Thường vụ Tỉnh ủy (để báo cáo);    PHÓ BÍ THƯ',
      'T/M BAN THƯỜNG VỤ\n\nNơi nhận:\n- Ban Thường vụ Tỉnh ủy (để báo cáo);',
    );
    const r2 = await labels(t2, 33, 0);
    expect(r2.items.map((i) => i.label)).toEqual(['BÍ THƯ', 'PHÓ BÍ THƯ']);
  });
  it("recipients with the regime's end mark, and the archive line, inside Nơi nhận", async () => {
    const t = CLEAN.replace('- Các chi bộ trực thuộc;', '- ');
    const { items } = await labels(t, 36, 2);
    expect(items.map((i) => i.label)).toContain('- Các chi bộ trực thuộc;');
    expect(items.map((i) => i.label)).toContain('- Lưu Văn phòng Tỉnh ủy.');
  });
});

describe('code actions', () => {
  const bad = CLEAN.split('\n')
    .map((l) => (l.startsWith('- ') ? l.replace(/;(\s|$)/, ',$1') : l))
    .join('\n');
  const u = () => c.uri('actions.kl.md');
  let diags: Awaited<ReturnType<TestClient['waitFor']>>;
  beforeAll(async () => {
    await c.open(u(), bad);
    diags = await c.waitFor(u(), 1);
  });
  const actionsFor = async (d: (typeof diags)[0]) =>
    c.request<
      {
        title: string;
        kind: string;
        isPreferred?: boolean;
        edit?: { changes: Record<string, TE[]> };
        command?: { command: string; arguments: string[] };
      }[]
    >('textDocument/codeAction', { textDocument: { uri: u() }, range: d.range, context: { diagnostics: [d] } });
  it('fix, fix all of this kind, disable for the line or the file, show documentation', async () => {
    const d = diags.find((x) => x.code === 'recipients-item-format')!;
    const a = await actionsFor(d);
    expect(a.map((x) => x.title)).toEqual([
      'Kết thúc bằng ";"',
      'Sửa tất cả lỗi loại này (recipients-item-format, 4 chỗ)',
      'Tắt quy tắc recipients-item-format cho dòng này',
      'Tắt quy tắc recipients-item-format cho cả tệp',
      'Xem hướng dẫn quy tắc recipients-item-format',
    ]);
    expect(apply(bad, a[1].edit!.changes[u()])).toBe(CLEAN);
    const disabledLine = apply(bad, a[2].edit!.changes[u()]);
    expect(disabledLine.split('\n')[d.range.start.line]).toBe(
      '<!-- ketluan-disable-next-line recipients-item-format -->',
    );
    const disabledFile = apply(bad, a[3].edit!.changes[u()]);
    expect(disabledFile.startsWith('<!-- ketluan-disable-file recipients-item-format -->\n')).toBe(true);
    expect(a[4].command).toMatchObject({ command: 'ketluan.showRuleDoc' });
    expect(a[4].command!.arguments[0]).toMatch(/docs\/rules\/recipients-item-format\.md$/);
  });
  it('after "disable for the line" the finding of that line is gone and nothing else changes', async () => {
    const d = diags.find((x) => x.code === 'recipients-item-format')!;
    const a = await actionsFor(d);
    const text = apply(bad, a[2].edit!.changes[u()]);
    const u2 = c.uri('actions2.kl.md');
    await c.open(u2, text);
    const after = await c.waitFor(u2, 1);
    expect(after.filter((x) => x.code === 'recipients-item-format')).toHaveLength(
      diags.filter((x) => x.code === 'recipients-item-format').length - 1,
    );
  });
});
