// ketluan register / ketluan tasks (spec §10), and the register that `ketluan check` gives its rules.
//   ketluan register [--format json|csv|md] [--check] <dir>...
//   ketluan tasks [--format json|csv|md] [--today YYYY-MM-DD] [--check] <dir>...
import { readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { analyze, positionAt, type AnalyzeOptions } from '../core';
import { parseIso, today as todayYmd, toIso } from '../core/dates';
import { Register, viewOf, type RegisterEntry, type RegisterView } from '../core/register';
import { ConfigCache, toAnalyzeOptions } from '../shared/config';
import { indexFileSync, readerFor, walkSync } from '../shared/register-files';
import { summaryLine, type Counts } from './summary';

const FORMATS = ['json', 'csv', 'md'];
const USAGE = `Cách dùng / usage:
  ketluan register [--format json|csv|md] [--check] <thư mục|tệp>...
  ketluan tasks [--format json|csv|md] [--today YYYY-MM-DD] [--check] <thư mục|tệp>...`;

interface Args {
  command: 'register' | 'tasks';
  format: string;
  today: string | null;
  check: boolean;
  lang: string | null;
  paths: string[];
}

export function isRegisterCommand(cmd: string | undefined): boolean {
  return cmd === 'register' || cmd === 'tasks';
}

/** A target of the CLI: the file's path and the path shown to the user (as given, or joined to the folder given). */
export interface Shown {
  path: string;
  shown: string;
}

/** Every draft under the given files and folders, as `check` lists them. */
export function targetsOf(paths: string[], errors: string[]): Shown[] {
  const out: Shown[] = [];
  for (const p of paths) {
    let dir: boolean;
    try {
      dir = statSync(p).isDirectory();
    } catch (e) {
      errors.push(`${p}: không đọc được / cannot read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
      continue;
    }
    if (dir) for (const f of walkSync(p)) out.push({ path: f, shown: join(p, relative(p, f)) });
    else if (readerFor(p)) out.push({ path: p, shown: p });
  }
  return out;
}

/** The register of a set of targets (read once more than the check itself: the rules need it whole first). */
export function registerOf(targets: Shown[], configs = new ConfigCache()): Register {
  const reg = new Register();
  for (const t of targets) {
    const d = indexFileSync(t.path, t.shown);
    if (d) reg.set(d);
  }
  reg.termStart = targets.length ? (configs.get(targets[0].path).config.office?.termStart ?? null) : null;
  return reg;
}

/**
 * What `check` gives its rules: the register of the drafts it checks, as plain data. One draft alone has no
 * other document to be compared with, so it is not read twice.
 */
export function registerForCheck(
  targets: Shown[],
  configs: ConfigCache,
): { entries: RegisterEntry[]; termStart: string | null } {
  return registerData(targets.length > 1 ? registerOf(targets, configs) : new Register());
}

/** The plain form given to worker threads, and the view rebuilt from it for one file. */
export function registerData(reg: Register): { entries: RegisterEntry[]; termStart: string | null } {
  return { entries: reg.entries(), termStart: reg.termStart };
}
export function viewFromData(data: {
  entries: RegisterEntry[];
  termStart: string | null;
}): (file: string) => RegisterView {
  const base = viewOf(data.entries, null, data.termStart);
  return (file) => ({ ...base, self: file });
}

function parseArgs(argv: string[]): Args {
  const a: Args = {
    command: argv[0] as Args['command'],
    format: 'md',
    today: null,
    check: false,
    lang: null,
    paths: [],
  };
  for (let i = 1; i < argv.length; i++) {
    const x = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${x} cần một giá trị / needs a value`);
      return v;
    };
    if (x === '--format' || x === '-f') a.format = value();
    else if (x.startsWith('--format=')) a.format = x.slice(9);
    else if (x === '--today') a.today = value();
    else if (x.startsWith('--today=')) a.today = x.slice(8);
    else if (x === '--lang' || x === '--language') a.lang = value();
    else if (x === '--check') a.check = true;
    else if (x.startsWith('-') && x !== '-') throw new Error(`tùy chọn không hợp lệ / unknown option: ${x}`);
    else a.paths.push(x);
  }
  if (!FORMATS.includes(a.format))
    throw new Error(`--format phải là json, csv hoặc md / must be json, csv or md: ${a.format}`);
  if (a.today !== null && !parseIso(a.today))
    throw new Error(`--today phải là ngày dạng YYYY-MM-DD / must be a date YYYY-MM-DD: ${a.today}`);
  if (a.command === 'register' && a.today !== null) throw new Error('--today chỉ dùng với tasks / only for tasks');
  if (a.lang && a.lang !== 'vi' && a.lang !== 'en')
    throw new Error(`--lang phải là vi hoặc en / must be vi or en: ${a.lang}`);
  if (!a.paths.length) throw new Error('thiếu thư mục / no folder given');
  return a;
}

export function registerMain(argv: string[]): number {
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (e) {
    process.stderr.write(`ketluan: ${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const errors: string[] = [];
  const targets = targetsOf(args.paths, errors);
  const configs = new ConfigCache();
  const reg = registerOf(targets, configs);
  const today = args.today ?? toIso(todayYmd());
  let rows: Record<string, string | number | boolean | null>[];
  let key: string;
  if (args.command === 'register') {
    key = 'documents';
    rows = reg.entries().map((e) => ({
      number: e.number,
      typeCode: e.typeCode,
      issuerCode: e.issuerCode,
      date: e.date,
      title: e.title,
      path: e.name,
    }));
  } else {
    key = 'tasks';
    rows = reg.tasks().map((t) => ({
      document: t.document,
      assignee: t.assignee,
      task: t.task,
      deadline: t.deadline,
      overdue: t.deadline !== null && t.deadline < today,
      path: t.name,
      line: t.line + 1,
    }));
  }
  process.stdout.write(format(args.format, key, rows, args.command === 'tasks' ? today : null));
  let worst = 0;
  if (args.check) worst = checkAll(targets, reg, configs, args.lang);
  for (const e of errors) process.stderr.write(`ketluan: ${e}\n`);
  return errors.length ? 2 : worst;
}

/**
 * --check: findings go to stderr, one line each as `check --format text` writes them, then the same summary line
 * as `check` (Vietnamese unless --lang en or every file's config says English); 1 when an error is found.
 */
function checkAll(targets: Shown[], reg: Register, configs: ConfigCache, lang: string | null): number {
  const counts: Counts = { error: 0, warning: 0, information: 0, hint: 0 };
  let english = targets.length > 0;
  for (const t of targets) {
    const reader = readerFor(t.path);
    let text: string | null = null;
    try {
      text = reader ? reader.read(t.path, readFileSync(t.path)) : null;
    } catch {
      text = null;
    }
    if (text === null) continue;
    const { config } = configs.get(t.path);
    const opts: AnalyzeOptions = { ...toAnalyzeOptions(config), register: reg.view(t.path) };
    if (lang) opts.language = lang as 'vi' | 'en';
    if (opts.language !== 'en') english = false;
    const { model, findings } = analyze(text, opts);
    for (const f of findings) {
      const p = positionAt(model.src, f.start);
      counts[f.severity]++;
      const label = f.severity === 'information' ? 'info' : f.severity;
      process.stderr.write(`${t.shown}:${p.line + 1}:${p.character + 1} ${label} ${f.ruleId} ${f.message}\n`);
    }
  }
  process.stderr.write(summaryLine(counts, targets.length, lang === 'en' || (!lang && english) ? 'en' : 'vi') + '\n');
  return counts.error ? 1 : 0;
}

const HEADERS: Record<string, [string, string][]> = {
  documents: [
    ['number', 'Số, ký hiệu'],
    ['date', 'Ngày'],
    ['title', 'Trích yếu'],
    ['path', 'Tệp'],
  ],
  tasks: [
    ['assignee', 'Cơ quan thực hiện'],
    ['task', 'Nhiệm vụ'],
    ['deadline', 'Thời hạn'],
    ['overdue', 'Quá hạn'],
    ['document', 'Văn bản'],
    ['path', 'Tệp'],
    ['line', 'Dòng'],
  ],
};

function format(
  fmt: string,
  key: string,
  rows: Record<string, string | number | boolean | null>[],
  today: string | null,
): string {
  if (fmt === 'json') return JSON.stringify({ [key]: rows }, null, 2) + '\n';
  if (fmt === 'csv') {
    const cols = rows.length
      ? Object.keys(rows[0])
      : key === 'documents'
        ? ['number', 'typeCode', 'issuerCode', 'date', 'title', 'path']
        : ['document', 'assignee', 'task', 'deadline', 'overdue', 'path', 'line'];
    const cell = (v: unknown) => {
      const s = v === null || v === undefined ? '' : String(v);
      return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
    };
    return [cols.join(','), ...rows.map((r) => cols.map((c) => cell(r[c])).join(','))].join('\r\n') + '\r\n';
  }
  const head = HEADERS[key];
  const esc = (v: unknown) =>
    (v === null || v === undefined ? '—' : v === true ? '**quá hạn**' : v === false ? '' : String(v))
      .replace(/\|/g, '\\|')
      .replace(/\n/g, ' ');
  const lines = [
    key === 'documents'
      ? `# Sổ đăng ký văn bản (${rows.length})`
      : `# Nhiệm vụ được giao (${rows.length}), tính đến ngày ${today}`,
    '',
    `| ${head.map((h) => h[1]).join(' | ')} |`,
    `|${head.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${head.map((h) => esc(r[h[0]])).join(' | ')} |`),
  ];
  return lines.join('\n') + '\n';
}
