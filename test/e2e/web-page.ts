// A minimal page for the web-build test: runs dist/web/server.js in a Web Worker and speaks LSP to it
// with vscode-jsonrpc's browser transport, as VS Code for the Web's extension host does. The test reads
// window.ketluanResult. Bundled by test/e2e/run.mjs with esbuild.
import { createMessageConnection, BrowserMessageReader, BrowserMessageWriter } from 'vscode-jsonrpc/browser';

// Browser globals (the project compiles without the DOM typings).
declare const window: object;
declare const Worker: new (url: string) => ConstructorParameters<typeof BrowserMessageReader>[0];

interface Diag {
  code: string;
  message: string;
  range: { start: { line: number; character: number } };
}
const w = window as unknown as { ketluanResult?: unknown; ketluanDraft: string; ketluanError?: string };

async function run() {
  const worker = new Worker('/dist/web/server.js');
  const conn = createMessageConnection(new BrowserMessageReader(worker), new BrowserMessageWriter(worker));
  const published: { uri: string; version?: number; diagnostics: Diag[] }[] = [];
  conn.onNotification(
    'textDocument/publishDiagnostics',
    (p: { uri: string; version?: number; diagnostics: Diag[] }) => {
      published.push(p);
    },
  );
  conn.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({})));
  conn.onRequest('client/registerCapability', () => null);
  conn.listen();
  const init = await conn.sendRequest('initialize', {
    processId: null,
    rootUri: null,
    capabilities: { workspace: { configuration: true } },
    initializationOptions: { debounceMs: 0 },
  });
  await conn.sendNotification('initialized', {});
  const uri = 'vscode-vfs://github/ketluan/drafts/ket-luan.kl.md';
  await conn.sendNotification('textDocument/didOpen', {
    textDocument: { uri, languageId: 'ketluan', version: 1, text: w.ketluanDraft },
  });
  const wait = async (n: number) => {
    for (let i = 0; i < 200 && published.length < n; i++) await new Promise((r) => setTimeout(r, 50));
  };
  await wait(1);
  const first = published[0]?.diagnostics ?? [];
  // A .ketluan.json of the virtual folder, sent as the web client sends it after reading it with workspace.fs.
  await conn.sendNotification('ketluan/configFile', {
    uri: 'vscode-vfs://github/ketluan/drafts/.ketluan.json',
    text: JSON.stringify({ rules: { 'signature-authority-invalid': 'off' } }),
  });
  await wait(2);
  const second = published[1]?.diagnostics ?? [];
  const symbols = (await conn.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })) as {
    name: string;
  }[];
  w.ketluanResult = {
    capabilities: (init as { capabilities: unknown }).capabilities,
    first: first.map((d) => ({ code: d.code, line: d.range.start.line, message: d.message })),
    second: second.map((d) => d.code),
    symbols: symbols.map((s) => s.name),
  };
}
run().catch((e) => {
  w.ketluanError = String(e?.stack ?? e);
});
