// Options of the command line (server/src/cli/args.ts): every form an option may take, and the message and
// exit code of each usage error in both languages. The CLI itself is run in cli.test.ts (built) and
// cli-inprocess.test.ts (from source).
import { describe, it, expect } from 'vitest';
import { parseArgs, langOf, helpText, UsageError, HELP } from '../server/src/cli/args';

/** The usage error parseArgs throws for argv, as [Vietnamese, English]. */
function usage(argv: string[]): [string, string] | null {
  try {
    parseArgs(argv);
    return null;
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    return [e.vi, e.en];
  }
}

describe('langOf: the language of messages, read before the options are checked', () => {
  it.each([
    [['check', '--lang', 'en', 'a.md'], 'en'],
    [['check', '--language', 'en', 'a.md'], 'en'],
    [['check', '--lang=en', 'a.md'], 'en'],
    [['check', '--language=en', 'a.md'], 'en'],
    [['check', 'a.md', '--lang', 'en'], 'en'],
    // near misses
    [['check', '--lang', 'vi', 'a.md'], 'vi'],
    [['check', '--lang'], 'vi'],
    [['check', 'en'], 'vi'],
    [['check', '--lang=vi', 'en'], 'vi'],
    [['check', '--langs', 'en'], 'vi'],
    [[], 'vi'],
  ])('%j → %s', (argv, lang) => {
    expect(langOf(argv)).toBe(lang);
  });
});

describe('parseArgs: accepted forms', () => {
  it('defaults: text output, no fix, no help, no paths', () => {
    expect(parseArgs(['check'])).toEqual({
      command: 'check',
      format: 'text',
      fix: false,
      help: false,
      passThrough: [],
      paths: [],
    });
    expect(parseArgs([]).command).toBe('');
  });
  it('value options: "--x v", "--x=v" and -f', () => {
    const a = parseArgs([
      'check',
      '--format',
      'json',
      '--profile=hd36',
      '--reference-date',
      '2026-05-27',
      '--lang=en',
      'a.md',
    ]);
    expect(a).toMatchObject({
      format: 'json',
      profile: 'hd36',
      referenceDate: '2026-05-27',
      lang: 'en',
      paths: ['a.md'],
    });
    expect(parseArgs(['check', '-f', 'sarif', 'a.md']).format).toBe('sarif');
    expect(parseArgs(['check', '--language', 'vi', 'a.md']).lang).toBe('vi');
    expect(parseArgs(['check', '--format=text', 'a.md']).format).toBe('text');
  });
  it('"--profile auto" and each regime are accepted', () => {
    for (const p of ['auto', 'hd36', 'hd05', 'nd30']) expect(parseArgs(['check', '--profile', p, 'a']).profile).toBe(p);
  });
  it('flags: --fix, --help, -h; "-" is standard input (a path), in any place', () => {
    expect(parseArgs(['check', '--fix', 'a.md']).fix).toBe(true);
    expect(parseArgs(['check', '--help']).help).toBe(true);
    expect(parseArgs(['check', '-h']).help).toBe(true);
    expect(parseArgs(['check', '-', 'b.md']).paths).toEqual(['-', 'b.md']);
    expect(parseArgs(['check', 'a.md', '-']).paths).toEqual(['a.md', '-']);
  });
  it('lsp passes its transport options on, and only lsp does', () => {
    expect(parseArgs(['lsp', '--stdio']).passThrough).toEqual(['--stdio']);
    expect(parseArgs(['lsp', '--node-ipc']).passThrough).toEqual(['--node-ipc']);
    expect(parseArgs(['lsp', '--socket=5000', '--clientProcessId=12']).passThrough).toEqual([
      '--socket=5000',
      '--clientProcessId=12',
    ]);
    expect(parseArgs(['lsp', '--pipe=/tmp/p']).passThrough).toEqual(['--pipe=/tmp/p']);
    expect(usage(['check', '--stdio', 'a.md'])).toEqual([
      'tùy chọn không hợp lệ: --stdio',
      'unknown option: --stdio',
    ]);
  });
});

