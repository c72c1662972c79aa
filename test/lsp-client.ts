// A minimal LSP client over stdio for tests: starts the real server bundle and speaks JSON-RPC to it.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node';

export interface Diag {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  severity: number;
  code: string;
  source: string;
  message: string;
  codeDescription?: { href: string };
}

export class TestClient {
  proc: ChildProcess;
  conn: MessageConnection;
  diagnostics = new Map<string, { version?: number; diagnostics: Diag[] }[]>();
  private waiters: (() => void)[] = [];
  logs: string[] = [];
  /** Messages shown to the user (window/showMessage). */
  shown: string[] = [];
  settings: Record<string, unknown> = {};
  /** Answers workspace/configuration per item (default: `settings` for every item); items are recorded. */
  configuration: (item: { scopeUri?: string; section?: string }) => unknown = () => this.settings;
  configurationRequests: { scopeUri?: string; section?: string }[] = [];
  /** client/registerCapability registrations received. */
  registrations: { method: string; registerOptions?: unknown }[] = [];
  /** window/showDocument requests received. */
  shownDocuments: { uri: string }[] = [];

  /** `command`: the node arguments that start the server (default: the bundle with --stdio). */
  constructor(root = join(__dirname, '..'), command = [join(root, 'dist', 'server.js'), '--stdio']) {
    this.proc = spawn(process.execPath, command, { stdio: ['pipe', 'pipe', 'pipe'] });
    this.conn = createMessageConnection(
      new StreamMessageReader(this.proc.stdout!),
      new StreamMessageWriter(this.proc.stdin!),
    );
    this.conn.onNotification(
      'textDocument/publishDiagnostics',
      (p: { uri: string; version?: number; diagnostics: Diag[] }) => {
        if (!this.diagnostics.has(p.uri)) this.diagnostics.set(p.uri, []);
        this.diagnostics.get(p.uri)!.push({ version: p.version, diagnostics: p.diagnostics });
        for (const w of this.waiters.splice(0)) w();
      },
    );
    this.conn.onNotification('window/logMessage', (p: { message: string }) => {
      this.logs.push(p.message);
    });
    this.conn.onNotification('window/showMessage', (p: { message: string }) => {
      this.shown.push(p.message);
    });
    this.conn.onRequest('workspace/configuration', (p: { items: { scopeUri?: string; section?: string }[] }) => {
      this.configurationRequests.push(...p.items);
      return p.items.map((i) => this.configuration(i));
    });
    this.conn.onRequest(
      'client/registerCapability',
      (p: { registrations: { method: string; registerOptions?: unknown }[] }) => {
        this.registrations.push(...p.registrations);
        return null;
      },
    );
    this.conn.onRequest('window/showDocument', (p: { uri: string }) => {
      this.shownDocuments.push(p);
      return { success: true };
    });
    this.conn.listen();
  }

  /** `capabilities`: merged over the default client capabilities (configuration, versioned diagnostics). */
  async initialize(
    initializationOptions: Record<string, unknown> = {},
    capabilities: { workspace?: object; window?: object } = {},
    workspaceFolders: { uri: string; name: string }[] | null = null,
  ) {
    const r = await this.conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      workspaceFolders,
      capabilities: {
        ...capabilities,
        workspace: { configuration: true, ...capabilities.workspace },
        textDocument: { publishDiagnostics: { versionSupport: true } },
      },
      initializationOptions,
    });
    await this.conn.sendNotification('initialized', {});
    return r as { capabilities: Record<string, unknown> };
  }

  uri(name: string) {
    return pathToFileURL(join('/nonexistent-ketluan-test', name)).href;
  }

  open(uri: string, text: string, version = 1) {
    return this.conn.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'ketluan', version, text },
    });
  }

  change(uri: string, version: number, changes: unknown[]) {
    return this.conn.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: changes,
    });
  }

  /** Waits for diagnostics of a document (optionally of a given version). */
  async waitFor(uri: string, version?: number, timeoutMs = 10000): Promise<Diag[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const list = this.diagnostics.get(uri) ?? [];
      const hit = [...list].reverse().find((d) => version === undefined || d.version === version);
      if (hit) return hit.diagnostics;
      if (Date.now() > deadline) throw new Error(`no diagnostics for ${uri} v${version}`);
      await new Promise<void>((res) => {
        this.waiters.push(res);
        setTimeout(res, 200);
      });
    }
  }

  request<T>(method: string, params: unknown): Promise<T> {
    return this.conn.sendRequest(method, params) as Promise<T>;
  }

  async close() {
    try {
      await this.conn.sendRequest('shutdown');
      await this.conn.sendNotification('exit');
    } catch {
      /* already gone */
    }
    this.conn.dispose();
    await new Promise<void>((res) => {
      if (this.proc.exitCode !== null) res();
      else {
        this.proc.once('exit', () => res());
        setTimeout(() => {
          this.proc.kill();
          res();
        }, 2000);
      }
    });
  }
}
