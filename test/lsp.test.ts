// The real language server over stdio: diagnostics, settings, quick fixes, fix-all.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TestClient } from './lsp-client';

const CLEAN = readFileSync(join(__dirname, 'fixtures', 'clean-hd05.kl.md'), 'utf8');
const BAD = CLEAN.replace('T/M BAN THƯỜNG VỤ', 'TM. BAN THƯỜNG VỤ').replace('Đảng ủy viên;', 'Đảng ủy viên,');

let c: TestClient;
beforeAll(async () => { c = new TestClient(); await c.initialize({ debounceMs: 0 }); });
afterAll(async () => { await c.close(); });

describe('language server', () => {
  it('publishes diagnostics for an opened draft, with source, code and a doc link', async () => {
    const uri = c.uri('bad.kl.md');
    await c.open(uri, BAD);
    const diags = await c.waitFor(uri, 1);
    const sig = diags.find((d) => d.code === 'signature-authority-invalid')!;
    expect(sig).toBeDefined();
    expect(sig.source).toBe('ketluan');
    expect(sig.severity).toBe(1);
    expect(sig.range).toEqual({ start: { line: 32, character: 41 }, end: { line: 32, character: 44 } });
    expect(sig.codeDescription!.href).toMatch(/^file:.*docs\/rules\/signature-authority-invalid\.md$/);
    expect(sig.message).toMatch(/Văn bản Đảng viết "T\/M"/);
    expect(diags.find((d) => d.code === 'recipients-item-format')!.range.start.line).toBe(34);
  });

  it('re-checks on incremental changes and reports the new version', async () => {
    const uri = c.uri('edit.kl.md');
    await c.open(uri, CLEAN);
    expect(await c.waitFor(uri, 1)).toEqual([]);
    // Replace "T/M" (line 33, column 42) by "TM." incrementally.
    await c.change(uri, 2, [{ range: { start: { line: 32, character: 41 }, end: { line: 32, character: 44 } }, text: 'TM.' }]);
    const d2 = await c.waitFor(uri, 2);
    expect(d2.map((d) => d.code)).toEqual(['signature-authority-invalid']);
    await c.change(uri, 3, [{ range: { start: { line: 32, character: 41 }, end: { line: 32, character: 44 } }, text: 'T/M' }]);
    expect(await c.waitFor(uri, 3)).toEqual([]);
  });

  it('offers the quick fix as preferred and a fix-all source action', async () => {
    const uri = c.uri('bad.kl.md');
    const diags = await c.waitFor(uri, 1);
    const sig = diags.find((d) => d.code === 'signature-authority-invalid')!;
    const actions = await c.request<{ title: string; kind: string; isPreferred?: boolean; edit: { changes: Record<string, { range: unknown; newText: string }[]> } }[]>('textDocument/codeAction', {
      textDocument: { uri }, range: sig.range, context: { diagnostics: [sig] },
    });
    expect(actions[0]).toMatchObject({ kind: 'quickfix', isPreferred: true, title: 'Viết "T/M"' });
    expect(actions[0].edit.changes[uri]).toEqual([{ range: sig.range, newText: 'T/M' }]);
    const all = await c.request<{ kind: string; edit: { changes: Record<string, unknown[]> } }[]>('textDocument/codeAction', {
      textDocument: { uri }, range: sig.range, context: { diagnostics: [], only: ['source.fixAll.ketluan'] },
    });
    expect(all[0].kind).toBe('source.fixAll.ketluan');
    expect(all[0].edit.changes[uri]).toHaveLength(2);
  });

  it('applies settings: English messages and a rule turned off', async () => {
    c.settings = { messageLanguage: 'en', rules: { 'recipients-item-format': 'off' } };
    await c.conn.sendNotification('workspace/didChangeConfiguration', { settings: { ketluan: c.settings } });
    const uri = c.uri('bad.kl.md');
    const before = (c.diagnostics.get(uri) ?? []).length;
    for (let i = 0; i < 50 && (c.diagnostics.get(uri) ?? []).length === before; i++) await new Promise((r) => setTimeout(r, 100));
    const diags = await c.waitFor(uri, 1);
    expect(diags.map((d) => d.code)).toEqual(['signature-authority-invalid']);
    expect(diags[0].message).toMatch(/A Party document writes "T\/M"/);
    c.settings = {};
    await c.conn.sendNotification('workspace/didChangeConfiguration', { settings: { ketluan: { messageLanguage: 'vi', rules: {} } } });
  });

  it('clears diagnostics when a draft is closed', async () => {
    const uri = c.uri('bad.kl.md');
    await c.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
    for (let i = 0; i < 50; i++) {
      const list = c.diagnostics.get(uri)!;
      if (list[list.length - 1].diagnostics.length === 0) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    const list = c.diagnostics.get(uri)!;
    expect(list[list.length - 1].diagnostics).toEqual([]);
  });
});
