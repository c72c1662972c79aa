// The command-line checker (spec §6): a thin edge over the core.
//   ketluan check [--format text|json|sarif] [--profile …] [--reference-date YYYY-MM-DD] [--fix] <file|dir>...
//   ketluan inspect --format json <file>
import { readFileSync, readdirSync, statSync, writeFileSync, renameSync, existsSync } from 'node:fs';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { availableParallelism, cpus } from 'node:os';
import { join, relative } from 'node:path';
import { analyze, inspect, positionAt, RULES, applyFixes, ruleIndexMarkdown, type AnalyzeOptions, type Finding } from '../core';
import { isProfileId } from '../core/profiles';
import { parseIso } from '../core/dates';
import { ConfigCache, toAnalyzeOptions } from '../shared/config';
import { docsRoot, ruleDocUri } from '../shared/docs';
import { isRegisterCommand, registerMain, registerForCheck, registerData, viewFromData } from './register';
import { isWordPath, checkWordFile, inspectWord, WORD_WALK } from './word';
import { runImport } from './import';
import { runExport, EXPORT_USAGE } from './export';

const VERSION = '0.1.0';
const EXTENSIONS = ['.kl.md', '.tb.md', '.ketluan', '.md', '.txt', ...WORD_WALK];

class UsageError extends Error {}

interface Args { command: string; format: string; profile?: string; referenceDate?: string; fix: boolean; lang?: string; paths: string[] }

function parseArgs(argv: string[]): Args {
  const a: Args = { command: argv[0] ?? '', format: 'text', fix: false, paths: [] };
  for (let i = 1; i < argv.length; i++) {
    const x = argv[i];
    const value = () => { const v = argv[++i]; if (v === undefined) throw new UsageError(`${x} cần một giá trị / needs a value`); return v; };
    if (x === '--format' || x === '-f') a.format = value();
    else if (x.startsWith('--format=')) a.format = x.slice(9);
    else if (x === '--profile') a.profile = value();
    else if (x.startsWith('--profile=')) a.profile = x.slice(10);
    else if (x === '--reference-date') a.referenceDate = value();
    else if (x.startsWith('--reference-date=')) a.referenceDate = x.slice(17);
    else if (x === '--lang' || x === '--language') a.lang = value();
    else if (x === '--fix') a.fix = true;
    else if (x.startsWith('-') && x !== '-') throw new UsageError(`tùy chọn không hợp lệ / unknown option: ${x}`);
    else a.paths.push(x);
  }
  if (!['text', 'json', 'sarif'].includes(a.format)) throw new UsageError(`--format phải là text, json hoặc sarif / must be text, json or sarif: ${a.format}`);
  if (a.profile && a.profile !== 'auto' && !isProfileId(a.profile)) throw new UsageError(`--profile phải là auto, hd36, hd05 hoặc nd30 / must be auto, hd36, hd05 or nd30: ${a.profile}`);
  if (a.referenceDate && !parseIso(a.referenceDate)) throw new UsageError(`--reference-date phải là ngày dạng YYYY-MM-DD / must be a date YYYY-MM-DD: ${a.referenceDate}`);
  if (a.lang && a.lang !== 'vi' && a.lang !== 'en') throw new UsageError(`--lang phải là vi hoặc en / must be vi or en: ${a.lang}`);
  return a;
}

const USAGE = `Cách dùng / usage:
  ketluan check [--format text|json|sarif] [--profile auto|hd36|hd05|nd30]
                [--reference-date YYYY-MM-DD] [--lang vi|en] [--fix] <tệp|thư mục>...
  ketluan inspect --format json <tệp>
  ketluan import [--out TỆP] <tệp.docx>  (Word → bản nháp / Word file → text draft)
  ketluan rules                       (bảng quy tắc / rule index)
${EXPORT_USAGE}`;

interface Target { path: string; shown: string }

function collect(paths: string[], errors: string[]): Target[] {
  const out: Target[] = [];
  for (const p of paths) {
    let st;
    try { st = statSync(p); } catch (e) { errors.push(`${p}: không đọc được / cannot read (${(e as NodeJS.ErrnoException).code ?? 'error'})`); continue; }
    if (st.isDirectory()) {
      const before = out.length;
      walk(p, p, out, errors);
      if (out.length === before) process.stderr.write(`${p}: không có văn bản nào (*.kl.md, *.tb.md, *.ketluan, *.md, *.txt) / no drafts found\n`);
    } else out.push({ path: p, shown: p });
  }
  return out;
}

