// Option parsing and help texts of the command line. Each subcommand declares the options it takes;
// `ketluan <command> --help` and `ketluan help <command>` print its help.
import { isProfileId } from '../core/profiles';
import { parseIso } from '../core/dates';

export type Lang = 'vi' | 'en';

export class UsageError extends Error {
  constructor(
    readonly vi: string,
    readonly en: string,
  ) {
    super(vi);
  }
}

export interface Args {
  command: string;
  format: string;
  profile?: string;
  referenceDate?: string;
  fix: boolean;
  lang?: Lang;
  help: boolean;
  /** Options meant for another program (`lsp --stdio`), kept as given. */
  passThrough: string[];
  paths: string[];
}

/** The language of messages before the options are fully read: `--lang en` anywhere on the line. */
export function langOf(argv: string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    if ((argv[i] === '--lang' || argv[i] === '--language') && argv[i + 1] === 'en') return 'en';
    if (argv[i] === '--lang=en' || argv[i] === '--language=en') return 'en';
  }
  return 'vi';
}

const VALUE_OPTIONS: Record<string, keyof Args> = {
  '--format': 'format',
  '-f': 'format',
  '--profile': 'profile',
  '--reference-date': 'referenceDate',
  '--lang': 'lang',
  '--language': 'lang',
};
const LSP_TRANSPORTS = ['--stdio', '--node-ipc'];

export function parseArgs(argv: string[]): Args {
  const a: Args = { command: argv[0] ?? '', format: 'text', fix: false, help: false, passThrough: [], paths: [] };
  for (let i = 1; i < argv.length; i++) {
    const x = argv[i];
    const eq = x.startsWith('--') ? x.indexOf('=') : -1;
    const name = eq > 0 ? x.slice(0, eq) : x;
    const key = VALUE_OPTIONS[name];
    if (key) {
      const v = eq > 0 ? x.slice(eq + 1) : argv[++i];
      if (v === undefined) throw new UsageError(`${x} cần một giá trị`, `${x} needs a value`);
      (a as unknown as Record<string, unknown>)[key] = v;
    } else if (x === '--fix') a.fix = true;
    else if (x === '--help' || x === '-h') a.help = true;
    else if (
      a.command === 'lsp' &&
      (LSP_TRANSPORTS.includes(name) ||
        name.startsWith('--socket') ||
        name.startsWith('--pipe') ||
        name.startsWith('--clientProcessId'))
    )
      a.passThrough.push(x);
    else if (x.startsWith('-') && x !== '-') {
      throw new UsageError(`tùy chọn không hợp lệ: ${x}`, `unknown option: ${x}`);
    } else a.paths.push(x);
  }
  if (!['text', 'json', 'sarif'].includes(a.format)) {
    throw new UsageError(
      `--format phải là text, json hoặc sarif: ${a.format}`,
      `--format must be text, json or sarif: ${a.format}`,
    );
  }
  if (a.profile && a.profile !== 'auto' && !isProfileId(a.profile)) {
    throw new UsageError(
      `--profile phải là auto, hd36, hd05 hoặc nd30: ${a.profile}`,
      `--profile must be auto, hd36, hd05 or nd30: ${a.profile}`,
    );
  }
  if (a.referenceDate && !parseIso(a.referenceDate)) {
    throw new UsageError(
      `--reference-date phải là ngày có thật dạng YYYY-MM-DD: ${a.referenceDate}`,
      `--reference-date must be a real date YYYY-MM-DD: ${a.referenceDate}`,
    );
  }
  if (a.lang !== undefined && a.lang !== 'vi' && a.lang !== 'en') {
    throw new UsageError(`--lang phải là vi hoặc en: ${a.lang}`, `--lang must be vi or en: ${a.lang}`);
  }
  return a;
}

const CHECK_LINE = `ketluan check [--format text|json|sarif] [--profile auto|hd36|hd05|nd30]
                [--reference-date YYYY-MM-DD] [--lang vi|en] [--fix] <tệp|thư mục|->...`;

const EXPORT_LINE = `ketluan export [--format docx|html] [--profile auto|hd36|hd05|nd30]
                 [--reference-date YYYY-MM-DD] [--out TỆP] <văn bản>`.replace(/^/, '  ');

