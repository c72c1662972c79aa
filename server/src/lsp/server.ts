// The language server: converts core results to LSP types at the edge. Nothing here knows rules.
import {
  createConnection, ProposedFeatures, TextDocuments, TextDocumentSyncKind, DiagnosticSeverity, CodeActionKind, SymbolKind,
  CompletionItemKind, InsertTextFormat, MarkupKind, MessageType, ShowMessageNotification,
  type Diagnostic, type CodeAction, type InitializeParams, type Connection, type TextEdit, type DocumentSymbol,
  type SelectionRange, type CompletionItem, type Location,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fileURLToPath } from 'node:url';
import {
  analyze, positionAt, offsetAt, CHEAP_RULES, LARGE_DRAFT, compatibleFixEdits, documentSymbols, foldingRanges, selectionChain, citationAt, citationHover, sameNumber, completions,
  type AnalyzeOptions, type AnalyzeResult, type Finding, type OutlineSymbol,
} from '../core';
import { ConfigCache, toAnalyzeOptions, type KetluanConfig } from '../shared/config';
import { docsRoot, ruleDocUri } from '../shared/docs';
import { ADD_WORD_COMMAND, addWordToConfig, dictionaryActions, setWorkspaceRoots } from './dictionary';
import { RegisterSupport, REGISTER_CAPABILITIES } from './register-features';

interface Settings extends KetluanConfig { debounceMs?: number }

const MAX_CACHED = 8;

const SEVERITY: Record<Finding['severity'], DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, information: DiagnosticSeverity.Information, hint: DiagnosticSeverity.Hint,
};