describe('parseArgs: usage errors, in both languages', () => {
  it.each([
    [['check', '--frobnicate'], 'tùy chọn không hợp lệ: --frobnicate', 'unknown option: --frobnicate'],
    [['check', '-x', 'a.md'], 'tùy chọn không hợp lệ: -x', 'unknown option: -x'],
    [['check', '--format'], '--format cần một giá trị', '--format needs a value'],
    [['check', '--profile'], '--profile cần một giá trị', '--profile needs a value'],
    [
      ['check', '--format', 'xml', 'a.md'],
      '--format phải là text, json hoặc sarif: xml',
      '--format must be text, json or sarif: xml',
    ],
    [
      ['check', '--format=', 'a.md'],
      '--format phải là text, json hoặc sarif: ',
      '--format must be text, json or sarif: ',
    ],
    [
      ['check', '--profile', 'hd99', 'a.md'],
      '--profile phải là auto, hd36, hd05 hoặc nd30: hd99',
      '--profile must be auto, hd36, hd05 or nd30: hd99',
    ],
    [
      ['check', '--reference-date', '2023-02-31', 'a.md'],
      '--reference-date phải là ngày có thật dạng YYYY-MM-DD: 2023-02-31',
      '--reference-date must be a real date YYYY-MM-DD: 2023-02-31',
    ],
    [
      ['check', '--reference-date', '31/01/2023', 'a.md'],
      '--reference-date phải là ngày có thật dạng YYYY-MM-DD: 31/01/2023',
      '--reference-date must be a real date YYYY-MM-DD: 31/01/2023',
    ],
    [['check', '--lang', 'fr', 'a.md'], '--lang phải là vi hoặc en: fr', '--lang must be vi or en: fr'],
  ])('%j', (argv, vi, en) => {
    expect(usage(argv)).toEqual([vi, en]);
  });
  it('near misses: valid values give no usage error', () => {
    expect(usage(['check', '--reference-date', '2024-02-29', 'a.md'])).toBeNull();
    expect(usage(['check', '--lang', 'vi', 'a.md'])).toBeNull();
    expect(usage(['check', '--lang', 'en', 'a.md'])).toBeNull();
    expect(usage(['check', '--format', 'sarif', 'a.md'])).toBeNull();
  });
});

describe('help texts', () => {
  it('each command has its help in both languages; an unknown one gets the overview', () => {
    for (const [cmd, [vi, en]] of Object.entries(HELP)) {
      expect(helpText(cmd, 'vi')).toBe(vi);
      expect(helpText(cmd, 'en')).toBe(en);
    }
    expect(helpText('nope', 'vi')).toBe(HELP[''][0]);
    expect(helpText('', 'en')).toMatch(/^Usage:\n {2}ketluan check \[--format text\|json\|sarif\]/);
  });
  it('the overview and check help give the exit codes; check names standard input', () => {
    expect(helpText('', 'vi')).toMatch(
      /Mã thoát: 0 không có lỗi, 1 có lỗi mức "error", 2 dùng sai lệnh hoặc không đọc được tệp\.$/,
    );
    expect(helpText('', 'en')).toMatch(/Exit codes: 0 no errors, 1 error-level findings, 2 bad usage or unreadable/);
    expect(helpText('check', 'vi')).toMatch(/^Cách dùng: ketluan check .*\n.*<tệp\|thư mục\|->/);
    expect(helpText('check', 'vi')).toMatch(/\n"-" đọc văn bản từ đầu vào chuẩn/);
    expect(helpText('check', 'en')).toMatch(/<file\|dir\|->\.\.\.\n/);
    expect(helpText('', 'en')).toMatch(/ketluan export \[--format docx\|html\].*\n.*\[--out FILE\] <draft>/);
  });
});
