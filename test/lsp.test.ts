// The real language server over stdio: diagnostics, settings, quick fixes, fix-all.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TestClient } from './lsp-client';
import { analyze } from '../server/src/core';
import { TODAY } from './helpers';

const CLEAN = readFileSync(join(__dirname, 'fixtures', 'clean-hd05.kl.md'), 'utf8');
const BAD = CLEAN.replace('T/M BAN THƯỜNG VỤ', 'TM. BAN THƯỜNG VỤ').replace('Đảng ủy viên;', 'Đảng ủy viên,');

let c: TestClient;
beforeAll(async () => {
  c = new TestClient();
  await c.initialize({ debounceMs: 0 });
});
afterAll(async () => {
  await c.close();
});

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
    await c.change(uri, 2, [
      { range: { start: { line: 32, character: 41 }, end: { line: 32, character: 44 } }, text: 'TM.' },
    ]);
    const d2 = await c.waitFor(uri, 2);
    expect(d2.map((d) => d.code)).toEqual(['signature-authority-invalid']);
    await c.change(uri, 3, [
      { range: { start: { line: 32, character: 41 }, end: { line: 32, character: 44 } }, text: 'T/M' },
    ]);
    expect(await c.waitFor(uri, 3)).toEqual([]);
  });

  it('offers the quick fix as preferred and a fix-all source action', async () => {
    const uri = c.uri('bad.kl.md');
    const diags = await c.waitFor(uri, 1);
    const sig = diags.find((d) => d.code === 'signature-authority-invalid')!;
    const actions = await c.request<
      {
        title: string;
        kind: string;
        isPreferred?: boolean;
        edit: { changes: Record<string, { range: unknown; newText: string }[]> };
      }[]
    >('textDocument/codeAction', {
      textDocument: { uri },
      range: sig.range,
      context: { diagnostics: [sig] },
    });
    expect(actions[0]).toMatchObject({ kind: 'quickfix', isPreferred: true, title: 'Viết "T/M"' });
    expect(actions[0].edit.changes[uri]).toEqual([{ range: sig.range, newText: 'T/M' }]);
    const all = await c.request<{ kind: string; edit: { changes: Record<string, unknown[]> } }[]>(
      'textDocument/codeAction',
      {
        textDocument: { uri },
        range: sig.range,
        context: { diagnostics: [], only: ['source.fixAll.ketluan'] },
      },
    );
    expect(all[0].kind).toBe('source.fixAll.ketluan');
    expect(all[0].edit.changes[uri]).toHaveLength(2);
  });

  it('applies settings: English messages and a rule turned off', async () => {
    c.settings = { messageLanguage: 'en', rules: { 'recipients-item-format': 'off' } };
    await c.conn.sendNotification('workspace/didChangeConfiguration', { settings: { ketluan: c.settings } });
    const uri = c.uri('bad.kl.md');
    const before = (c.diagnostics.get(uri) ?? []).length;
    for (let i = 0; i < 50 && (c.diagnostics.get(uri) ?? []).length === before; i++)
      await new Promise((r) => setTimeout(r, 100));
    const diags = await c.waitFor(uri, 1);
    expect(diags.map((d) => d.code)).toEqual(['signature-authority-invalid']);
    expect(diags[0].message).toMatch(/A Party document writes "T\/M"/);
    c.settings = {};
    await c.conn.sendNotification('workspace/didChangeConfiguration', {
      settings: { ketluan: { messageLanguage: 'vi', rules: {} } },
    });
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

describe('language server while the user types', () => {
  let t: TestClient;
  beforeAll(async () => {
    t = new TestClient();
    await t.initialize({ debounceMs: 300 });
  });
  afterAll(async () => {
    await t.close();
  });

  it('a burst of edits within the debounce is analysed once, for the last version only', async () => {
    const uri = t.uri('burst.kl.md');
    await t.open(uri, CLEAN);
    await t.waitFor(uri, 1);
    // Type "TM." over "T/M" one character at a time, then put it back: 12 versions in a few milliseconds.
    const edits = ['T', 'M', '.', 'x', '', '', 'T', '/', 'M', 'T', 'M', '.'];
    const cols = [41, 42, 43, 44, 44, 44, 41, 42, 43, 41, 42, 43];
    for (let k = 0; k < edits.length; k++) {
      const col = cols[k];
      await t.change(uri, k + 2, [
        {
          range: { start: { line: 32, character: col }, end: { line: 32, character: edits[k] ? col + 1 : col + 1 } },
          text: edits[k],
        },
      ]);
    }
    const last = edits.length + 1;
    const diags = await t.waitFor(uri, last);
    expect(diags.map((d) => d.code)).toContain('signature-authority-invalid');
    const versions = (t.diagnostics.get(uri) ?? []).map((d) => d.version);
    expect(versions).toEqual([1, last]);
  });

  it('a draft over 5 MB gets the fast checks only, and the user is told once', async () => {
    const lines = BAD.replace('ngày 20/01/2026 của Đảng ủy xã', 'ngày 20/10/2026 của Đảng ủy xã').split('\n');
    const at = lines.findIndex((l) => l.startsWith('I. '));
    const padding = 'Các chi bộ tiếp tục quán triệt, triển khai thực hiện nghiêm nhiệm vụ được giao trong năm.';
    lines.splice(at, 0, ...Array.from({ length: Math.ceil(5.3e6 / (padding.length + 2)) }, () => padding), '');
    const big = lines.join('\n');
    expect(big.length).toBeGreaterThan(5 * 1024 * 1024);
    // The full analysis of the same text reports the future-dated citation; the server leaves it out.
    expect(analyze(big, { today: TODAY }).findings.map((f) => f.ruleId)).toContain('citation-date-after-issue');
    const uri = t.uri('big.kl.md');
    await t.open(uri, big);
    const diags = await t.waitFor(uri, 1, 30000);
    expect(diags.map((d) => d.code)).toContain('signature-authority-invalid');
    expect(diags.filter((d) => d.code.startsWith('citation-'))).toEqual([]);
    await t.change(uri, 2, [
      { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: ' ' },
    ]);
    await t.waitFor(uri, 2, 30000);
    expect(t.shown.filter((m) => m.includes('5 MB'))).toHaveLength(1);
  }, 60000);
});