export function startServer(connection: Connection = createConnection(ProposedFeatures.all)) {
  const documents = new TextDocuments(TextDocument);
  let settings: Settings = {};
  let hasConfigCapability = false;
  const timers = new Map<string, NodeJS.Timeout>();
  const results = new Map<string, { version: number; gen: number; result: AnalyzeResult }>();
  const reportedFailures = new Set<string>();
  const toldLarge = new Set<string>();
  const root = docsRoot(__dirname);
  // The workspace register (spec §10): index, watchers, cross-file navigation, register completion.
  const reg = new RegisterSupport({
    connection, modelOf: (uri) => model(uri)?.model ?? null,
    language: (uri) => (optionsFor(uri).language === 'en' ? 'en' : 'vi'),
    recheckOpen: (except) => { for (const d of documents.all()) if (!except.has(d.uri)) schedule(d, 0); },
  });

  connection.onInitialize((params: InitializeParams) => {
    hasConfigCapability = !!params.capabilities.workspace?.configuration;
    const init = (params.initializationOptions ?? {}) as Settings;
    settings = { ...init };
    setWorkspaceRoots(params);
    reg.initialize(params);
    return {
      capabilities: {
        ...REGISTER_CAPABILITIES,
        textDocumentSync: TextDocumentSyncKind.Incremental,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, 'source.fixAll.ketluan'] },
        documentSymbolProvider: { label: 'ketluan' },
        foldingRangeProvider: true,
        selectionRangeProvider: true,
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        completionProvider: { triggerCharacters: ['-', '/', ' '], resolveProvider: false },
        executeCommandProvider: { commands: [ADD_WORD_COMMAND] },
      },
      serverInfo: { name: 'ketluan', version: '0.1.0' },
    };
  });

  connection.onInitialized(async () => {
    await refreshSettings();
    reg.initialized();
  });

  async function refreshSettings() {
    if (!hasConfigCapability) return;
    try {
      const s = (await connection.workspace.getConfiguration('ketluan')) as Settings | null;
      if (s) settings = { ...settings, ...s };
    } catch { /* client without configuration support */ }
  }

  connection.onDidChangeConfiguration(async (change) => {
    const s = (change.settings?.ketluan ?? null) as Settings | null;
    if (s) settings = { ...settings, ...s };
    else await refreshSettings();
    results.clear(); // options changed: cached results are stale
    for (const d of documents.all()) schedule(d, 0);
  });

  const configs = new ConfigCache();
  const reportedConfig = new Set<string>();

  connection.onDidChangeWatchedFiles((p) => {
    reg.fileEvents(p.changes);
    if (!p.changes.some((c) => c.uri.endsWith('.ketluan.json'))) return; // drafts: the register re-checks what it must
    // A .ketluan.json changed: re-read it and re-check every open draft with the new options.
    configs.clear();
    reportedConfig.clear();
    results.clear();
    for (const d of documents.all()) schedule(d, 0);
  });

  function optionsFor(uri: string): AnalyzeOptions {
    const fromSettings = toAnalyzeOptions({ ...settings, rules: normaliseRules(settings.rules) });
    let fromFile: AnalyzeOptions = {};
    if (uri.startsWith('file:')) {
      try {
        const { path, config, problems } = configs.get(fileURLToPath(uri));
        if (path && !reportedConfig.has(path)) { reportedConfig.add(path); for (const p of problems) connection.console.warn(`ketluan: ${path}: ${p}`); }
        // Only what the file sets overrides the settings.
        fromFile = Object.fromEntries(Object.entries(toAnalyzeOptions(config)).filter(([k]) => k in config || (k === 'language' && config.messageLanguage))) as AnalyzeOptions;
      } catch { /* unreadable config: settings apply */ }
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
    const gen = reg.generation;
    const result = analyze(text, { ...optionsFor(doc.uri), register: reg.view(doc.uri), only: large ? CHEAP_RULES : undefined });
    // Keep the models of the few most recent drafts only: a model costs several times its text, and an
    // office may have a hundred drafts open. Others are analysed again on demand (a few milliseconds).
    results.delete(doc.uri);
    results.set(doc.uri, { version: doc.version, gen, result });
    while (results.size > MAX_CACHED) results.delete(results.keys().next().value as string);
    for (const f of result.failures) {
      const key = `${f.ruleId}:${f.error}`;
      if (!reportedFailures.has(key)) { reportedFailures.add(key); connection.console.error(`ketluan: quy tắc ${f.ruleId} gặp lỗi / rule ${f.ruleId} failed: ${f.error}`); }
    }
    return result;
  }

  function publish(doc: TextDocument) {
    const current = documents.get(doc.uri);
    if (!current || current.version !== doc.version) return; // a newer version is on its way
    const { findings, model } = check(doc);
    reg.analysed(doc.uri, model);
    const diagnostics: Diagnostic[] = findings.map((f, i) => ({
      range: { start: positionAt(model.src, f.start), end: positionAt(model.src, f.end) },
      severity: SEVERITY[f.severity],
      source: 'ketluan',
      code: f.ruleId,
      codeDescription: { href: ruleDocUri(root, f.ruleId) },
      message: f.message,
      data: { index: i, version: doc.version },
    }));
    void connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics });
  }

  function schedule(doc: TextDocument, delay = settings.debounceMs ?? 200) {
    const t = timers.get(doc.uri);
    if (t) clearTimeout(t);
    timers.set(doc.uri, setTimeout(() => { timers.delete(doc.uri); publish(doc); }, Math.max(0, delay)));
  }

  documents.onDidOpen((e) => schedule(e.document, 0));
  documents.onDidChangeContent((e) => schedule(e.document));
  documents.onDidClose((e) => {
    const t = timers.get(e.document.uri);
    if (t) clearTimeout(t);
    timers.delete(e.document.uri);
    results.delete(e.document.uri);
    reg.closed(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  connection.onCodeAction((params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return [];
    const { findings, model } = check(doc);
    const toEdits = (edits: { start: number; end: number; newText: string }[]): TextEdit[] =>
      edits.map((e) => ({ range: { start: positionAt(model.src, e.start), end: positionAt(model.src, e.end) }, newText: e.newText }));
    const actions: CodeAction[] = [];
    const only = params.context.only;
    const lang = optionsFor(doc.uri).language === 'en' ? 'en' : 'vi';
    const T = (vi: string, en: string) => (lang === 'vi' ? vi : en);
    if (only?.some((k) => k.startsWith('source.fixAll'))) {
      const { edits } = compatibleFixEdits(findings);
      if (edits.length) actions.push({ title: T('Sửa tất cả lỗi ketluan có thể sửa tự động', 'Fix all auto-fixable ketluan findings'), kind: 'source.fixAll.ketluan', edit: { changes: { [doc.uri]: toEdits(edits) } } });
      return actions;
    }
    const eol = model.src.eol;
    for (const d of params.context.diagnostics) {
      if (d.source !== 'ketluan') continue;
      const f = findings.find((x) => x.ruleId === d.code && positionAt(model.src, x.start).line === d.range.start.line && positionAt(model.src, x.start).character === d.range.start.character);
      if (!f) continue;
      if (f.fix) actions.push({ title: f.fix.title, kind: CodeActionKind.QuickFix, diagnostics: [d], isPreferred: true, edit: { changes: { [doc.uri]: toEdits(f.fix.edits) } } });
      for (const s of f.suggestions) actions.push({ title: s.title, kind: CodeActionKind.QuickFix, diagnostics: [d], edit: { changes: { [doc.uri]: toEdits(s.edits) } } });
      actions.push(...dictionaryActions(f, d, doc.uri, model.src.text, lang === 'vi'));
      const same = findings.filter((x) => x.ruleId === f.ruleId && x.fix);
      if (f.fix && same.length > 1) {
        const { edits } = compatibleFixEdits(same);
        actions.push({ title: T(`Sửa tất cả lỗi loại này (${f.ruleId}, ${same.length} chỗ)`, `Fix all of this kind (${f.ruleId}, ${same.length})`), kind: CodeActionKind.QuickFix, diagnostics: [d], edit: { changes: { [doc.uri]: toEdits(edits) } } });
      }
      const line = d.range.start.line;
      const lineText = model.src.lines[line]?.raw ?? '';
      const indent = /^[ \t]*/.exec(lineText)?.[0] ?? '';
      actions.push({
        title: T(`Tắt quy tắc ${f.ruleId} cho dòng này`, `Disable ${f.ruleId} for this line`), kind: CodeActionKind.QuickFix, diagnostics: [d],
        edit: { changes: { [doc.uri]: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${indent}<!-- ketluan-disable-next-line ${f.ruleId} -->${eol}` }] } },
      });
      const top = model.src.hasBom ? 1 : 0;
      actions.push({
        title: T(`Tắt quy tắc ${f.ruleId} cho cả tệp`, `Disable ${f.ruleId} for the whole file`), kind: CodeActionKind.QuickFix, diagnostics: [d],
        edit: { changes: { [doc.uri]: [{ range: { start: { line: 0, character: top }, end: { line: 0, character: top } }, newText: `<!-- ketluan-disable-file ${f.ruleId} -->${eol}` }] } },
      });
      actions.push({ title: T(`Xem hướng dẫn quy tắc ${f.ruleId}`, `Show documentation for ${f.ruleId}`), kind: CodeActionKind.QuickFix, diagnostics: [d], command: { title: 'ketluan', command: 'ketluan.showRuleDoc', arguments: [ruleDocUri(root, f.ruleId)] } });
    }
    return actions;
  });

  connection.onExecuteCommand((p) => {
    if (p.command !== ADD_WORD_COMMAND) return;
    const [uri, word] = (p.arguments ?? []) as [string, string];
    try {
      addWordToConfig(uri, word);
    } catch (e) {
      connection.console.error(`ketluan: ${e instanceof Error ? e.message : String(e)}`);
      return;
    }
    configs.clear(); reportedConfig.clear(); results.clear();
    for (const d of documents.all()) schedule(d, 0);
  });

  const model = (uri: string) => { const d = documents.get(uri); return d ? { doc: d, model: check(d).model } : null; };
  const toRange = (m: AnalyzeResult['model'], r: { start: number; end: number }) => ({ start: positionAt(m.src, r.start), end: positionAt(m.src, r.end) });
  const KIND: Record<OutlineSymbol['kind'], SymbolKind> = {
    header: SymbolKind.File, component: SymbolKind.Field, section: SymbolKind.Namespace, citations: SymbolKind.Package,
    citation: SymbolKind.Constant, recipients: SymbolKind.Array, signature: SymbolKind.Key, appendix: SymbolKind.Module,
  };

  connection.onDocumentSymbol((p) => {
    const x = model(p.textDocument.uri);
    if (!x) return [];
    const conv = (s: OutlineSymbol): DocumentSymbol => ({
      name: s.name || '—', detail: s.detail, kind: KIND[s.kind], range: toRange(x.model, s.range),
      selectionRange: toRange(x.model, s.selectionRange.start >= s.range.start && s.selectionRange.end <= s.range.end ? s.selectionRange : s.range),
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
  connection.onDefinition((p) => reg.definition(p.textDocument.uri, p.position.line, p.position.character)
    ?? citationLocations(p.textDocument.uri, p.position.line, p.position.character, false));
  connection.onReferences((p) => reg.references(p.textDocument.uri, p.position.line, p.position.character, p.context.includeDeclaration)
    ?? citationLocations(p.textDocument.uri, p.position.line, p.position.character, true));

  connection.onCompletion((p) => {
    const x = model(p.textDocument.uri);
    if (!x) return [];
    const offset = offsetAt(x.model.src, p.position.line, p.position.character);
    const opts = optionsFor(p.textDocument.uri);
    const KINDS = { code: CompletionItemKind.EnumMember, snippet: CompletionItemKind.Snippet, text: CompletionItemKind.Text, section: CompletionItemKind.Reference };
    const fromRegister = reg.completions(p.textDocument.uri, x.model, offset);
    const entries = fromRegister.length ? fromRegister
      : completions(x.model, offset, { referenceDate: typeof opts.referenceDate === 'string' ? opts.referenceDate : null });
    return entries.map((e, i): CompletionItem => ({
      label: e.label, detail: e.detail, kind: KINDS[e.kind], sortText: e.sortText ?? String(i).padStart(3, '0'), insertTextFormat: InsertTextFormat.PlainText,
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
  for (const [k, v] of Object.entries(rules)) out[k] = (String(v) === 'info' ? 'information' : v);
  return out;
}