function walk(root: string, dir: string, out: Target[], errors: string[]) {
  let entries;
  try { entries = readdirSync(dir, { withFileTypes: true }); } catch (e) { errors.push(`${dir}: không đọc được thư mục / cannot read directory (${(e as NodeJS.ErrnoException).code ?? 'error'})`); return; }
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const full = join(dir, e.name);
    if (e.isDirectory()) walk(root, full, out, errors);
    else if (EXTENSIONS.some((x) => e.name.toLowerCase().endsWith(x))) out.push({ path: full, shown: join(root, relative(root, full)) });
  }
}

/** Reads a draft; a file with NUL bytes is binary and skipped. Never throws. */
// The decoder drops a leading byte order mark (Notepad and Word write one); `bom` remembers it so --fix
// writes it back, and `bytes` lets --fix tell whether the file changed on disk meanwhile.
type Draft = { text: string; notUtf8: boolean; bom: boolean; bytes: Buffer };
function readDraft(path: string): Draft | { error: string } | { skip: string } {
  let buf: Buffer;
  try { buf = readFileSync(path); } catch (e) { return { error: `không đọc được / cannot read (${(e as NodeJS.ErrnoException).code ?? 'error'})` }; }
  if (buf.includes(0)) return { skip: 'tệp nhị phân, bỏ qua / binary file, skipped' };
  const bom = buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(buf), notUtf8: false, bom, bytes: buf };
  } catch {
    // Not UTF-8: read byte for byte (Latin-1) so the text can still be checked; legacy-encoding reports it.
    return { text: buf.toString('latin1'), notUtf8: true, bom: false, bytes: buf };
  }
}

const SEVERITY_LABEL: Record<string, string> = { error: 'error', warning: 'warning', information: 'info', hint: 'hint' };

