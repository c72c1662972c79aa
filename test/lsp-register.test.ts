// The workspace register through a real LSP connection: the server indexes a folder of related drafts,
// registers its own watchers, and answers definition, references, workspace symbols, hover and completion
// across files; the register rules follow changes of a cited file on disk.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TestClient, type Diag } from './lsp-client';
import { applyEdits, readSource, offsetAt } from '../server/src/core';
import { buildDocx } from './docx-build';
import { cleanParty } from './docx-samples';

type Pos = { line: number; character: number };
type Range = { start: Pos; end: Pos };
interface Loc {
  uri: string;
  range: Range;
}

let c: TestClient;
let dir: string;
const registrations: {
  registrations: { method: string; registerOptions: { watchers: { globPattern: string }[] } }[];
}[] = [];
const uri = (name: string) => pathToFileURL(join(dir, name)).href;
const text = (name: string) => readFileSync(join(dir, name), 'utf8');
const codes = (d: Diag[]) =>
  d
    .filter((x) => x.code.startsWith('register-'))
    .map((x) => `${x.range.start.line}:${x.range.start.character} ${x.code}`);

async function until<T>(f: () => Promise<T>, ok: (v: T) => boolean, ms = 10000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await f();
    if (ok(v) || Date.now() > end) return v;
    await new Promise((r) => setTimeout(r, 50));
  }
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ketluan-register-'));
  cpSync(join(__dirname, 'fixtures', 'register'), dir, { recursive: true });
  c = new TestClient();
  c.conn.onRequest('client/registerCapability', (p: (typeof registrations)[0]) => {
    registrations.push(p);
    return null;
  });
  await c.conn.sendRequest('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(dir).href,
    workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'register' }],
    capabilities: {
      workspace: { configuration: true, workspaceFolders: true, didChangeWatchedFiles: { dynamicRegistration: true } },
      textDocument: { publishDiagnostics: { versionSupport: true } },
    },
    initializationOptions: { debounceMs: 0 },
  });
  await c.conn.sendNotification('initialized', {});
  // The index is built in the background: wait until the workspace symbols list the four numbered drafts.
  await until(
    () => c.request<unknown[]>('workspace/symbol', { query: '' }),
    (s) => s.length === 4,
  );
}, 30000);
afterAll(async () => {
  await c.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the register in the editor', () => {
  it('registers watchers for drafts through client/registerCapability', () => {
    const r = registrations.flatMap((x) => x.registrations).find((x) => x.method === 'workspace/didChangeWatchedFiles');
    expect(r?.registerOptions.watchers.map((w) => w.globPattern)).toEqual(['**/*.{kl.md,tb.md,ketluan,md,txt,docx}']);
  });

  it('diagnostics of an open draft include the register rules, with exact ranges and Vietnamese messages', async () => {
    await c.open(uri('kl-05-trung-so.kl.md'), text('kl-05-trung-so.kl.md'));
    const d = await c.waitFor(uri('kl-05-trung-so.kl.md'), 1);
    expect(codes(d).sort()).toEqual([
      '10:130 register-citation-mismatch',
      '10:143 register-citation-mismatch',
      '3:3 register-number-duplicate',
    ]);
    const dup = d.find((x) => x.code === 'register-number-duplicate')!;
    expect(dup.range).toEqual({ start: { line: 3, character: 3 }, end: { line: 3, character: 11 } });
    expect(dup.message).toContain('Số "05-KL/TU" đã cấp cho văn bản khác: Kết luận 10/9/2026');
    expect(dup.message).toContain('(kl-05-van-hoa.kl.md, dòng 4). Số tiếp theo còn trống: 06-KL/TU.');
    const date = d.find((x) => x.code === 'register-citation-mismatch' && x.range.start.character === 130)!;
    expect(date.range.end.character).toBe(139);
    expect(date.message).toBe(
      'Thông báo số 1246-TB/TU trong sổ đăng ký có ngày 25/4/2025 (tb-1246-chuyen-doi-so.tb.md), ' +
        'ở đây ghi ngày 26/4/2025.',
    );
  });

  it('the suggested fix of a wrong citation date writes the registered date', async () => {
    const d = (await c.waitFor(uri('kl-05-trung-so.kl.md'), 1)).find(
      (x) => x.code === 'register-citation-mismatch' && x.range.start.character === 130,
    )!;
    const actions = await c.request<
      { title: string; edit?: { changes: Record<string, { range: Range; newText: string }[]> } }[]
    >('textDocument/codeAction', {
      textDocument: { uri: uri('kl-05-trung-so.kl.md') },
      range: d.range,
      context: { diagnostics: [d] },
    });
    const a = actions.find((x) => x.title === 'Sửa thành ngày 25/4/2025 theo sổ đăng ký')!;
    expect(a.edit!.changes[uri('kl-05-trung-so.kl.md')]).toEqual([{ range: d.range, newText: '25/4/2025' }]);
  });

  it('definition goes from a citation to the cited document in another file', async () => {
    const locs = await c.request<Loc[]>('textDocument/definition', {
      textDocument: { uri: uri('kl-05-trung-so.kl.md') },
      position: { line: 10, character: 115 },
    });
    expect(locs).toEqual([
      {
        uri: uri('tb-1246-chuyen-doi-so.tb.md'),
        range: { start: { line: 3, character: 3 }, end: { line: 3, character: 13 } },
      },
    ]);
  });

  it('references of a document list its citations across files and its own number', async () => {
    const locs = await c.request<Loc[]>('textDocument/references', {
      textDocument: { uri: uri('kl-05-trung-so.kl.md') },
      position: { line: 10, character: 115 },
      context: { includeDeclaration: true },
    });
    const names = locs.map((l) => `${l.uri.split('/').pop()}:${l.range.start.line}`);
    expect(names).toEqual([
      'tb-1246-chuyen-doi-so.tb.md:3',
      'kl-05-trung-so.kl.md:10',
      'kl-05-van-hoa.kl.md:10',
      'kl-moi.kl.md:12',
    ]);
  });

  it('workspace symbols find a number or words of a trích yếu, accents ignored', async () => {
    const q = (query: string) =>
      c.request<{ name: string; containerName: string; location: Loc }[]>('workspace/symbol', { query });
    expect((await q('1246-TB')).map((s) => s.name)).toEqual(['1246-TB/TU']);
    expect((await q('van hoa co so')).map((s) => s.location.uri)).toEqual([uri('kl-05-van-hoa.kl.md')]);
    expect((await q('chuyển đổi số')).map((s) => s.name)).toEqual(['1246-TB/TU']);
    expect((await q('KL/TU')).map((s) => s.containerName)).toEqual([
      'Kết luận 10/9/2026 — của Ban Thường vụ Tỉnh ủy về phát triển văn hóa cơ sở giai đoạn 2026 - 2030',
      'Kết luận 20/10/2026 — của Ban Thường vụ Tỉnh ủy về công tác cải cách hành chính',
    ]);
    expect(await q('khong co van ban nay')).toEqual([]);
  });

  it('hover on a citation shows the register entry', async () => {
    const h = await c.request<{ contents: { value: string } }>('textDocument/hover', {
      textDocument: { uri: uri('kl-05-trung-so.kl.md') },
      position: { line: 10, character: 115 },
    });
    expect(h.contents.value).toContain(
      '**Sổ đăng ký:**\n- Thông báo 1246-TB/TU, ngày 25/4/2025 (tb-1246-chuyen-doi-so.tb.md:4)',
    );
    expect(h.contents.value).toContain('kết luận của Ban Thường vụ Tỉnh ủy về công tác chuyển đổi số năm 2025');
  });

  it('completion after "Số " in a new draft gives the next free number of its type and issuer', async () => {
    const t = text('kl-moi.kl.md');
    await c.open(uri('kl-moi.kl.md'), t);
    await c.waitFor(uri('kl-moi.kl.md'), 1);
    const items = await c.request<{ label: string; textEdit: { range: Range; newText: string } }[]>(
      'textDocument/completion',
      {
        textDocument: { uri: uri('kl-moi.kl.md') },
        position: { line: 3, character: 3 },
      },
    );
    expect(items.map((i) => i.label)).toEqual(['06-KL/TU']);
    const src = readSource(t);
    const e = items[0].textEdit;
    const out = applyEdits(t, [
      {
        start: offsetAt(src, e.range.start.line, e.range.start.character),
        end: offsetAt(src, e.range.end.line, e.range.end.character),
        newText: e.newText,
      },
    ]);
    expect(out.split('\n')[3]).toBe('Số 06-KL/TU                            Đồng Thạnh, ngày     tháng     năm 2026');
  });

  it('completion after "Thông báo số " lists the registered Thông báo with the full first citation', async () => {
    const items = await c.request<{ label: string; detail: string; textEdit: { range: Range; newText: string } }[]>(
      'textDocument/completion',
      {
        textDocument: { uri: uri('kl-moi.kl.md') },
        position: { line: 12, character: 13 },
      },
    );
    expect(items.map((i) => i.label)).toEqual(['1246-TB/TU']);
    expect(items[0].textEdit.newText).toBe(
      '1246-TB/TU, ngày 25/4/2025 của Ban Thường vụ Tỉnh ủy về công tác chuyển đổi số năm 2025',
    );
    expect(items[0].detail).toContain('Thông báo ngày 25/4/2025');
  });

  it('the tasks request lists assignments with deadlines, overdue against the given day', async () => {
    const r = await c.request<{
      today: string;
      tasks: { assignee: string; deadline: string | null; overdue: boolean; path: string }[];
    }>('ketluan/tasks', { today: '2026-11-22' });
    expect(r.today).toBe('2026-11-22');
    const row = (who: string) => r.tasks.find((t) => t.assignee === who)!;
    expect(row('Sở Văn hóa, Thể thao và Du lịch')).toMatchObject({
      deadline: '2026-10-31',
      overdue: true,
      path: 'kl-05-van-hoa.kl.md',
    });
    expect(row('Ban Tuyên giáo và Dân vận Tỉnh ủy')).toMatchObject({ deadline: '2027-03-31', overdue: false });
  });

  it('the wizard requests: the office from .ketluan.json, then a draft with the next free number', async () => {
    const info = await c.request<{ office: { name: string; code: string }; party: { types: { code: string }[] } }>(
      'ketluan/wizard',
      { folder: dir },
    );
    expect(info.office).toMatchObject({ name: 'TỈNH ỦY ĐỒNG THẠNH', code: 'TU' });
    expect(info.party.types.map((t) => t.code)).toContain('KL');
    const draft = await c.request<{ text: string; number: string }>('ketluan/newDraft', {
      family: 'party',
      issuer: 'TỈNH ỦY ĐỒNG THẠNH',
      typeCode: 'KL',
      issuerCode: 'TU',
      authority: 'T/M BAN THƯỜNG VỤ',
      title: 'BÍ THƯ',
      date: '2026-12-01',
      folder: dir,
    });
    expect(draft.number).toBe('06');
    const lines = draft.text.split('\n');
    expect(lines.slice(0, 4)).toEqual([
      'ĐẢNG BỘ TỈNH ĐỒNG THẠNH                  ĐẢNG CỘNG SẢN VIỆT NAM',
      'TỈNH ỦY ĐỒNG THẠNH',
      '*',
      'Số 06-KL/TU                              Đồng Thạnh, ngày 01 tháng 12 năm 2026',
    ]);
    const footer = lines.indexOf('Nơi nhận:                                T/M BAN THƯỜNG VỤ');
    expect(lines.slice(footer + 1, footer + 3)).toEqual([
      '- …;                                     BÍ THƯ',
      '- Lưu Văn phòng Tỉnh ủy.',
    ]);
  });

  it('the register rules follow a cited file changed and deleted on disk', async () => {
    const u = uri('kl-05-trung-so.kl.md');
    const before = c.diagnostics.get(u)!.length;
    // The Thông báo's date is corrected on disk to the one the draft cites: the date mismatch goes away.
    writeFileSync(
      join(dir, 'tb-1246-chuyen-doi-so.tb.md'),
      text('tb-1246-chuyen-doi-so.tb.md').replace('ngày 25 tháng 4 năm 2025', 'ngày 26 tháng 4 năm 2025'),
    );
    await c.conn.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: uri('tb-1246-chuyen-doi-so.tb.md'), type: 2 }],
    });
    const after = await until(
      async () => c.diagnostics.get(u)!,
      (l) => l.length > before && codes(l[l.length - 1].diagnostics).length === 2,
    );
    expect(codes(after[after.length - 1].diagnostics).sort()).toEqual([
      '10:143 register-citation-mismatch',
      '3:3 register-number-duplicate',
    ]);
    // The other Kết luận is deleted: no duplicate number any more.
    const n = c.diagnostics.get(u)!.length;
    unlinkSync(join(dir, 'kl-05-van-hoa.kl.md'));
    await c.conn.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: uri('kl-05-van-hoa.kl.md'), type: 3 }],
    });
    const last = await until(
      async () => c.diagnostics.get(u)!,
      (l) => l.length > n && codes(l[l.length - 1].diagnostics).length === 1,
    );
    expect(codes(last[last.length - 1].diagnostics)).toEqual(['10:143 register-citation-mismatch']);
  });

  it('a Word file joins the register at its paragraphs: definition and references point there', async () => {
    // The clean Word sample is Kết luận số 14-KL/ĐU; its number stands in paragraph 3 ("Số 14-KL/ĐU").
    writeFileSync(join(dir, 'ket-luan-14.docx'), buildDocx(cleanParty()));
    await c.conn.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: uri('ket-luan-14.docx'), type: 1 }],
    });
    const draft = uri('trich-14.kl.md');
    const body = '1. Tiếp tục thực hiện Kết luận số 14-KL/ĐU, ngày 20/10/2026 của Ban Thường vụ Đảng ủy xã.';
    await c.open(draft, `${text('kl-05-trung-so.kl.md').split('\n').slice(0, 10).join('\n')}\n${body}\n`);
    const at = { line: 10, character: body.indexOf('14-KL') + 2 };
    const locs = await until(
      () => c.request<Loc[]>('textDocument/definition', { textDocument: { uri: draft }, position: at }),
      (l) => !!l && l.some((x) => x.uri.endsWith('.docx')),
    );
    expect(locs).toEqual([
      { uri: uri('ket-luan-14.docx'), range: { start: { line: 3, character: 3 }, end: { line: 3, character: 11 } } },
    ]);
    const refs = await c.request<Loc[]>('textDocument/references', {
      textDocument: { uri: draft },
      position: at,
      context: { includeDeclaration: true },
    });
    expect(
      refs.map((l) => `${l.uri.split('/').pop()}:${l.range.start.line}:${l.range.start.character}`).sort(),
    ).toEqual(['ket-luan-14.docx:3:3', `trich-14.kl.md:10:${body.indexOf('14-KL')}`]);
    await c.conn.sendNotification('textDocument/didClose', { textDocument: { uri: draft } });
  });
});
