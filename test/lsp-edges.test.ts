// The language server's protocol edges through a real connection: settings per folder (scopeUri), workspace
// folders, code-action kinds and versioned edits, Diagnostic.data, the rule-doc command, completion between
// analyses, and the server's own watch on .ketluan.json.
import { describe, it, expect, afterEach } from 'vitest';
import { readFileSync, mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';
import { TestClient, type Diag } from './lsp-client';

const CLEAN = readFileSync(join(__dirname, 'fixtures', 'clean-hd05.kl.md'), 'utf8');
const BAD = CLEAN.replace('T/M BAN THƯỜNG VỤ', 'TM. BAN THƯỜNG VỤ').replace('Đảng ủy viên;', 'Đảng ủy viên,');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

type TE = {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  newText: string;
};
interface Action {
  title: string;
  kind: string;
  isPreferred?: boolean;
  command?: { command: string; arguments: string[] };
  edit?: {
    changes?: Record<string, TE[]>;
    documentChanges?: { textDocument: { uri: string; version: number }; edits: TE[] }[];
  };
}

let c: TestClient;
afterEach(async () => {
  await c?.close();
});

/** Waits until the number of diagnostics notifications for `uri` grows past `before`. */
async function nextDiagnostics(t: TestClient, uri: string, before: number): Promise<Diag[]> {
  for (let i = 0; i < 100 && (t.diagnostics.get(uri) ?? []).length <= before; i++) await sleep(50);
  const list = t.diagnostics.get(uri) ?? [];
  if (list.length <= before) throw new Error(`no new diagnostics for ${uri}`);
  return list[list.length - 1].diagnostics;
}

describe('settings per folder', () => {
  it('asks for settings with the document as scopeUri, so each folder gets its own', async () => {
    c = new TestClient();
    const folderA = pathToFileURL('/nonexistent-ketluan-test/a').href,
      folderB = pathToFileURL('/nonexistent-ketluan-test/b').href;
    c.configuration = (item) =>
      item.scopeUri?.startsWith(folderA + '/') ? { messageLanguage: 'en' } : { messageLanguage: 'vi' };
    await c.initialize({ debounceMs: 0 }, { workspace: { workspaceFolders: true } }, [
      { uri: folderA, name: 'a' },
      { uri: folderB, name: 'b' },
    ]);
    const ua = c.uri('a/x.kl.md'),
      ub = c.uri('b/x.kl.md');
    await c.open(ua, BAD);
    await c.open(ub, BAD);
    const da = await c.waitFor(ua, 1),
      db = await c.waitFor(ub, 1);
    expect(da.find((d) => d.code === 'signature-authority-invalid')!.message).toMatch(/^A Party document writes/);
    expect(db.find((d) => d.code === 'signature-authority-invalid')!.message).toMatch(/^Văn bản Đảng viết/);
    expect(c.configurationRequests).toEqual(
      expect.arrayContaining([
        { scopeUri: ua, section: 'ketluan' },
        { scopeUri: ub, section: 'ketluan' },
      ]),
    );
  });

  it('asks again after didChangeConfiguration (the cache is dropped), and declares workspace-folder ' +
    'support', async () => {
    c = new TestClient();
    let lang = 'vi';
    c.configuration = () => ({ messageLanguage: lang });
    const init = await c.initialize({ debounceMs: 0 });
    expect(init.capabilities.workspace).toEqual({ workspaceFolders: { supported: true, changeNotifications: true } });
    const u = c.uri('cfg.kl.md');
    await c.open(u, BAD);
    expect((await c.waitFor(u, 1))[0].message).toMatch(/^Văn bản Đảng/);
    const asked = c.configurationRequests.length;
    lang = 'en';
    const before = c.diagnostics.get(u)!.length;
    // VS Code sends { settings: null } and expects the server to pull.
    await c.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const after = await nextDiagnostics(c, u, before);
    expect(after[0].message).toMatch(/^A Party document/);
    expect(c.configurationRequests.length).toBeGreaterThan(asked);
  });

  it('registers for configuration changes of the "ketluan" section when the client allows it (as ' +
    'lsp-sample does)', async () => {
    c = new TestClient();
    await c.initialize({ debounceMs: 0 }, { workspace: { didChangeConfiguration: { dynamicRegistration: true } } });
    for (let i = 0; i < 40 && !c.registrations.length; i++) await sleep(50);
    expect(c.registrations).toEqual([
      {
        id: expect.any(String),
        method: 'workspace/didChangeConfiguration',
        registerOptions: { section: 'ketluan' },
      },
    ]);
  });

  it('a client without workspace/configuration uses initializationOptions and pushed settings', async () => {
    c = new TestClient();
    await c.initialize({ debounceMs: 0, messageLanguage: 'en' }, { workspace: { configuration: false } });
    const u = c.uri('push.kl.md');
    await c.open(u, BAD);
    expect((await c.waitFor(u, 1))[0].message).toMatch(/^A Party document/);
    const before = c.diagnostics.get(u)!.length;
    await c.conn.sendNotification('workspace/didChangeConfiguration', {
      settings: { ketluan: { messageLanguage: 'vi' } },
    });
    expect((await nextDiagnostics(c, u, before))[0].message).toMatch(/^Văn bản Đảng/);
    expect(c.configurationRequests).toEqual([]);
  });
});

describe('code actions', () => {
  const setup = async (
    capabilities: { workspace?: object; window?: object } = {},
    init: Record<string, unknown> = {},
  ) => {
    c = new TestClient();
    await c.initialize({ debounceMs: 0, ...init }, capabilities);
    const u = c.uri('actions.kl.md');
    await c.open(u, BAD);
    const diags = await c.waitFor(u, 1);
    const sig = diags.find((d) => d.code === 'signature-authority-invalid')!;
    const ask = (only: string[] | undefined, diagnostics: unknown[] = [sig]) =>
      c.request<Action[]>('textDocument/codeAction', {
        textDocument: { uri: u },
        range: sig.range,
        context: { diagnostics, only },
      });
    return { u, sig, diags, ask };
  };

  it('honour context.only: "source" gets the fix-all and no quick fixes; "quickfix" no fix-all', async () => {
    const { ask } = await setup();
    const source = await ask(['source']);
    expect(source.map((a) => a.kind)).toEqual(['source.fixAll.ketluan']);
    const fixAll = await ask(['source.fixAll']);
    expect(fixAll.map((a) => a.kind)).toEqual(['source.fixAll.ketluan']);
    const quick = await ask(['quickfix']);
    expect(quick.length).toBeGreaterThan(1);
    expect(quick.every((a) => a.kind === 'quickfix')).toBe(true);
    // Near miss: an unrelated kind gets nothing.
    expect(await ask(['refactor'])).toEqual([]);
    // No filter (the light bulb): quick fixes only; source actions come when asked for.
    expect((await ask(undefined)).every((a) => a.kind === 'quickfix')).toBe(true);
  });

  it('edits name the document version when the client accepts versioned edits', async () => {
    const { u, sig, ask } = await setup({ workspace: { workspaceEdit: { documentChanges: true } } });
    const [fix] = await ask(['quickfix']);
    expect(fix.edit!.changes).toBeUndefined();
    expect(fix.edit!.documentChanges).toEqual([
      { textDocument: { uri: u, version: 1 }, edits: [{ range: sig.range, newText: 'T/M' }] },
    ]);
    const [all] = await ask(['source']);
    expect(all.edit!.documentChanges![0].textDocument).toEqual({ uri: u, version: 1 });
  });

  it('resolves the finding from Diagnostic.data, and falls back to the exact range for stale data', async () => {
    const { sig, ask } = await setup();
    expect((sig as Diag & { data: unknown }).data).toMatchObject({ ruleId: 'signature-authority-invalid', version: 1 });
    // A client that widened the range (some do after an edit elsewhere) still gets the fix through data.
    const widened = {
      ...sig,
      range: { start: sig.range.start, end: { line: sig.range.end.line, character: sig.range.end.character + 5 } },
    };
    expect((await ask(['quickfix'], [widened]))[0].title).toBe('Viết "T/M"');
    // Stale data (an older version) with a range that no longer matches a finding: no fix is offered.
    const stale = { ...widened, data: { ...(sig as Diag & { data: object }).data, version: 0 } };
    expect(await ask(['quickfix'], [stale])).toEqual([]);
  });

  it('the show-documentation command is sent only to a client that has it', async () => {
    const plain = await setup();
    const titles = (await plain.ask(['quickfix'])).map((a) => a.command?.command).filter(Boolean);
    expect(titles).toEqual([]);
    await c.close();
    const vs = await setup({}, { clientCommands: ['ketluan.showRuleDoc'] });
    const doc = (await vs.ask(['quickfix'])).find((a) => a.command)!;
    expect(doc.command).toMatchObject({ command: 'ketluan.showRuleDoc' });
    expect(doc.command!.arguments[0]).toMatch(/docs\/rules\/signature-authority-invalid\.md$/);
  });

  it('a client with window/showDocument gets a server command that opens the page', async () => {
    const { ask } = await setup({ window: { showDocument: { support: true } } });
    const doc = (await ask(['quickfix'])).find((a) => a.command)!;
    expect(doc.command!.command).toBe('ketluan.openRuleDoc');
    await c.request('workspace/executeCommand', { command: doc.command!.command, arguments: doc.command!.arguments });
    expect(c.shownDocuments).toEqual([expect.objectContaining({ uri: doc.command!.arguments[0] })]);
  });
});

describe('completion while typing', () => {
  it('does not trigger on every space', async () => {
    c = new TestClient();
    const init = await c.initialize({ debounceMs: 0 });
    const triggers = (init.capabilities.completionProvider as { triggerCharacters: string[] }).triggerCharacters;
    expect(triggers).not.toContain(' ');
    expect(triggers).toEqual(expect.arrayContaining(['-', '/']));
  });

  it('between two analyses it is served without running the rules, from the current text', async () => {
    c = new TestClient();
    await c.initialize({ debounceMs: 2000 });
    const u = c.uri('typing.kl.md');
    await c.open(u, CLEAN);
    await c.waitFor(u, 1);
    const before = await c.request<{ analyses: number; parses: number }>('ketluan/stats', {});
    // Type "Số 08-" over the number: the debounced analysis has not run yet.
    await c.change(u, 2, [
      { range: { start: { line: 3, character: 0 }, end: { line: 3, character: 11 } }, text: 'Số 08-' },
    ]);
    const items = await c.request<{ label: string }[]>('textDocument/completion', {
      textDocument: { uri: u },
      position: { line: 3, character: 6 },
    });
    expect(items.map((i) => i.label)).toContain('KL');
    const again = await c.request<{ label: string }[]>('textDocument/completion', {
      textDocument: { uri: u },
      position: { line: 3, character: 6 },
    });
    expect(again.length).toBe(items.length);
    const after = await c.request<{ analyses: number; parses: number }>('ketluan/stats', {});
    expect(after.analyses).toBe(before.analyses);
    expect(after.parses).toBe(before.parses + 1);
    expect((c.diagnostics.get(u) ?? []).map((d) => d.version)).toEqual([1]);
  });
});

describe('.ketluan.json watched by the server', () => {
  it('registers a watcher for **/.ketluan.json when the client allows dynamic registration', async () => {
    c = new TestClient();
    await c.initialize({ debounceMs: 0 }, { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } });
    const configWatcher = () =>
      c.registrations.find((r) => JSON.stringify(r.registerOptions ?? {}).includes('"**/.ketluan.json"'));
    for (let i = 0; i < 40 && !configWatcher(); i++) await sleep(50);
    // The workspace register registers its own watcher on the drafts beside this one.
    expect(configWatcher()).toEqual({
      id: expect.any(String),
      method: 'workspace/didChangeWatchedFiles',
      registerOptions: { watchers: [{ globPattern: '**/.ketluan.json' }] },
    });
  });

  it('a changed .ketluan.json applies to the open drafts; an unknown rule id is shown to the user', async () => {
    const d = mkdtempSync(join(tmpdir(), 'ketluan-watch-'));
    mkdirSync(join(d, 'sub'));
    const cfg = join(d, '.ketluan.json');
    writeFileSync(cfg, JSON.stringify({ rules: { 'recipients-item-format': 'off' } }));
    c = new TestClient();
    await c.initialize({ debounceMs: 0 }, { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } });
    const u = pathToFileURL(join(d, 'sub', 'x.kl.md')).href;
    await c.open(u, BAD);
    expect((await c.waitFor(u, 1)).map((x) => x.code)).toEqual(['signature-authority-invalid']);
    writeFileSync(
      cfg,
      JSON.stringify({
        rules: { 'recipients-item-format': 'off', 'signature-authority-invalid': 'off', 'no-such-rule': 'off' },
      }),
    );
    const before = c.diagnostics.get(u)!.length;
    await c.conn.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: pathToFileURL(cfg).href, type: 2 }],
    });
    expect(await nextDiagnostics(c, u, before)).toEqual([]);
    expect(c.shown).toEqual([
      expect.stringContaining('tệp cấu hình có lỗi: rules.no-such-rule: không có quy tắc nào mang mã "no-such-rule"'),
    ]);
  });
});
