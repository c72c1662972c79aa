// The language server: converts core results to LSP types at the edge. Nothing here knows rules.
import {
  TextDocuments,
  TextDocumentSyncKind,
  DiagnosticSeverity,
  SymbolKind,
  CompletionItemKind,
  InsertTextFormat,
  MarkupKind,
  MessageType,
  ShowMessageNotification,
  DidChangeWatchedFilesNotification,
  DidChangeConfigurationNotification,
  type Diagnostic,
  type InitializeParams,
  type Connection,
  type DocumentSymbol,
  type SelectionRange,
  type CompletionItem,
  type Location,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  analyze,
  parse,
  positionAt,
  offsetAt,
  CHEAP_RULES,
  LARGE_DRAFT,
  documentSymbols,
  foldingRanges,
  selectionChain,
  citationAt,
  citationHover,
  sameNumber,
  completions,
  type AnalyzeOptions,
  type AnalyzeResult,
  type Finding,
  type OutlineSymbol,
  type DocModel,
} from '../core';
import { toYmd } from '../core/engine';
import { toAnalyzeOptions, problemText, CONFIG_NAME } from '../shared/config-schema';
import type { ServerHost } from './host';
import { SettingsStore, type Settings } from './settings';
import { codeActions, CODE_ACTION_KINDS, type DiagnosticData } from './actions';
import { NO_REGISTER, type RegisterFeatures } from './host';

const MAX_CACHED = 8;
/** The client command that opens a rule's page; sent only to clients that say they have it. */
const SHOW_RULE_DOC = 'ketluan.showRuleDoc';
/** The server-side command for other clients: opens the page through window/showDocument. */
const OPEN_RULE_DOC = 'ketluan.openRuleDoc';

const SEVERITY: Record<Finding['severity'], DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** What our own VS Code client sends in initializationOptions, besides settings. */
interface InitOptions extends Settings {
  clientCommands?: string[];
}

