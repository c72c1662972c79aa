// The command-line checker (spec §6): a thin edge over the core.
//   ketluan check [--format text|json|sarif] [--profile …] [--reference-date YYYY-MM-DD] [--fix] <file|dir|->...
//   ketluan inspect --format json <file|->
//   ketluan rules · ketluan lsp --stdio
// Subcommands live in the COMMANDS table; options are parsed in args.ts, input is read in read.ts.
import { readFileSync, readdirSync, statSync, writeFileSync, renameSync, existsSync } from 'node:fs';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { availableParallelism, cpus } from 'node:os';
import { join, relative } from 'node:path';
import { createRequire } from 'node:module';
import { analyze, inspect, positionAt, RULES, applyFixes, ruleIndexMarkdown, type AnalyzeOptions } from '../core';
import { ConfigCache, toAnalyzeOptions, problemText } from '../shared/config';
import { REPOSITORY_URL, ruleDocWebUrl } from '../shared/docs';
import { parseArgs, langOf, helpText, UsageError, type Args, type Lang } from './args';
import { readDraft, STDIN, type Reason } from './read';
import { summaryLine } from './summary';
import { isRegisterCommand, registerMain, registerForCheck, viewFromData, type registerData } from './register';
import { isWordPath, checkWordFile, inspectWord, WORD_WALK, type WordDiag } from './word';
import { runImport } from './import';
import { runExport } from './export';

const VERSION = '0.1.0';
const EXTENSIONS = ['.kl.md', '.tb.md', '.ketluan', '.md', '.txt', ...WORD_WALK];
/** How standard input is named in the output. */
const STDIN_NAME = '<stdin>';

type Command = (args: Args) => number | Promise<number>;

/** Subcommands. A new one adds an entry here and its help text in args.ts. */
const COMMANDS: Record<string, Command> = {
  check: runCheck,
  inspect: runInspect,
  rules: runRules,
  lsp: runLsp,
};

/** Subcommands that read their own options (Word export and import, the register and its tasks). */
const OWN_OPTIONS: Record<string, (argv: string[]) => number | Promise<number>> = {
  export: (argv) => runExport(argv.slice(1)),
  import: (argv) => runImport(argv.slice(1)),
  register: registerMain,
  tasks: registerMain,
};

const say = (lang: Lang, vi: string, en: string) => (lang === 'en' ? en : vi);
const reason = (lang: Lang, r: Reason) => (lang === 'en' ? r.en : r.vi);

export function main(argv: string[]): number | Promise<number> {
  const lang0 = langOf(argv);
  const first = argv[0] ?? '';
  if (first === '--version' || first === '-v') {
    process.stdout.write(VERSION + '\n');
    return 0;
  }
  if (first === 'help' || first === '--help' || first === '-h') {
    process.stdout.write(helpText(COMMANDS[argv[1]] ? argv[1] : '', lang0) + '\n');
    return 0;
  }
  if (OWN_OPTIONS[first] && isOwn(first)) return OWN_OPTIONS[first](argv);
  const command = COMMANDS[first];
  if (!command) {
    const what = first
      ? say(lang0, `lệnh không hợp lệ "${first}"`, `unknown command "${first}"`)
      : say(lang0, 'thiếu lệnh', 'no command given');
    process.stderr.write(`ketluan: ${what}\n${helpText('', lang0)}\n`);
    return 2;
  }
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`ketluan: ${lang0 === 'en' ? e.en : e.vi}\n${helpText(first, lang0)}\n`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(helpText(first, lang0) + '\n');
    return 0;
  }
  return command(args);
}

function isOwn(cmd: string): boolean {
  return cmd === 'export' || cmd === 'import' || isRegisterCommand(cmd);
}

function runRules(args: Args): number {
  if (args.format === 'json') {
    const list = RULES.map((r) => ({
      id: r.id,
      severity: r.severity,
      fixable: r.fixable,
      profiles: r.profiles,
      title: r.title,
    }));
    process.stdout.write(JSON.stringify(list, null, 2) + '\n');
  } else process.stdout.write(ruleIndexMarkdown() + '\n');
  return 0;
}

/** `ketluan lsp --stdio`: the language server bundle, next to this one in dist/. */
function runLsp(args: Args): number {
  if (!args.passThrough.length) process.argv.push('--stdio');
  // Loaded at run time, not bundled: dist/server.js is built beside dist/cli.js.
  createRequire(__filename)(join(__dirname, 'server.js'));
  return 0;
}

