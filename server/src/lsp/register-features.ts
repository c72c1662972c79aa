// The register's features in the language server: definition and references across files, workspace
// symbols, hover and completion from the register, the tasks and new-document requests of the VS Code
// client. server.ts wires these in with a few lines; the logic lives here and in core/register.
import {
  DidChangeWatchedFilesNotification,
  SymbolKind,
  type Connection,
  type InitializeParams,
  type Location,
  type SymbolInformation,
  type ServerCapabilities,
} from 'vscode-languageserver/node';
import { citationAt, offsetAt, type DocModel } from '../core';
import {
  citationKey,
  numberKey,
  registerCompletions,
  describeEntry,
  wizardChoices,
  newDraft,
  hasTypeCode,
  citationDate,
  type Office,
  type RegisterEntry,
  type RegisterView,
} from '../core/register';
import type { CompletionEntry } from '../core/features/completion';
import { parseIso, today as todayYmd, toIso, type YMD } from '../core/dates';
import { ConfigCache } from '../shared/config';
import { WorkspaceIndex, WATCH_GLOBS, pathToUri, uriToPath } from './workspace-index';

export interface RegisterHost {
  connection: Connection;
  /** The model of an open draft (analysed on demand). */
  modelOf(uri: string): DocModel | null;
  language(uri: string): 'vi' | 'en';
  /** Open drafts must be checked again (the register changed); `except` changed themselves. */
  recheckOpen(except: Set<string>): void;
}

export interface TaskRow {
  document: string | null;
  assignee: string;
  task: string;
  deadline: string | null;
  overdue: boolean;
  uri: string;
  path: string;
  line: number;
}

/** Capabilities the register adds to the server's. */
export const REGISTER_CAPABILITIES: Partial<ServerCapabilities> = {
  workspaceSymbolProvider: true,
  workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
};

export class RegisterSupport {
  readonly index: WorkspaceIndex;
  private watchable = false;
  private folderEvents = false;
  private configs = new ConfigCache();

  constructor(private readonly host: RegisterHost) {
    this.index = new WorkspaceIndex({
      onChanged: (files) => {
        host.recheckOpen(new Set(files.map(pathToUri)));
        void host.connection.sendNotification('ketluan/registerChanged', { files: files.length });
      },
      log: (m) => host.connection.console.log(m),
    });
    const c = host.connection;
    c.onWorkspaceSymbol((p) => this.symbols(p.query));
    c.onRequest('ketluan/tasks', (p: { today?: string } | undefined) => this.tasks(p?.today));
    c.onRequest('ketluan/register', () => ({
      documents: this.index.register.entries().map((e) => ({ ...e, uri: pathToUri(e.file) })),
    }));
    c.onRequest('ketluan/wizard', (p: { family?: 'party' | 'state'; folder?: string }) => this.wizard(p ?? {}));
    c.onRequest('ketluan/newDraft', (p: NewDraftParams) => this.newDraft(p));
  }

  initialize(params: InitializeParams): void {
    this.watchable = !!params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    this.folderEvents = !!params.capabilities.workspace?.workspaceFolders;
    const folders = (params.workspaceFolders ?? []).map((f) => uriToPath(f.uri)).filter((f): f is string => !!f);
    if (!folders.length && params.rootUri) {
      const r = uriToPath(params.rootUri);
      if (r) folders.push(r);
    }
    this.index.setFolders(folders);
  }

  initialized(): void {
    const c = this.host.connection;
    if (this.watchable) {
      void c.client
        .register(DidChangeWatchedFilesNotification.type, {
          watchers: WATCH_GLOBS.map((globPattern) => ({ globPattern })),
        })
        .catch((e: unknown) => c.console.warn(`ketluan: watchers not registered: ${String(e)}`));
    }
    if (this.folderEvents) {
      c.workspace.onDidChangeWorkspaceFolders((e) => {
        const now = new Set(this.index.folderPaths);
        for (const f of e.removed) {
          const p = uriToPath(f.uri);
          if (p) now.delete(p);
        }
        for (const f of e.added) {
          const p = uriToPath(f.uri);
          if (p) now.add(p);
        }
        this.index.setFolders([...now]);
      });
    }
  }

  /** workspace/didChangeWatchedFiles: drafts go to the index; .ketluan.json changes reset the office cache. */
  fileEvents(changes: { uri: string; type: number }[]): void {
    if (changes.some((c) => c.uri.endsWith('.ketluan.json'))) this.configs.clear();
    this.index.onFileEvents(changes);
  }

  /** Generation of the register: a result computed before a change is stale. */
  get generation(): number {
    return this.index.register.generation;
  }

  view(uri: string): RegisterView {
    const file = uriToPath(uri) ?? uri;
    return this.index.register.view(file);
  }

  analysed(uri: string, model: DocModel): void {
    const file = uriToPath(uri);
    if (file) this.index.fromModel(file, model);
  }

  closed(uri: string): void {
    const file = uriToPath(uri);
    if (file) this.index.closed(file);
  }

  private office(uri: string | null): Office | null {
    const file = uri ? uriToPath(uri) : null;
    if (!file) return null;
    try {
      return this.configs.get(file).config.office ?? null;
    } catch {
      return null;
    }
  }

  private location(e: RegisterEntry): Location {
    return {
      uri: pathToUri(e.file),
      range: { start: { line: e.line, character: e.character }, end: { line: e.line, character: e.endCharacter } },
    };
  }