/** Starts the server on a connection; `host` gives what depends on where it runs (Node or a web worker). */
export function startServer(connection: Connection, host: ServerHost) {
  const documents = new TextDocuments(TextDocument);
  let settings = new SettingsStore();
  const client = {
    configuration: false,
    workspaceFolders: false,
    versionedEdits: false,
    watchDynamic: false,
    configDynamic: false,
    showRuleDoc: false,
    showDocument: false,
  };
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const results = new Map<string, { version: number; gen: number; result: AnalyzeResult }>();
  /** Parse-only models for requests that need the structure between two analyses (completion). */
  const parsed = new Map<string, { version: number; model: DocModel }>();
  const stats = { analyses: 0, parses: 0 };
  const reportedFailures = new Set<string>();
  const toldLarge = new Set<string>();
  // The workspace register (spec §10) where the host can index files (Node): index, watchers, cross-file
  // navigation, register completion. The web worker has none: its features then answer nothing.
  const reg: RegisterFeatures =
    host.createRegister?.({
      connection,
      modelOf: (uri) => model(uri)?.model ?? null,
      language: (uri) => (optionsFor(uri).language === 'en' ? 'en' : 'vi'),
      recheckOpen: (except) => {
        for (const d of documents.all()) if (!except.has(d.uri)) schedule(d, 0);
      },
    }) ?? NO_REGISTER;

  connection.onInitialize((params: InitializeParams) => {
    const caps = params.capabilities;
    client.configuration = !!caps.workspace?.configuration;
    client.workspaceFolders = !!caps.workspace?.workspaceFolders;
    client.versionedEdits = !!caps.workspace?.workspaceEdit?.documentChanges;
    client.watchDynamic = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    client.showDocument = !!caps.window?.showDocument?.support;
    client.configDynamic = !!caps.workspace?.didChangeConfiguration?.dynamicRegistration;
    const { clientCommands, ...init } = (params.initializationOptions ?? {}) as InitOptions;
    client.showRuleDoc = Array.isArray(clientCommands) && clientCommands.includes(SHOW_RULE_DOC);
    settings = new SettingsStore(init);
    const serverCommand = !client.showRuleDoc && client.showDocument;
    host.dictionary?.setRoots(params);
    reg.initialize(params);
    const commands = [...(serverCommand ? [OPEN_RULE_DOC] : []), ...(host.dictionary ? [host.dictionary.command] : [])];
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        codeActionProvider: { codeActionKinds: CODE_ACTION_KINDS },
        ...(commands.length ? { executeCommandProvider: { commands } } : {}),
        documentSymbolProvider: { label: 'ketluan' },
        foldingRangeProvider: true,
        selectionRangeProvider: true,
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        // Not on every space: "-" and "/" start the codes of a number ("Số 12-", "-KL/").
        completionProvider: { triggerCharacters: ['-', '/'], resolveProvider: false },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
        workspaceSymbolProvider: !!host.createRegister,
      },
      serverInfo: { name: 'ketluan', version: '0.1.0' },
    };
  });

  connection.onInitialized(() => {
    reg.initialized();
    if (client.configuration) settings.source = connection.workspace;
    if (client.configuration && client.configDynamic) {
      // As in VS Code's lsp-sample: the client tells us when the "ketluan" section changes; we then ask again.
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'ketluan' }).catch(() => {});
    }
    if (client.workspaceFolders) {
      // A folder added or removed brings its own settings: ask again for every draft.
      connection.workspace.onDidChangeWorkspaceFolders(() => recheckAll());
    }
    if (client.watchDynamic) {
      // The server watches .ketluan.json itself, so every client (Neovim, Helix…) sees config changes.
      const watchers = [{ globPattern: `**/${CONFIG_NAME}` }];
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers }).catch(() => {
        /* the client refused: it may still send the events */
      });
    }
  });

  function recheckAll() {
    settings.invalidate();
    results.clear();
    parsed.clear();
    for (const d of documents.all()) schedule(d, 0);
  }

  connection.onDidChangeConfiguration((change) => {
    const pushed = (change.settings?.ketluan ?? null) as Settings | null;
    if (pushed) settings.push(pushed);
    recheckAll();
  });

  const reportedConfig = new Set<string>();

  connection.onDidChangeWatchedFiles((p) => {
    reg.fileEvents(p.changes);
    if (!p.changes.some((c) => c.uri.endsWith('.ketluan.json'))) return; // drafts: the register re-checks what it must
    // A .ketluan.json changed: re-read it and re-check every open draft with the new options.
    host.clearConfigs();
    reportedConfig.clear();
    results.clear();
    parsed.clear();
    for (const d of documents.all()) schedule(d, 0);
  });

  /** The options of a document: its settings (as fetched for its folder), then its .ketluan.json. */
  function optionsFor(uri: string): AnalyzeOptions {
    const s = settings.known(uri);
    const fromSettings = toAnalyzeOptions({ ...s, rules: normaliseRules(s.rules) });
    let fromFile: AnalyzeOptions = {};
    const entry = host.configFor(uri);
    if (entry) {
      {
        const { path, config, problems } = entry;
        if (problems.length && !reportedConfig.has(path)) {
          reportedConfig.add(path);
          const lang = config.messageLanguage ?? s.messageLanguage ?? 'vi';
          const list = problems.map((p) => problemText(p, lang)).join('; ');
          for (const p of problems) connection.console.warn(`ketluan: ${path}: ${p.vi} / ${p.en}`);
          void connection.sendNotification(ShowMessageNotification.type, {
            type: MessageType.Warning,
            message:
              lang === 'en'
                ? `ketluan: ${path}: config file error: ${list}`
                : `ketluan: ${path}: tệp cấu hình có lỗi: ${list}`,
          });
        }
        // Only what the file sets overrides the settings.
        fromFile = Object.fromEntries(
          Object.entries(toAnalyzeOptions(config)).filter(
            ([k]) => k in config || (k === 'language' && config.messageLanguage),
          ),
        ) as AnalyzeOptions;
      }
    }
    return { ...fromSettings, ...fromFile, rules: { ...fromSettings.rules, ...(fromFile.rules ?? {}) } };
  }

  function check(doc: TextDocument): AnalyzeResult {
    const cached = results.get(doc.uri);
    if (cached && cached.version === doc.version && cached.gen === reg.generation) return cached.result;
    const text = doc.getText();
    const large = text.length > LARGE_DRAFT;
    if (large && !toldLarge.has(doc.uri)) {
      toldLarge.add(doc.uri);
      const vi = optionsFor(doc.uri).language !== 'en';
      // A notification, not a request: the notice needs no answer, and a client that cannot show
      // message requests must not make the server fail.
      void connection.sendNotification(ShowMessageNotification.type, {
        type: MessageType.Info,
        message: vi
          ? `ketluan: văn bản lớn hơn 5 MB, chỉ chạy các kiểm tra nhanh (phần đầu, đề mục, nơi nhận, chữ ký).`
          : `ketluan: the draft is over 5 MB; only the fast checks run (header, outline, Nơi nhận, signature).`,
      });
    }
    stats.analyses++;
    const gen = reg.generation;
    const result = analyze(text, {
      ...optionsFor(doc.uri),
      register: reg.view(doc.uri),
      only: large ? CHEAP_RULES : undefined,
    });
    // Keep the models of the few most recent drafts only: a model costs several times its text, and an
    // office may have a hundred drafts open. Others are analysed again on demand (a few milliseconds).
    results.delete(doc.uri);
    results.set(doc.uri, { version: doc.version, gen, result });
    parsed.delete(doc.uri);
    while (results.size > MAX_CACHED) results.delete(results.keys().next().value as string);
    for (const f of result.failures) {
      const key = `${f.ruleId}:${f.error}`;
      if (!reportedFailures.has(key)) {
        reportedFailures.add(key);
        connection.console.error(`ketluan: quy tắc ${f.ruleId} gặp lỗi / rule ${f.ruleId} failed: ${f.error}`);
      }
    }
    return result;
  }

  /** The document's structure for the current version without running the rules (between keystrokes). */
  function structure(doc: TextDocument): DocModel {
    const cached = results.get(doc.uri);
    if (cached && cached.version === doc.version) return cached.result.model;
    const p = parsed.get(doc.uri);
    if (p && p.version === doc.version) return p.model;
    const o = optionsFor(doc.uri);
    stats.parses++;
    const model = parse(doc.getText(), { profile: o.profile ?? 'auto', referenceDate: toYmd(o.referenceDate) });
    parsed.delete(doc.uri);
    parsed.set(doc.uri, { version: doc.version, model });
    while (parsed.size > MAX_CACHED) parsed.delete(parsed.keys().next().value as string);
    return model;
  }

  /** The version of each open draft whose row and citations the register holds. */
  const registered = new Map<string, number>();
  /** The register takes this version's row and citations, once per version. */
  const register = (doc: TextDocument, model: DocModel) => {
    if (registered.get(doc.uri) === doc.version) return;
    reg.analysed(doc.uri, model);
    registered.set(doc.uri, doc.version);
  };
  async function publish(doc: TextDocument) {
    await settings.forDocument(doc.uri);
    const current = documents.get(doc.uri);
    if (!current || current.version !== doc.version) return; // a newer version is on its way
    const { findings, model } = check(doc);
    register(doc, model);
    const diagnostics: Diagnostic[] = findings.map((f) => ({
      range: { start: positionAt(model.src, f.start), end: positionAt(model.src, f.end) },
      severity: SEVERITY[f.severity],
      source: 'ketluan',
      code: f.ruleId,
      codeDescription: { href: host.ruleDocUri(f.ruleId) },
      message: f.message,
      data: { ruleId: f.ruleId, start: f.start, end: f.end, version: doc.version } satisfies DiagnosticData,
    }));
    void connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics });
  }

  function schedule(doc: TextDocument, delay = settings.known(doc.uri).debounceMs ?? 200) {
    const t = timers.get(doc.uri);
    if (t) clearTimeout(t);
    timers.set(
      doc.uri,
      setTimeout(
        () => {
          timers.delete(doc.uri);
          publish(doc).catch((e) => connection.console.error(`ketluan: ${e instanceof Error ? e.message : String(e)}`));
        },
        Math.max(0, delay),
      ),
    );
  }

  documents.onDidOpen((e) => schedule(e.document, 0));
  documents.onDidChangeContent((e) => schedule(e.document));
  documents.onDidClose((e) => {
    const t = timers.get(e.document.uri);
    if (t) clearTimeout(t);
    timers.delete(e.document.uri);
    results.delete(e.document.uri);
    reg.closed(e.document.uri);
    registered.delete(e.document.uri);
    parsed.delete(e.document.uri);
    settings.forget(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  connection.onCodeAction(async (params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return [];
    await settings.forDocument(doc.uri);
    const lang = optionsFor(doc.uri).language === 'en' ? 'en' : 'vi';
    const docCommand = client.showRuleDoc
      ? (id: string) => ({ title: 'ketluan', command: SHOW_RULE_DOC, arguments: [host.ruleDocUri(id)] })
      : client.showDocument
        ? (id: string) => ({ title: 'ketluan', command: OPEN_RULE_DOC, arguments: [host.ruleDocUri(id)] })
        : null;
    return codeActions(params, {
      uri: doc.uri,
      version: doc.version,
      result: check(doc),
      lang,
      versionedEdits: client.versionedEdits,
      docCommand,
      extra: host.dictionary ? (f, d, text) => host.dictionary!.actions(f, d, doc.uri, text, lang === 'vi') : undefined,
    });
  });

  connection.onExecuteCommand(async (p) => {
    if (host.dictionary && p.command === host.dictionary.command) {
      const [uri, word] = (p.arguments ?? []) as [string, string];
      try {
        host.dictionary.add(uri, word);
      } catch (e) {
        connection.console.error(`ketluan: ${e instanceof Error ? e.message : String(e)}`);
        return null;
      }
      host.clearConfigs();
      reportedConfig.clear();
      recheckAll();
      return null;
    }
    if (p.command !== OPEN_RULE_DOC || typeof p.arguments?.[0] !== 'string') return null;
    await connection.window.showDocument({ uri: p.arguments[0], takeFocus: true });
    return null;
  });

  // The web build: the client sends the text of each .ketluan.json (read through the VS Code file system).
  connection.onNotification('ketluan/configFile', (p: { uri: string; text: string | null }) => {
    if (!host.acceptConfigFile) return;
    host.acceptConfigFile(p.uri, p.text);
    reportedConfig.delete(p.uri);
    results.clear();
    parsed.clear();
    for (const d of documents.all()) schedule(d, 0);
  });

  /** For tests and diagnosis: how many full analyses and parse-only passes the server has run. */
  connection.onRequest('ketluan/stats', () => ({ ...stats }));

  const model = (uri: string) => {
    const d = documents.get(uri);
    if (!d) return null;
    const m = check(d).model;
    // A request may come before the debounced analysis of the latest edit (go to definition, find references
    // right after typing): the register takes this version's row and citations now, not after the debounce.
    register(d, m);
    return { doc: d, model: m };
  };
  const toRange = (m: AnalyzeResult['model'], r: { start: number; end: number }) => ({
    start: positionAt(m.src, r.start),
    end: positionAt(m.src, r.end),
  });
  const KIND: Record<OutlineSymbol['kind'], SymbolKind> = {
    header: SymbolKind.File,
    component: SymbolKind.Field,
    section: SymbolKind.Namespace,
    citations: SymbolKind.Package,
    citation: SymbolKind.Constant,
    recipients: SymbolKind.Array,
    signature: SymbolKind.Key,
    appendix: SymbolKind.Module,
  };

  connection.onDocumentSymbol((p) => {
    const x = model(p.textDocument.uri);
    if (!x) return [];
    const conv = (s: OutlineSymbol): DocumentSymbol => ({
      name: s.name || '—',
      detail: s.detail,
      kind: KIND[s.kind],
      range: toRange(x.model, s.range),
      selectionRange: toRange(
        x.model,
        s.selectionRange.start >= s.range.start && s.selectionRange.end <= s.range.end ? s.selectionRange : s.range,
      ),
      children: s.children.map(conv),
    });
    return documentSymbols(x.model).map(conv);
  });

  connection.onFoldingRanges((p) => {
    const x = model(p.textDocument.uri);
    return x ? foldingRanges(x.model) : [];
  });

  connection.onSelectionRanges((p) => {
    const x = model(p.textDocument.uri);
    if (!x) return [];
    return p.positions.map((pos) => {
      const chain = selectionChain(x.model, offsetAt(x.model.src, pos.line, pos.character));
      let sel: SelectionRange | undefined;
      for (let i = chain.length - 1; i >= 0; i--) sel = { range: toRange(x.model, chain[i]), parent: sel };
      return sel!;
    });
  });

  connection.onHover((p) => {
    const x = model(p.textDocument.uri);
    if (!x) return null;
    const c = citationAt(x.model, offsetAt(x.model.src, p.position.line, p.position.character));
    const extra = reg.hover(p.textDocument.uri, p.position.line, p.position.character);
    if (!c) return extra ? { contents: { kind: MarkupKind.Markdown, value: extra } } : null;
    const lang = optionsFor(p.textDocument.uri).language === 'en' ? 'en' : 'vi';
    const value = citationHover(x.model, c, lang) + (extra ? `\n\n---\n\n${extra}` : '');
    return { contents: { kind: MarkupKind.Markdown, value }, range: toRange(x.model, c.numberRange) };
  });

  const citationLocations = (uri: string, line: number, character: number, all: boolean): Location[] => {
    const x = model(uri);
    if (!x) return [];
    const c = citationAt(x.model, offsetAt(x.model.src, line, character));
    if (!c) return [];
    const list = sameNumber(x.model, c);
    return (all ? list : list.slice(0, 1)).map((y) => ({ uri, range: toRange(x.model, y.numberRange) }));
  };
  connection.onDefinition(
    (p) =>
      reg.definition(p.textDocument.uri, p.position.line, p.position.character) ??
      citationLocations(p.textDocument.uri, p.position.line, p.position.character, false),
  );
  connection.onReferences(
    (p) =>
      reg.references(p.textDocument.uri, p.position.line, p.position.character, p.context.includeDeclaration) ??
      citationLocations(p.textDocument.uri, p.position.line, p.position.character, true),
  );

  connection.onCompletion((p) => {
    // Served from the analysis of this version when there is one, else from a parse without the rules:
    // typing must not run every rule once per keystroke (the debounced analysis does that).
    const d = documents.get(p.textDocument.uri);
    if (!d) return [];
    const x = { doc: d, model: structure(d) };
    const offset = offsetAt(x.model.src, p.position.line, p.position.character);
    const opts = optionsFor(p.textDocument.uri);
    const KINDS = {
      code: CompletionItemKind.EnumMember,
      snippet: CompletionItemKind.Snippet,
      text: CompletionItemKind.Text,
      section: CompletionItemKind.Reference,
    };
    const fromRegister = reg.completions(p.textDocument.uri, x.model, offset);
    const entries = fromRegister.length
      ? fromRegister
      : completions(x.model, offset, {
          referenceDate: typeof opts.referenceDate === 'string' ? opts.referenceDate : null,
        });
    return entries.map((e, i): CompletionItem => ({
      label: e.label,
      detail: e.detail,
      kind: KINDS[e.kind],
      sortText: e.sortText ?? String(i).padStart(3, '0'),
      insertTextFormat: InsertTextFormat.PlainText,
      textEdit: { range: toRange(x.model, e.replace ?? { start: offset, end: offset }), newText: e.insertText },
    }));
  });

  documents.listen(connection);
  connection.listen();
  return connection;
}

function normaliseRules(rules: Settings['rules'] | undefined): Settings['rules'] {
  if (!rules) return {};
  const out: NonNullable<Settings['rules']> = {};
  for (const [k, v] of Object.entries(rules)) out[k] = String(v) === 'info' ? 'information' : v;
  return out;
}