export function main(argv: string[]): number | Promise<number> {
  if (isRegisterCommand(argv[0])) return registerMain(argv);
  if (argv[0] === 'export') return runExport(argv.slice(1));
  if (argv[0] === 'import') return runImport(argv.slice(1));
  let args: Args;
  try { args = parseArgs(argv); }
  catch (e) { process.stderr.write(`ketluan: ${(e as Error).message}\n${USAGE}\n`); return 2; }
  if (args.command === '--version' || args.command === '-v') { process.stdout.write(VERSION + '\n'); return 0; }
  if (args.command === 'help' || args.command === '--help' || args.command === '-h') { process.stdout.write(USAGE + '\n'); return 0; }
  if (args.command === 'rules') {
    if (args.format === 'json') process.stdout.write(JSON.stringify(RULES.map((r) => ({ id: r.id, severity: r.severity, fixable: r.fixable, profiles: r.profiles, title: r.title })), null, 2) + '\n');
    else process.stdout.write(ruleIndexMarkdown() + '\n');
    return 0;
  }
  if (args.command !== 'check' && args.command !== 'inspect') { process.stderr.write(`ketluan: lệnh không hợp lệ / unknown command "${args.command}"\n${USAGE}\n`); return 2; }
  if (!args.paths.length) { process.stderr.write(`ketluan: thiếu tệp cần kiểm tra / no file given\n${USAGE}\n`); return 2; }

  const errors: string[] = [];
  const configs = new ConfigCache();
  const reported = new Set<string>();
  const optionsFor = (file: string): AnalyzeOptions => {
    const { path: cfgPath, config, problems } = configs.get(file);
    let base: AnalyzeOptions = {};
    if (cfgPath) {
      if (!reported.has(cfgPath)) { reported.add(cfgPath); for (const p of problems) process.stderr.write(`ketluan: ${cfgPath}: ${p}\n`); }
      base = toAnalyzeOptions(config);
    }
    return {
      ...base,
      profile: (args.profile as AnalyzeOptions['profile']) ?? base.profile ?? 'auto',
      referenceDate: args.referenceDate ?? base.referenceDate ?? null,
      language: (args.lang as AnalyzeOptions['language']) ?? base.language ?? 'vi',
    };
  };

  if (args.command === 'inspect') {
    if (args.paths.length !== 1) { process.stderr.write(`ketluan: inspect nhận đúng một tệp / takes exactly one file\n`); return 2; }
    const p = args.paths[0];
    if (existsSync(p) && statSync(p).isDirectory()) { process.stderr.write(`ketluan: ${p}: là thư mục, cần một tệp / is a directory\n`); return 2; }
    if (isWordPath(p)) {
      const w = inspectWord(p, optionsFor(p));
      if ('error' in w) { process.stderr.write(`ketluan: ${p}: ${w.error}\n`); return 2; }
      process.stdout.write(JSON.stringify({ tool: 'ketluan', version: VERSION, path: p, ...w.json }, null, 2) + '\n');
      return 0;
    }
    const r = readDraft(p);
    if ('error' in r || 'skip' in r) { process.stderr.write(`ketluan: ${p}: ${'error' in r ? r.error : r.skip}\n`); return 2; }
    const { model } = analyze(r.text, { ...optionsFor(p), notUtf8: r.notUtf8 });
    process.stdout.write(JSON.stringify({ tool: 'ketluan', version: VERSION, path: p, ...inspect(model) }, null, 2) + '\n');
    return 0;
  }

  const targets = collect(args.paths, errors);
  const register = registerForCheck(targets, configs); // spec §10: the drafts given form the register
  const registerFor = viewFromData(register);
  const files: CheckedFile[] = [];
  const cores = typeof availableParallelism === 'function' ? availableParallelism() : cpus().length;
  if (!args.fix && targets.length >= PARALLEL_FROM && cores > 1) {
    return checkInWorkers(targets, args, errors, Math.min(cores, 8), optionsFor, register).then((res) => report(res, args, errors));
  }
  for (const t of targets) {
    if (isWordPath(t.path)) {
      if (args.fix) process.stderr.write(`ketluan: ${t.shown}: --fix không sửa tệp Word, chỉ kiểm tra / --fix does not write Word files\n`);
      const w = checkWordFile(t.path, t.shown, optionsFor(t.path));
      if ('error' in w) errors.push(`${t.shown}: ${w.error}`); else files.push(w.file);
      continue;
    }
    const r = readDraft(t.path);
    if ('error' in r) { errors.push(`${t.shown}: ${r.error}`); continue; }
    if ('skip' in r) { process.stderr.write(`ketluan: ${t.shown}: ${r.skip}\n`); continue; }
    const opts = { ...optionsFor(t.path), notUtf8: r.notUtf8, register: registerFor(t.path) };
    let text = r.text;
    if (args.fix && r.notUtf8) { process.stderr.write(`ketluan: ${t.shown}: không phải UTF-8, không sửa tự động / not UTF-8, not fixed\n`); files.push(checkText(t.shown, text, opts)); continue; }
    if (args.fix) {
      const fixed = applyFixes(text, opts);
      if (fixed.text !== text) {
        if (!readFileSync(t.path).equals(r.bytes)) {
          errors.push(`${t.shown}: tệp đã thay đổi trong lúc sửa, không ghi / file changed on disk, not written`);
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

interface CheckedFile { path: string; profile: string; documentType: string | null; diagnostics: Diag[]; word?: boolean }
interface Diag { rule: string; severity: Finding['severity']; message: string; line: number; column: number; endLine: number; endColumn: number; fixable: boolean; context?: string }

/** Analyses one text; positions are converted here so results can cross thread boundaries. */
function checkText(shown: string, text: string, opts: AnalyzeOptions): CheckedFile {
  const { model, findings, failures } = analyze(text, opts);
  for (const f of failures) process.stderr.write(`ketluan: ${shown}: quy tắc ${f.ruleId} gặp lỗi / rule failed: ${f.error}\n`);
  const diagnostics = findings.map((d) => {
    const s = positionAt(model.src, d.start), e = positionAt(model.src, d.end);
    return { rule: d.ruleId, severity: d.severity, message: d.message, line: s.line + 1, column: s.character + 1, endLine: e.line + 1, endColumn: e.character + 1, fixable: !!d.fix };
  });
  return { path: shown, profile: model.profile, documentType: model.documentType, diagnostics };
}

/** Many files: split them over worker threads (one per core, at most 8); the output order stays the input order. */
const PARALLEL_FROM = 64;
function checkInWorkers(targets: Target[], args: Args, errors: string[], n: number, optionsFor: (f: string) => AnalyzeOptions,
  register: ReturnType<typeof registerData>): Promise<CheckedFile[]> {
  const jobs = targets.map((t, i) => ({ i, path: t.path, shown: t.shown, opts: optionsFor(t.path) }));
  const results: (CheckedFile | null)[] = new Array(jobs.length).fill(null);
  const chunks: (typeof jobs)[] = Array.from({ length: n }, () => []);
  jobs.forEach((j, k) => chunks[k % n].push(j));
  return Promise.all(chunks.filter((c) => c.length).map((chunk) => new Promise<void>((resolve) => {
    const w = new Worker(__filename, { workerData: { ketluanJobs: chunk, ketluanRegister: register } });
    w.on('message', (m: { i: number; file?: CheckedFile; error?: string; skip?: string; shown: string }) => {
      if (m.file) results[m.i] = m.file;
      else if (m.error) errors.push(`${m.shown}: ${m.error}`);
      else if (m.skip) process.stderr.write(`ketluan: ${m.shown}: ${m.skip}\n`);
    });
    w.on('error', (e) => { errors.push(`worker: ${e.message}`); resolve(); });
    w.on('exit', () => resolve());
  }))).then(() => results.filter((r): r is CheckedFile => r !== null));
}

if (!isMainThread && workerData?.ketluanJobs) {
  const registerFor = viewFromData(workerData.ketluanRegister);
  for (const j of workerData.ketluanJobs as { i: number; path: string; shown: string; opts: AnalyzeOptions }[]) {
    if (isWordPath(j.path)) {
      const w = checkWordFile(j.path, j.shown, j.opts);
      parentPort!.postMessage('error' in w ? { i: j.i, shown: j.shown, error: w.error } : { i: j.i, shown: j.shown, file: w.file });
      continue;
    }
    const r = readDraft(j.path);
    if ('error' in r) parentPort!.postMessage({ i: j.i, shown: j.shown, error: r.error });
    else if ('skip' in r) parentPort!.postMessage({ i: j.i, shown: j.shown, skip: r.skip });
    else parentPort!.postMessage({ i: j.i, shown: j.shown, file: checkText(j.shown, r.text, { ...j.opts, notUtf8: r.notUtf8, register: registerFor(j.path) }) });
  }
}

function report(files: CheckedFile[], args: Args, errors: string[]): number {
  for (const e of errors) process.stderr.write(`ketluan: ${e}\n`);

  const root = docsRoot(__dirname);
  if (args.format === 'json') {
    const out = {
      tool: 'ketluan', version: VERSION,
      files: files.map((f) => ({
        path: f.path, profile: f.profile, documentType: f.documentType,
        diagnostics: f.diagnostics,
      })),
    };
    process.stdout.write(JSON.stringify(out, null, 2) + '\n');
  } else if (args.format === 'sarif') {
    const used = RULES;
    const sarif = {
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0',
      runs: [{
        tool: { driver: { name: 'ketluan', version: VERSION, informationUri: ruleDocUri(root, 'README').replace('/rules/README.md', '/README.md'),
          rules: used.map((r) => ({ id: r.id, shortDescription: { text: r.title.vi }, fullDescription: { text: r.title.en }, helpUri: ruleDocUri(root, r.id),
            defaultConfiguration: { level: sarifLevel(r.severity) }, properties: { fixable: r.fixable } })) } },
        results: files.flatMap((f) => f.diagnostics.map((d) => ({
          ruleId: d.rule, ruleIndex: used.findIndex((r) => r.id === d.rule), level: sarifLevel(d.severity), message: { text: d.message },
          locations: [{ physicalLocation: { artifactLocation: { uri: f.path.split('\\').join('/') }, region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn, ...(d.context ? { snippet: { text: d.context } } : {}) } } }],
        }))),
      }],
    };
    process.stdout.write(JSON.stringify(sarif, null, 2) + '\n');
  } else {
    const count = { error: 0, warning: 0, information: 0, hint: 0 };
    for (const f of files) for (const d of f.diagnostics) {
      count[d.severity]++;
      process.stdout.write(`${f.path}:${f.word ? '¶' : ''}${d.line}:${d.column} ${SEVERITY_LABEL[d.severity]} ${d.rule} ${d.message}\n`);
    }
    process.stdout.write(`${count.error} errors, ${count.warning} warnings, ${count.information + count.hint} infos in ${files.length} files\n`);
  }
  if (errors.length) return 2;
  return files.some((f) => f.diagnostics.some((d) => d.severity === 'error')) ? 1 : 0;
}

function sarifLevel(s: string): string {
  return s === 'error' ? 'error' : s === 'warning' ? 'warning' : 'note';
}