/** Options of one file: its .ketluan.json, then the command line. Config problems are reported once each. */
function optionsReader(args: Args, errors: string[]) {
  const configs = new ConfigCache();
  const reported = new Set<string>();
  return (file: string): AnalyzeOptions => {
    const { path: cfgPath, config, problems } = configs.get(file === STDIN ? join(process.cwd(), STDIN_NAME) : file);
    let base: AnalyzeOptions = {};
    if (cfgPath) {
      if (!reported.has(cfgPath)) {
        reported.add(cfgPath);
        const lang = args.lang ?? config.messageLanguage ?? 'vi';
        const intro = say(lang, 'tệp cấu hình có lỗi', 'config file error');
        for (const p of problems) errors.push(`${cfgPath}: ${intro}: ${problemText(p, lang)}`);
      }
      base = toAnalyzeOptions(config);
    }
    return {
      ...base,
      profile: (args.profile as AnalyzeOptions['profile']) ?? base.profile ?? 'auto',
      referenceDate: args.referenceDate ?? base.referenceDate ?? null,
      language: args.lang ?? base.language ?? 'vi',
    };
  };
}

function runInspect(args: Args): number {
  const lang = args.lang ?? 'vi';
  if (args.paths.length !== 1) {
    const why = say(lang, 'inspect nhận đúng một tệp', 'inspect takes exactly one file');
    process.stderr.write(`ketluan: ${why}\n`);
    return 2;
  }
  const p = args.paths[0];
  if (p !== STDIN && existsSync(p) && statSync(p).isDirectory()) {
    const why = say(lang, 'là thư mục, cần một tệp', 'is a directory, not a file');
    process.stderr.write(`ketluan: ${p}: ${why}\n`);
    return 2;
  }
  if (p !== STDIN && isWordPath(p)) {
    const w = inspectWord(p, optionsReader(args, [])(p));
    if ('error' in w) {
      process.stderr.write(`ketluan: ${p}: ${w.error}\n`);
      return 2;
    }
    process.stdout.write(JSON.stringify({ tool: 'ketluan', version: VERSION, path: p, ...w.json }, null, 2) + '\n');
    return 0;
  }
  const r = readDraft(p);
  const shown = p === STDIN ? STDIN_NAME : p;
  if ('error' in r) {
    process.stderr.write(`ketluan: ${shown}: ${reason(lang, r.error)}\n`);
    return 2;
  }
  const errors: string[] = [];
  const { model } = analyze(r.text, { ...optionsReader(args, errors)(p), notUtf8: r.notUtf8 });
  for (const e of errors) process.stderr.write(`ketluan: ${e}\n`);
  const out = { tool: 'ketluan', version: VERSION, path: shown, ...inspect(model) };
  process.stdout.write(JSON.stringify(out, null, 2) + '\n');
  return errors.length ? 2 : 0;
}

function runCheck(args: Args): number | Promise<number> {
  const lang = args.lang ?? 'vi';
  if (!args.paths.length) {
    const why = say(lang, 'thiếu tệp cần kiểm tra', 'no file given');
    process.stderr.write(`ketluan: ${why}\n${helpText('check', lang)}\n`);
    return 2;
  }
  if (args.fix && args.paths.includes(STDIN)) {
    process.stderr.write(
      `ketluan: ${say(
        lang,
        '--fix không dùng với "-" (đầu vào chuẩn): không có tệp để ghi lại',
        '--fix cannot be used with "-" (standard input): there is no file to write',
      )}\n`,
    );
    return 2;
  }
  const errors: string[] = [];
  const optionsFor = optionsReader(args, errors);
  const targets = collect(args.paths, errors, lang);
  // Spec §10: the drafts given form the register (a draft alone has nothing to be compared with).
  const register = registerForCheck(
    targets.filter((t) => t.path !== STDIN),
    new ConfigCache(),
  );
  const registerFor = viewFromData(register);
  const files: CheckedFile[] = [];
  const cores = typeof availableParallelism === 'function' ? availableParallelism() : cpus().length;
  if (!args.fix && targets.length >= PARALLEL_FROM && cores > 1) {
    return checkInWorkers(targets, errors, Math.min(cores, 8), optionsFor, lang, register).then((res) =>
      report(res, args, errors),
    );
  }
  for (const t of targets) {
    if (t.path !== STDIN && isWordPath(t.path)) {
      if (args.fix) {
        const why = say(
          lang,
          '--fix không sửa tệp Word, chỉ kiểm tra',
          '--fix does not write Word files, it only checks them',
        );
        process.stderr.write(`ketluan: ${t.shown}: ${why}\n`);
      }
      const w = checkWordFile(t.path, t.shown, optionsFor(t.path));
      if ('error' in w) errors.push(`${t.shown}: ${w.error}`);
      else files.push({ ...w.file, language: lang });
      continue;
    }
    const r = readDraft(t.path);
    if ('error' in r) {
      errors.push(`${t.shown}: ${reason(lang, r.error)}`);
      continue;
    }
    const opts = { ...optionsFor(t.path), notUtf8: r.notUtf8, register: registerFor(t.path) };
    let text = r.text;
    if (args.fix && r.notUtf8) {
      const why = say(lang, 'không phải UTF-8, không sửa tự động', 'not UTF-8, not fixed');
      process.stderr.write(`ketluan: ${t.shown}: ${why}\n`);
      files.push(checkText(t.shown, text, opts));
      continue;
    }
    if (args.fix) {
      const fixed = applyFixes(text, opts);
      if (fixed.text !== text) {
        // Compared byte for byte: the decoder drops a byte order mark (Notepad and Word write one).
        if (!readFileSync(t.path).equals(r.bytes)) {
          const why = say(lang, 'tệp đã thay đổi trong lúc sửa, không ghi', 'file changed on disk, not written');
          errors.push(`${t.shown}: ${why}`);
        } else {
          const tmp = `${t.path}.ketluan-${process.pid}.tmp`;
          writeFileSync(tmp, (r.bom ? '\uFEFF' : '') + fixed.text);
          renameSync(tmp, t.path);
          text = fixed.text;
        }
      }
    }
    files.push(checkText(t.shown, text, opts));
  }
  return report(files, args, errors);
}