/** Help texts: [Vietnamese, English] per subcommand; '' is the overview. */
export const HELP: Record<string, [string, string]> = {
  '': [
    `Cách dùng:
  ${CHECK_LINE}
  ketluan inspect --format json <tệp|->
  ketluan rules [--format json]
  ketluan lsp --stdio                 (máy chủ ngôn ngữ cho trình soạn thảo)
${EXPORT_LINE}
  ketluan import [--out TỆP] <tệp.docx>          (tệp Word → bản nháp)
  ketluan register|tasks [--format json|csv|md] [--today YYYY-MM-DD] [--check] <thư mục>...
  ketluan <lệnh> --help               (hướng dẫn từng lệnh)
Mã thoát: 0 không có lỗi, 1 có lỗi mức "error", 2 dùng sai lệnh hoặc không đọc được tệp.`,
    `Usage:
  ${CHECK_LINE.replace('<tệp|thư mục|->', '<file|dir|->')}
  ketluan inspect --format json <file|->
  ketluan rules [--format json]
  ketluan lsp --stdio                 (language server for editors)
${EXPORT_LINE.replace('TỆP', 'FILE').replace('<văn bản>', '<draft>')}
  ketluan import [--out FILE] <file.docx>        (Word file → text draft)
  ketluan register|tasks [--format json|csv|md] [--today YYYY-MM-DD] [--check] <dir>...
  ketluan <command> --help            (help on one command)
Exit codes: 0 no errors, 1 error-level findings, 2 bad usage or unreadable input.`,
  ],
  check: [
    `Cách dùng: ${CHECK_LINE}
Kiểm tra văn bản; thư mục được duyệt tìm *.kl.md, *.tb.md, *.ketluan, *.md, *.txt.
"-" đọc văn bản từ đầu vào chuẩn (cấu hình .ketluan.json tìm từ thư mục hiện tại).
  --format text|json|sarif   dạng kết quả (mặc định text: mỗi lỗi một dòng, rồi dòng tổng kết)
  --profile …                chế độ thể thức (mặc định auto: theo ngày và loại văn bản)
  --reference-date Y-M-D     ngày dùng khi văn bản chưa ghi ngày
  --lang vi|en               ngôn ngữ thông báo (mặc định vi)
  --fix                      áp dụng các sửa tự động an toàn và ghi lại tệp
Mã thoát: 0 không có lỗi, 1 có lỗi mức "error", 2 dùng sai lệnh, không đọc được tệp
hoặc tệp cấu hình sai.`,
    `Usage: ${CHECK_LINE.replace('<tệp|thư mục|->', '<file|dir|->')}
Checks drafts; directories are walked for *.kl.md, *.tb.md, *.ketluan, *.md, *.txt.
"-" reads a draft from standard input (.ketluan.json is looked up from the current folder).
  --format text|json|sarif   output (default text: one line per finding, then a summary line)
  --profile …                format regime (default auto: by the draft's date and kind)
  --reference-date Y-M-D     date used for a draft with no date
  --lang vi|en               message language (default vi)
  --fix                      apply the safe automatic fixes and write the files
Exit codes: 0 no errors, 1 error-level findings, 2 bad usage, unreadable input or a broken config file.`,
  ],
  inspect: [
    `Cách dùng: ketluan inspect --format json <tệp|->
In mô hình văn bản đã phân tích (phần đầu, đề mục, viện dẫn, nơi nhận, chữ ký) dạng JSON.`,
    `Usage: ketluan inspect --format json <file|->
Prints the parsed document model (header, sections, citations, recipients, signature) as JSON.`,
  ],
  rules: [
    `Cách dùng: ketluan rules [--format json]
In bảng các quy tắc (mã, mức độ, sửa tự động, chế độ).`,
    `Usage: ketluan rules [--format json]
Prints the rule index (id, severity, fix, profiles).`,
  ],
  lsp: [
    `Cách dùng: ketluan lsp --stdio
Chạy máy chủ ngôn ngữ (LSP) qua đầu vào/ra chuẩn, cho Neovim, Helix, Emacs, Sublime Text…
(cũng có lệnh riêng: ketluan-language-server --stdio).`,
    `Usage: ketluan lsp --stdio
Runs the language server (LSP) over standard input/output, for Neovim, Helix, Emacs, Sublime Text…
(also available as: ketluan-language-server --stdio).`,
  ],
};

export function helpText(command: string, lang: Lang): string {
  const h = HELP[command] ?? HELP[''];
  return h[lang === 'en' ? 1 : 0];
}