  /** The register key under the cursor: a citation, or the draft's own number. */
  private keyAt(uri: string, line: number, character: number): { key: string; own: boolean } | null {
    const model = this.host.modelOf(uri);
    if (!model) return null;
    const offset = offsetAt(model.src, line, character);
    const c = citationAt(model, offset);
    if (c) {
      const key = citationKey(c);
      return key ? { key, own: false } : null;
    }
    const n = model.header.number;
    if (n && n.num && offset >= n.body.start && offset <= n.body.end) {
      const key = numberKey(n.num, n.typeCode, n.issuerCode);
      return key ? { key, own: true } : null;
    }
    return null;
  }

  /** Definition of a cited document: its number line in the workspace; null to let the file-local answer stand. */
  definition(uri: string, line: number, character: number): Location[] | null {
    const k = this.keyAt(uri, line, character);
    if (!k || k.own) return null;
    const list = this.index.register.lookup(k.key, uriToPath(uri));
    return list.length ? list.map((e) => this.location(e)) : null;
  }

  /** Every citation of the document across the workspace (and its own number when asked). */
  references(uri: string, line: number, character: number, includeDeclaration: boolean): Location[] | null {
    const k = this.keyAt(uri, line, character);
    if (!k) return null;
    const out: Location[] = [];
    if (includeDeclaration) for (const e of this.index.register.lookup(k.key)) out.push(this.location(e));
    for (const p of this.index.register.citations(k.key)) {
      const c = p.citation;
      out.push({
        uri: pathToUri(p.file),
        range: { start: { line: c.line, character: c.character }, end: { line: c.line, character: c.endCharacter } },
      });
    }
    return out.length ? out : null;
  }

  /** Lines added to the citation hover: the register's entry. */
  hover(uri: string, line: number, character: number): string | null {
    const k = this.keyAt(uri, line, character);
    if (!k) return null;
    const vi = this.host.language(uri) === 'vi';
    const self = uriToPath(uri);
    const list = this.index.register.lookup(k.key, self);
    if (!this.index.register.size) return null; // no workspace folder: no register to speak of
    if (!list.length)
      return k.own
        ? null
        : vi
          ? '*Không có trong sổ đăng ký của thư mục làm việc.*'
          : '*Not in the workspace register.*';
    const head = k.own
      ? vi
        ? '**Số này đã cấp cho:**'
        : '**This number is also given to:**'
      : vi
        ? '**Sổ đăng ký:**'
        : '**Register:**';
    const rows = list.map((e) => `- ${describeEntry(e, vi ? 'vi' : 'en')}${e.title ? `  \n  ${e.title}` : ''}`);
    const cited = this.index.register.citations(k.key).length;
    return [
      head,
      ...rows,
      vi ? `\nĐược viện dẫn ${cited} lần trong thư mục làm việc.` : `\nCited ${cited} times in the workspace.`,
    ].join('\n');
  }

  completions(uri: string, model: DocModel, offset: number): CompletionEntry[] {
    return registerCompletions(model, offset, this.index.register, uriToPath(uri), { office: this.office(uri) });
  }

  symbols(query: string): SymbolInformation[] {
    return this.index.register.search(query, 500).map((e) => ({
      name: e.number,
      kind: SymbolKind.File,
      containerName: `${e.typeWord}${e.date ? ` ${citationDate(e.date)}` : ''} — ${e.title}`,
      location: this.location(e),
    }));
  }

  tasks(today?: string): { today: string; tasks: TaskRow[] } {
    const t = today && parseIso(today) ? today : toIso(todayYmd());
    const tasks = this.index.register.tasks().map((x) => ({
      document: x.document,
      assignee: x.assignee,
      task: x.task,
      deadline: x.deadline,
      overdue: x.deadline !== null && x.deadline < t,
      uri: pathToUri(x.file),
      path: x.name,
      line: x.line,
    }));
    return { today: t, tasks };
  }

  private wizard(p: { family?: 'party' | 'state'; folder?: string }) {
    const office = this.office(p.folder ? pathToUri(p.folder + '/.ketluan-wizard') : this.firstFolderUri());
    const today = todayYmd();
    return { office, today: toIso(today), party: wizardChoices('party', today), state: wizardChoices('state', today) };
  }

  private firstFolderUri(): string | null {
    const f = this.index.folderPaths[0];
    return f ? pathToUri(f + '/.ketluan-wizard') : null;
  }

  private newDraft(p: NewDraftParams): { text: string; number: string; folder: string | null } {
    const today: YMD = (p.date && parseIso(p.date)) || todayYmd();
    const folder = p.folder ?? this.index.folderPaths[0] ?? null;
    const office = folder ? this.office(pathToUri(folder + '/.ketluan-wizard')) : null;
    // A state công văn's number has no type code, so the register cannot count them: the clerk fills it in.
    const counted = p.issuerCode && hasTypeCode(p.family, p.typeCode);
    const number = counted ? this.index.register.nextNumber(p.typeCode, p.issuerCode, today.y, null) : '';
    const text = newDraft({
      family: p.family,
      issuer: p.issuer,
      parent: p.parent ?? office?.parent,
      place: p.place ?? office?.place,
      typeCode: p.typeCode,
      issuerCode: p.issuerCode,
      number,
      date: today,
      authority: p.authority,
      title: p.title,
      archive: p.archive ?? office?.archive,
    });
    return { text, number, folder };
  }
}

export interface NewDraftParams {
  family: 'party' | 'state';
  issuer: string;
  parent?: string;
  place?: string;
  typeCode: string;
  issuerCode: string;
  authority: string;
  title: string;
  archive?: string;
  date?: string;
  folder?: string;
}