interface Target {
  path: string;
  shown: string;
}

function collect(paths: string[], errors: string[], lang: Lang): Target[] {
  const out: Target[] = [];
  for (const p of paths) {
    if (p === STDIN) {
      out.push({ path: STDIN, shown: STDIN_NAME });
      continue;
    }
    let st;
    try {
      st = statSync(p);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? 'error';
      errors.push(`${p}: ${say(lang, 'không đọc được', 'cannot read')} (${code})`);
      continue;
    }
    if (st.isDirectory()) {
      const before = out.length;
      walk(p, p, out, errors, lang);
      if (out.length === before) {
        const kinds = '*.kl.md, *.tb.md, *.ketluan, *.md, *.txt';
        const why = say(lang, `không có văn bản nào (${kinds})`, `no drafts found (${kinds})`);
        process.stderr.write(`ketluan: ${p}: ${why}\n`);
      }
    } else out.push({ path: p, shown: p });
  }
  return out;
}

function walk(root: string, dir: string, out: Target[], errors: string[], lang: Lang) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'error';
    errors.push(`${dir}: ${say(lang, 'không đọc được thư mục', 'cannot read directory')} (${code})`);
    return;
  }
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const full = join(dir, e.name);
    if (e.isDirectory()) walk(root, full, out, errors, lang);
    else if (EXTENSIONS.some((x) => e.name.toLowerCase().endsWith(x)))
      out.push({ path: full, shown: join(root, relative(root, full)) });
  }
}

interface CheckedFile {
  path: string;
  profile: string;
  documentType: string | null;
  language: Lang;
  diagnostics: Diag[];
  /** A Word file: lines are paragraph numbers. */
  word?: boolean;
}
/** A finding as printed; `context` (up to 60 characters of the paragraph) only for Word files. */
type Diag = Omit<WordDiag, 'context'> & Partial<Pick<WordDiag, 'context'>>;

/** Analyses one text; positions are converted here so results can cross thread boundaries. */
function checkText(shown: string, text: string, opts: AnalyzeOptions): CheckedFile {
  const { model, findings, failures } = analyze(text, opts);
  for (const f of failures)
    process.stderr.write(`ketluan: ${shown}: quy tắc ${f.ruleId} gặp lỗi / rule failed: ${f.error}\n`);
  const diagnostics = findings.map((d) => {
    const s = positionAt(model.src, d.start),
      e = positionAt(model.src, d.end);
    return {
      rule: d.ruleId,
      severity: d.severity,
      message: d.message,
      line: s.line + 1,
      column: s.character + 1,
      endLine: e.line + 1,
      endColumn: e.character + 1,
      fixable: !!d.fix,
    };
  });
  const language: Lang = opts.language === 'en' ? 'en' : 'vi';
  return { path: shown, profile: model.profile, documentType: model.documentType, language, diagnostics };
}

/** Many files: split them over worker threads (one per core, at most 8); the output order stays the input order. */
const PARALLEL_FROM = 64;
function checkInWorkers(
  targets: Target[],
  errors: string[],
  n: number,
  optionsFor: (f: string) => AnalyzeOptions,
  lang: Lang,
  register: ReturnType<typeof registerData>,
): Promise<CheckedFile[]> {
  const jobs = targets.map((t, i) => ({ i, path: t.path, shown: t.shown, opts: optionsFor(t.path) }));
  const results: (CheckedFile | null)[] = new Array(jobs.length).fill(null);
  const chunks: (typeof jobs)[] = Array.from({ length: n }, () => []);
  jobs.forEach((j, k) => chunks[k % n].push(j));
  const failed: { i: number; text: string }[] = [];
  return Promise.all(
    chunks
      .filter((c) => c.length)
      .map(
        (chunk) =>
          new Promise<void>((resolve) => {
            const w = new Worker(__filename, { workerData: { ketluanJobs: chunk, ketluanRegister: register, lang } });
            w.on('message', (m: { i: number; file?: CheckedFile; error?: Reason; shown: string }) => {
              if (m.file) results[m.i] = m.file;
              else if (m.error) failed.push({ i: m.i, text: `${m.shown}: ${reason(lang, m.error)}` });
            });
            w.on('error', (e) => {
              errors.push(`worker: ${e.message}`);
              resolve();
            });
            w.on('exit', () => resolve());
          }),
      ),
  ).then(() => {
    // Unreadable files are reported in input order, like the results.
    for (const f of failed.sort((x, y) => x.i - y.i)) errors.push(f.text);
    return results.filter((r): r is CheckedFile => r !== null);
  });
}

if (!isMainThread && workerData?.ketluanJobs) {
  const registerFor = viewFromData(workerData.ketluanRegister);
  for (const j of workerData.ketluanJobs as { i: number; path: string; shown: string; opts: AnalyzeOptions }[]) {
    if (isWordPath(j.path)) {
      const w = checkWordFile(j.path, j.shown, j.opts);
      parentPort!.postMessage(
        'error' in w
          ? { i: j.i, shown: j.shown, error: { vi: w.error, en: w.error } }
          : { i: j.i, shown: j.shown, file: { ...w.file, language: workerData.lang } },
      );
      continue;
    }
    const r = readDraft(j.path);
    if ('error' in r) parentPort!.postMessage({ i: j.i, shown: j.shown, error: r.error });
    else {
      const file = checkText(j.shown, r.text, { ...j.opts, notUtf8: r.notUtf8, register: registerFor(j.path) });
      parentPort!.postMessage({ i: j.i, shown: j.shown, file });
    }
  }
}

const SEVERITY_LABEL: Record<string, string> = {
  error: 'error',
  warning: 'warning',
  information: 'info',
  hint: 'hint',
};

function report(files: CheckedFile[], args: Args, errors: string[]): number {
  for (const e of errors) process.stderr.write(`ketluan: ${e}\n`);
  if (args.format === 'json') {
    const out = {
      tool: 'ketluan',
      version: VERSION,
      files: files.map((f) => ({
        path: f.path,
        profile: f.profile,
        documentType: f.documentType,
        diagnostics: f.diagnostics,
      })),
    };
    process.stdout.write(JSON.stringify(out, null, 2) + '\n');
  } else if (args.format === 'sarif') {
    process.stdout.write(JSON.stringify(sarifLog(files), null, 2) + '\n');
  } else {
    const count = { error: 0, warning: 0, information: 0, hint: 0 };
    for (const f of files)
      for (const d of f.diagnostics) {
        count[d.severity]++;
        const at = `${f.word ? '¶' : ''}${d.line}:${d.column}`;
        process.stdout.write(`${f.path}:${at} ${SEVERITY_LABEL[d.severity]} ${d.rule} ${d.message}\n`);
      }
    // The summary speaks the language of the messages: --lang, else the language every file was checked in.
    const lang = args.lang ?? (files.length && files.every((f) => f.language === 'en') ? 'en' : 'vi');
    process.stdout.write(summaryLine(count, files.length, lang) + '\n');
  }
  if (errors.length) return 2;
  return files.some((f) => f.diagnostics.some((d) => d.severity === 'error')) ? 1 : 0;
}

function sarifLog(files: CheckedFile[]) {
  const used = RULES;
  const results = files.flatMap((f) =>
    f.diagnostics.map((d) => ({
      ruleId: d.rule,
      ruleIndex: used.findIndex((r) => r.id === d.rule),
      level: sarifLevel(d.severity),
      message: { text: d.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: f.path.split('\\').join('/') },
            region: {
              startLine: d.line,
              startColumn: d.column,
              endLine: d.endLine,
              endColumn: d.endColumn,
              ...(d.context ? { snippet: { text: d.context } } : {}),
            },
          },
        },
      ],
    })),
  );
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'ketluan',
            version: VERSION,
            informationUri: REPOSITORY_URL,
            rules: used.map((r) => ({
              id: r.id,
              shortDescription: { text: r.title.vi },
              fullDescription: { text: r.title.en },
              helpUri: ruleDocWebUrl(r.id),
              defaultConfiguration: { level: sarifLevel(r.severity) },
              properties: { fixable: r.fixable },
            })),
          },
        },
        results,
      },
    ],
  };
}

function sarifLevel(s: string): string {
  return s === 'error' ? 'error' : s === 'warning' ? 'warning' : 'note';
}
