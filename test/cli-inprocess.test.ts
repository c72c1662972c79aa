// The CLI run in this process, from its source (server/src/cli), with its output captured: the same contract as
// cli.test.ts and cli-conventions.test.ts (which run the built bin/ketluan.js in a child process, as a user does),
// read here so that mutation testing (`npm run mutation`), which changes the source, sees what the CLI prints and
// which exit code it gives. Paths are absolute: the CLI prints them as given.
import { describe, it, expect, beforeAll } from 'vitest';
import { mkdtempSync, writeFileSync, readFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { main } from '../server/src/cli/main';
import { helpText } from '../server/src/cli/args';
import { buildDocx } from './docx-build';
import { cleanParty } from './docx-samples';

interface Run {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs `ketluan <argv>` in this process and returns the exit code and what it wrote. */
async function cli(argv: string[]): Promise<Run> {
  let stdout = '',
    stderr = '';
  const out = process.stdout.write,
    err = process.stderr.write;
  process.stdout.write = ((s: string | Uint8Array) => ((stdout += String(s)), true)) as typeof out;
  process.stderr.write = ((s: string | Uint8Array) => ((stderr += String(s)), true)) as typeof err;
  try {
    const status = await main(argv);
    return { status, stdout, stderr };
  } finally {
    process.stdout.write = out;
    process.stderr.write = err;
  }
}
const lastLine = (s: string) => s.trim().split('\n').pop();

const FIXTURES = join(__dirname, 'fixtures');
const CLEAN_PATH = join(FIXTURES, 'clean-hd05.kl.md');
const CLEAN = readFileSync(CLEAN_PATH, 'utf8');
const BAD = CLEAN.replace('T/M BAN THƯỜNG VỤ', 'TM. BAN THƯỜNG VỤ').replace(
  '- Lưu Văn phòng Đảng ủy.',
  '- Lưu Văn phòng Đảng ủy',
);
const REGISTER = join(FIXTURES, 'register');
/** A register fixture as the CLI prints it: the folder was given as an absolute path. */
const reg = (name: string) => join(REGISTER, name);

let dir: string, bad: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ketluan-inproc-'));
  bad = join(dir, 'bad.kl.md');
  writeFileSync(bad, BAD);
});

describe('check: findings, summary line, exit code', () => {
  it('a clean draft: no finding, the Vietnamese summary, exit 0', async () => {
    const r = await cli(['check', CLEAN_PATH]);
    expect(r).toEqual({ status: 0, stdout: '0 lỗi, 0 cảnh báo, 0 thông tin trong 1 tệp\n', stderr: '' });
  });
  it('an error and a warning: one line each "path:line:column severity rule message", exit 1', async () => {
    const r = await cli(['check', bad]);
    expect(r.status).toBe(1);
    expect(r.stdout.split('\n')).toEqual([
      `${bad}:33:42 error signature-authority-invalid Văn bản Đảng viết "T/M" (có dấu gạch chéo), không viết "TM." ` +
        'như văn bản nhà nước.',
      `${bad}:38:23 warning recipients-archive-format Dòng lưu văn bản kết thúc bằng dấu chấm ".": ` +
        '"- Lưu Văn phòng Đảng ủy".',
      '1 lỗi, 1 cảnh báo, 0 thông tin trong 1 tệp',
      '',
    ]);
  });
  it('English with --lang en, the summary counting each severity', async () => {
    const r = await cli(['check', '--lang', 'en', bad]);
    expect(r.stdout.split('\n')[0]).toBe(
      `${bad}:33:42 error signature-authority-invalid A Party document writes "T/M" (with a slash), not the state ` +
        'form "TM.".',
    );
    expect(lastLine(r.stdout)).toBe('1 errors, 1 warnings, 0 infos in 1 files');
  });
  it('a warning alone exits 0; hints and information are counted on their own', async () => {
    const d = mkdtempSync(join(tmpdir(), 'ketluan-inproc-hint-'));
    writeFileSync(join(d, '.ketluan.json'), JSON.stringify({ rules: { 'signature-authority-invalid': 'hint' } }));
    writeFileSync(join(d, 'hint.kl.md'), BAD);
    const r = await cli(['check', join(d, 'hint.kl.md')]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/:33:42 hint signature-authority-invalid /);
    expect(lastLine(r.stdout)).toBe('0 lỗi, 1 cảnh báo, 0 thông tin, 1 gợi ý trong 1 tệp');
    const en = await cli(['check', '--lang=en', join(d, 'hint.kl.md')]);
    expect(lastLine(en.stdout)).toBe('0 errors, 1 warnings, 0 infos, 1 hints in 1 files');
  });
  it('a folder: the register rules across its drafts, every severity in the summary', async () => {
    const r = await cli(['check', REGISTER]);
    expect(r.status).toBe(1);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toContain(
      `${reg('kl-05-trung-so.kl.md')}:11:131 error register-citation-mismatch Thông báo số 1246-TB/TU trong sổ đăng ` +
        `ký có ngày 25/4/2025 (${reg('tb-1246-chuyen-doi-so.tb.md')}), ở đây ghi ngày 26/4/2025.`,
    );
    expect(lines).toContain(
      `${reg('kl-moi.kl.md')}:6:1 hint implementation-section Kết luận thường có phần "Tổ chức thực hiện" giao việc ` +
        'cho từng cơ quan và nêu cơ quan theo dõi, đôn đốc.',
    );
    expect(lines.pop()).toBe('6 lỗi, 0 cảnh báo, 2 thông tin, 2 gợi ý trong 5 tệp');
  });
});

describe('check: JSON and SARIF', () => {
  it('JSON: tool, version, each file with its profile, type and diagnostics (1-based, end exclusive)', async () => {
    const r = await cli(['check', '--format', 'json', bad]);
    expect(r.status).toBe(1);
    const j = JSON.parse(r.stdout);
    expect(j.tool).toBe('ketluan');
    expect(j.version).toBe('0.1.0');
    expect(j.files).toHaveLength(1);
    expect(j.files[0]).toMatchObject({ path: bad, profile: 'hd05', documentType: 'KL' });
    expect(j.files[0].diagnostics).toEqual([
      {
        rule: 'signature-authority-invalid',
        severity: 'error',
        message: 'Văn bản Đảng viết "T/M" (có dấu gạch chéo), không viết "TM." như văn bản nhà nước.',
        line: 33,
        column: 42,
        endLine: 33,
        endColumn: 45,
        fixable: true,
      },
      {
        rule: 'recipients-archive-format',
        severity: 'warning',
        message: 'Dòng lưu văn bản kết thúc bằng dấu chấm ".": "- Lưu Văn phòng Đảng ủy".',
        line: 38,
        column: 23,
        endLine: 38,
        endColumn: 24,
        fixable: true,
      },
    ]);
  });
  it('SARIF 2.1.0: levels error / warning / note (information and hints), regions, one rule per id', async () => {
    const r = await cli(['check', '--format', 'sarif', REGISTER]);
    const s = JSON.parse(r.stdout);
    expect(s.version).toBe('2.1.0');
    const run = s.runs[0];
    expect(run.tool.driver.name).toBe('ketluan');
    const levels = run.results.map((x: { ruleId: string; level: string }) => `${x.ruleId} ${x.level}`);
    expect(levels.slice(0, 4)).toEqual([
      'register-number-duplicate error',
      'implementation-section note',
      'citation-incomplete note',
      'register-citation-mismatch error',
    ]);
    expect(run.results[3].locations[0].physicalLocation.region).toEqual({
      startLine: 11,
      startColumn: 131,
      endLine: 11,
      endColumn: 140,
    });
    const rules = run.tool.driver.rules as { id: string; helpUri: string; defaultConfiguration: { level: string } }[];
    expect(new Set(rules.map((x) => x.id)).size).toBe(rules.length);
    const sig = rules.find((x) => x.id === 'signature-authority-invalid')!;
    expect(sig.helpUri).toMatch(/^https:\/\/.*\/docs\/rules\/signature-authority-invalid\.md$/);
    expect(sig.defaultConfiguration.level).toBe('error');
  });
  it('SARIF of a warning is "warning", and of a clean draft has no result', async () => {
    const w = JSON.parse((await cli(['check', '--format', 'sarif', bad])).stdout).runs[0].results;
    expect(w.map((x: { level: string }) => x.level)).toEqual(['error', 'warning']);
    const c = await cli(['check', '--format', 'sarif', CLEAN_PATH]);
    expect(c.status).toBe(0);
    expect(JSON.parse(c.stdout).runs[0].results).toEqual([]);
  });
});

describe('check: options and --fix', () => {
  it('--profile forces the regime', async () => {
    const j = JSON.parse((await cli(['check', '--profile', 'hd36', '--format', 'json', CLEAN_PATH])).stdout);
    expect(j.files[0].profile).toBe('hd36');
    expect(j.files[0].diagnostics.filter((d: { rule: string }) => d.rule === 'recipients-item-format')).toHaveLength(4);
  });
  it('--fix writes the safe fixes in place and exits 0 when nothing is left', async () => {
    const p = join(dir, 'fixme.kl.md');
    writeFileSync(p, BAD);
    const r = await cli(['check', '--fix', p]);
    expect(r.status).toBe(0);
    expect(readFileSync(p, 'utf8')).toBe(CLEAN);
  });
  it('--fix keeps a byte order mark and CRLF line ends', async () => {
    const p = join(dir, 'bom-crlf.kl.md');
    writeFileSync(p, '\uFEFF' + BAD.replace(/\n/g, '\r\n'));
    expect((await cli(['check', '--fix', p])).status).toBe(0);
    expect(readFileSync(p, 'utf8')).toBe('\uFEFF' + CLEAN.replace(/\n/g, '\r\n'));
  });
});

describe('usage errors and input that cannot be checked: exit 2 with the reason', () => {
  it.each([
    [['check', '--format', 'xml', '<clean>'], /--format/],
    [['check', '--profile', 'hd99', '<clean>'], /hd99/],
    [['check', '--reference-date', '2023-02-31', '<clean>'], /2023-02-31/],
    [['check', '--frobnicate', '<clean>'], /^ketluan: tùy chọn không hợp lệ: --frobnicate\n/],
    [['lint', '<clean>'], /^ketluan: lệnh không hợp lệ "lint"\n/],
    [[], /^ketluan: thiếu lệnh\n/],
    [['check'], /^ketluan: thiếu tệp cần kiểm tra\nCách dùng: ketluan check/],
  ])('%j', async (argv, message) => {
    const r = await cli(argv.map((a) => (a === '<clean>' ? CLEAN_PATH : a)));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
  });
  it('the same in English with --lang en', async () => {
    const r = await cli(['check', '--lang', 'en', '--frobnicate', CLEAN_PATH]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^ketluan: unknown option: --frobnicate\n/);
  });
  it('the reason for a file that cannot be read, in both languages', async () => {
    const p = join(dir, 'nope.kl.md');
    expect((await cli(['check', p])).stderr).toBe(`ketluan: ${p}: không đọc được (ENOENT)\n`);
    expect((await cli(['check', '--lang', 'en', p])).stderr).toBe(`ketluan: ${p}: cannot read (ENOENT)\n`);
    expect((await cli(['inspect', '--lang', 'en', p])).stderr).toBe(`ketluan: ${p}: cannot read (ENOENT)\n`);
    expect((await cli(['inspect', p])).stderr).toBe(`ketluan: ${p}: không đọc được (ENOENT)\n`);
  });
  it('a missing file is named with the reason; the other files are still checked', async () => {
    const r = await cli(['check', join(dir, 'nope.kl.md'), CLEAN_PATH]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/nope\.kl\.md: .*ENOENT/);
    expect(lastLine(r.stdout)).toBe('0 lỗi, 0 cảnh báo, 0 thông tin trong 1 tệp');
  });
  it('binary data and UTF-16 are refused with the reason, exit 2; a UTF-8 BOM is read normally', async () => {
    const bin = join(dir, 'binary.txt'),
      u16 = join(dir, 'u16.kl.md'),
      bom = join(dir, 'bom.kl.md');
    writeFileSync(bin, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]));
    writeFileSync(u16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(CLEAN, 'utf16le')]));
    writeFileSync(bom, '\uFEFF' + CLEAN);
    const r = await cli(['check', bin, u16]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/binary\.txt: /);
    expect(r.stderr).toMatch(/u16\.kl\.md: .*UTF-16/);
    const ok = await cli(['check', bom]);
    expect(ok).toMatchObject({ status: 0, stderr: '' });
  });
  it('a broken .ketluan.json is reported, the check goes on, exit 2; an unknown rule id too', async () => {
    const d = mkdtempSync(join(tmpdir(), 'ketluan-inproc-cfg-'));
    writeFileSync(join(d, '.ketluan.json'), '{ "rules": ');
    writeFileSync(join(d, 'a.kl.md'), CLEAN);
    const r = await cli(['check', join(d, 'a.kl.md')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/\.ketluan\.json/);
    expect(lastLine(r.stdout)).toBe('0 lỗi, 0 cảnh báo, 0 thông tin trong 1 tệp');
    const e = mkdtempSync(join(tmpdir(), 'ketluan-inproc-cfg-'));
    writeFileSync(join(e, '.ketluan.json'), JSON.stringify({ rules: { 'signature-authority-invalidd': 'off' } }));
    writeFileSync(join(e, 'a.kl.md'), CLEAN);
    const u = await cli(['check', join(e, 'a.kl.md')]);
    expect(u.status).toBe(2);
    expect(u.stderr).toMatch(/signature-authority-invalidd/);
  });
  it('near miss: .ketluan.json turning a rule off is obeyed, exit 0', async () => {
    const d = mkdtempSync(join(tmpdir(), 'ketluan-inproc-off-'));
    writeFileSync(
      join(d, '.ketluan.json'),
      JSON.stringify({ rules: { 'signature-authority-invalid': 'off', 'recipients-archive-format': 'off' } }),
    );
    writeFileSync(join(d, 'a.kl.md'), BAD);
    const r = await cli(['check', join(d, 'a.kl.md')]);
    expect(r).toEqual({ status: 0, stdout: '0 lỗi, 0 cảnh báo, 0 thông tin trong 1 tệp\n', stderr: '' });
  });
  it('a folder without drafts says so (a warning on stderr, nothing checked, exit 0)', async () => {
    const d = mkdtempSync(join(tmpdir(), 'ketluan-inproc-empty-'));
    mkdirSync(join(d, 'sub'));
    writeFileSync(join(d, 'notes.pdf'), 'not a draft');
    const r = await cli(['check', d]);
    expect(r).toEqual({
      status: 0,
      stdout: '0 lỗi, 0 cảnh báo, 0 thông tin trong 0 tệp\n',
      stderr: `ketluan: ${d}: không có văn bản nào (*.kl.md, *.tb.md, *.ketluan, *.md, *.txt)\n`,
    });
  });
});

describe('inspect, rules, help, version', () => {
  it('inspect prints the model as JSON; it needs exactly one file', async () => {
    const r = await cli(['inspect', '--format', 'json', CLEAN_PATH]);
    expect(r.status).toBe(0);
    const m = JSON.parse(r.stdout);
    expect(m.sections.map((s: { number: string }) => s.number)).toEqual(['I', 'II', 'III']);
    expect((await cli(['inspect', CLEAN_PATH, bad])).status).toBe(2);
    expect((await cli(['inspect'])).status).toBe(2);
  });
  it('rules --format json lists every rule with its severity; rules prints the Markdown index', async () => {
    const j = await cli(['rules', '--format', 'json']);
    expect(j.status).toBe(0);
    const list = JSON.parse(j.stdout) as { id: string; severity: string }[];
    expect(list.find((x) => x.id === 'signature-authority-invalid')?.severity).toBe('error');
    expect(list.find((x) => x.id === 'recipients-archive-format')?.severity).toBe('warning');
    const md = await cli(['rules']);
    expect(md.stdout).toMatch(/signature-authority-invalid/);
  });
  it('--version, help, check --help and help check: exit 0 with the text asked for', async () => {
    expect(await cli(['--version'])).toEqual({ status: 0, stdout: '0.1.0\n', stderr: '' });
    expect((await cli(['-v'])).stdout).toBe('0.1.0\n');
    const h = await cli(['check', '--help']);
    expect(h.status).toBe(0);
    expect(h.stdout).toMatch(/^Cách dùng: ketluan check/);
    expect(h.stdout).toMatch(/-/); // names standard input
    expect((await cli(['help', 'check'])).stdout).toBe(h.stdout);
    expect((await cli(['--help'])).stdout).toMatch(/ketluan/);
    expect((await cli(['check', '--help', '--lang', 'en'])).stdout).toMatch(/^Usage: ketluan check/);
  });
});

describe('register and tasks', () => {
  it('register: Markdown table of the documents, by date', async () => {
    const r = await cli(['register', REGISTER]);
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('# Sổ đăng ký văn bản (4)');
    expect(lines.slice(2, 5)).toEqual([
      '| Số, ký hiệu | Ngày | Trích yếu | Tệp |',
      '|---|---|---|---|',
      `| 12-QĐ/TU | 2025-03-03 | ban hành Quy chế làm việc của Văn phòng Tỉnh ủy | ${reg('qd-12-quy-che.md')} |`,
    ]);
  });
  it('register --format csv: a header and one row per document', async () => {
    const r = await cli(['register', '--format', 'csv', REGISTER]);
    const lines = r.stdout.trim().split('\r\n'); // CSV lines end with CRLF (RFC 4180)
    expect(lines[0]).toBe('number,typeCode,issuerCode,date,title,path');
    expect(lines[2]).toBe(
      '1246-TB/TU,TB,TU,2025-04-25,kết luận của Ban Thường vụ Tỉnh ủy về công tác chuyển đổi số năm 2025,' +
        reg('tb-1246-chuyen-doi-so.tb.md'),
    );
    expect(lines).toHaveLength(5);
  });
  it('tasks --format json --today: deadlines and what is overdue on that day', async () => {
    const r = await cli(['tasks', '--format', 'json', '--today', '2026-11-22', REGISTER]);
    expect(r.status).toBe(0);
    const tasks = JSON.parse(r.stdout).tasks as { assignee: string; deadline: string | null; overdue: boolean }[];
    expect(tasks.slice(0, 2)).toEqual([
      expect.objectContaining({
        document: '05-KL/TU',
        assignee: 'Ủy ban nhân dân tỉnh',
        deadline: '2026-12-31',
        overdue: false,
        line: 13,
      }),
      expect.objectContaining({ assignee: 'Sở Văn hóa, Thể thao và Du lịch', deadline: '2026-10-31', overdue: true }),
    ]);
    // The day a deadline falls on is not overdue yet; the day after is.
    const onDay = JSON.parse((await cli(['tasks', '--format', 'json', '--today', '2026-10-31', REGISTER])).stdout);
    expect(onDay.tasks[1].overdue).toBe(false);
    const after = JSON.parse((await cli(['tasks', '--format', 'json', '--today', '2026-11-01', REGISTER])).stdout);
    expect(after.tasks[1].overdue).toBe(true);
  });
  it('tasks --today in another form is a usage error', async () => {
    const r = await cli(['tasks', '--today', '22/11/2026', REGISTER]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/22\/11\/2026/);
  });
});

describe('exact output of each format and command', () => {
  it('SARIF: the schema, the tool, and a result pointing at its rule, message, file and region', async () => {
    const s = JSON.parse((await cli(['check', '--format', 'sarif', bad])).stdout);
    expect(Object.keys(s)).toEqual(['$schema', 'version', 'runs']);
    expect(s.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    const driver = s.runs[0].tool.driver;
    expect(Object.keys(driver)).toEqual(['name', 'version', 'informationUri', 'rules']);
    const [first] = s.runs[0].results;
    expect(first).toEqual({
      ruleId: 'signature-authority-invalid',
      ruleIndex: first.ruleIndex,
      level: 'error',
      message: { text: 'Văn bản Đảng viết "T/M" (có dấu gạch chéo), không viết "TM." như văn bản nhà nước.' },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: bad },
            region: { startLine: 33, startColumn: 42, endLine: 33, endColumn: 45 },
          },
        },
      ],
    });
    expect(driver.rules[first.ruleIndex]).toEqual({
      id: 'signature-authority-invalid',
      shortDescription: { text: 'Quyền hạn đề ký sai' },
      fullDescription: { text: 'Invalid signing authority' },
      helpUri: expect.stringMatching(/^https:\/\/.+\/docs\/rules\/signature-authority-invalid\.md$/),
      defaultConfiguration: { level: 'error' },
      properties: { fixable: 'fix' },
    });
    const second = s.runs[0].results[1];
    expect(driver.rules[second.ruleIndex].id).toBe('recipients-archive-format');
    expect(second.ruleIndex).not.toBe(first.ruleIndex);
  });
  it('each JSON output ends with one line break', async () => {
    for (const argv of [
      ['check', '--format', 'json', CLEAN_PATH],
      ['check', '--format', 'sarif', CLEAN_PATH],
      ['inspect', '--format', 'json', CLEAN_PATH],
      ['rules', '--format', 'json'],
    ]) {
      const out = (await cli(argv)).stdout;
      expect(out.endsWith('}\n') || out.endsWith(']\n')).toBe(true);
      expect(() => JSON.parse(out)).not.toThrow();
    }
    expect((await cli(['rules'])).stdout.endsWith('\n')).toBe(true);
  });
  it('rules --format json: id, severity, fixable, profiles and the title in both languages', async () => {
    const list = JSON.parse((await cli(['rules', '--format', 'json'])).stdout);
    expect(list[0]).toEqual({
      id: 'party-header-missing',
      severity: 'error',
      fixable: 'suggest',
      profiles: ['hd36', 'hd05'],
      title: { vi: 'Thiếu tiêu đề "ĐẢNG CỘNG SẢN VIỆT NAM"', en: 'Missing the Party title "ĐẢNG CỘNG SẢN VIỆT NAM"' },
    });
    const md = (await cli(['rules'])).stdout;
    expect(md).not.toBe(JSON.stringify(list, null, 2) + '\n');
    expect(md).toMatch(/^\| Quy tắc \/ rule \|/m);
    expect(md).toMatch(/party-header-missing/);
  });
  it('help: the text of the command asked for, the overview otherwise, each followed by a line break', async () => {
    expect((await cli(['help', 'check'])).stdout).toBe(helpText('check', 'vi') + '\n');
    expect((await cli(['help', 'inspect', '--lang', 'en'])).stdout).toBe(helpText('inspect', 'en') + '\n');
    expect((await cli(['help', 'nope'])).stdout).toBe(helpText('', 'vi') + '\n');
    expect((await cli(['help'])).stdout).toBe(helpText('', 'vi') + '\n');
    expect((await cli(['-h'])).stdout).toBe(helpText('', 'vi') + '\n');
    expect((await cli(['rules', '--help'])).stdout).toBe(helpText('rules', 'vi') + '\n');
  });
  it('an unknown or missing command: the reason, then the overview, on stderr', async () => {
    expect(await cli(['lint'])).toEqual({
      status: 2,
      stdout: '',
      stderr: `ketluan: lệnh không hợp lệ "lint"\n${helpText('', 'vi')}\n`,
    });
    expect((await cli(['lint', '--lang', 'en'])).stderr).toBe(
      `ketluan: unknown command "lint"\n${helpText('', 'en')}\n`,
    );
    expect((await cli(['--lang', 'en'])).stderr).toBe(`ketluan: unknown command "--lang"\n${helpText('', 'en')}\n`);
    expect((await cli([])).stderr).toBe(`ketluan: thiếu lệnh\n${helpText('', 'vi')}\n`);
  });
  it('a bad option: the reason and the help of the command', async () => {
    expect(await cli(['check', '--frobnicate', CLEAN_PATH])).toEqual({
      status: 2,
      stdout: '',
      stderr: `ketluan: tùy chọn không hợp lệ: --frobnicate\n${helpText('check', 'vi')}\n`,
    });
    expect((await cli(['check', '--lang', 'en'])).stderr).toBe(`ketluan: no file given\n${helpText('check', 'en')}\n`);
  });
});

describe('inspect edges', () => {
  it('a folder, a missing file, two files: exit 2 with the reason in the language asked for', async () => {
    expect(await cli(['inspect', dir])).toEqual({
      status: 2,
      stdout: '',
      stderr: `ketluan: ${dir}: là thư mục, cần một tệp\n`,
    });
    expect((await cli(['inspect', '--lang', 'en', dir])).stderr).toBe(`ketluan: ${dir}: is a directory, not a file\n`);
    expect((await cli(['inspect', CLEAN_PATH, bad])).stderr).toBe('ketluan: inspect nhận đúng một tệp\n');
    expect((await cli(['inspect', '--lang', 'en'])).stderr).toBe('ketluan: inspect takes exactly one file\n');
    const missing = await cli(['inspect', '--lang', 'en', join(dir, 'nope.kl.md')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(new RegExp(`^ketluan: ${join(dir, 'nope.kl.md')}: .*ENOENT`));
  });
  it('the model names the tool, version and path, and follows the options (profile)', async () => {
    const m = JSON.parse((await cli(['inspect', '--profile', 'hd36', bad])).stdout);
    expect(m).toMatchObject({ tool: 'ketluan', version: '0.1.0', path: bad, profile: 'hd36' });
    expect(JSON.parse((await cli(['inspect', bad])).stdout).profile).toBe('hd05');
  });
  it('a broken .ketluan.json beside the file: reported, the model still printed, exit 2', async () => {
    const d = mkdtempSync(join(tmpdir(), 'ketluan-inproc-icfg-'));
    writeFileSync(join(d, '.ketluan.json'), JSON.stringify({ rules: 5 }));
    writeFileSync(join(d, 'a.kl.md'), CLEAN);
    const r = await cli(['inspect', join(d, 'a.kl.md')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^ketluan: .*\.ketluan\.json: tệp cấu hình có lỗi: rules: /);
    expect(JSON.parse(r.stdout).tool).toBe('ketluan');
  });
});

describe('configuration and folders', () => {
  it('"messageLanguage": "en" in .ketluan.json gives English findings and summary; --lang vi wins', async () => {
    const d = mkdtempSync(join(tmpdir(), 'ketluan-inproc-en-'));
    writeFileSync(join(d, '.ketluan.json'), JSON.stringify({ messageLanguage: 'en' }));
    const p = join(d, 'a.kl.md');
    writeFileSync(p, BAD);
    const r = await cli(['check', p]);
    expect(r.stdout.split('\n')).toEqual([
      `${p}:33:42 error signature-authority-invalid A Party document writes "T/M" (with a slash), not the state form ` +
        '"TM.".',
      `${p}:38:23 warning recipients-archive-format The archive line ends with a full stop ".": ` +
        '"- Lưu Văn phòng Đảng ủy".',
      '1 errors, 1 warnings, 0 infos in 1 files',
      '',
    ]);
    const vi = await cli(['check', '--lang', 'vi', p]);
    expect(lastLine(vi.stdout)).toBe('1 lỗi, 1 cảnh báo, 0 thông tin trong 1 tệp');
    // One English file and one Vietnamese one: the summary stays Vietnamese.
    const mixed = await cli(['check', p, join(FIXTURES, 'clean-hd36.tb.md')]);
    expect(lastLine(mixed.stdout)).toBe('1 lỗi, 1 cảnh báo, 0 thông tin trong 2 tệp');
  });
  it("a config error is written once per config file, in the config's language", async () => {
    const d = mkdtempSync(join(tmpdir(), 'ketluan-inproc-cfg2-'));
    writeFileSync(join(d, '.ketluan.json'), JSON.stringify({ messageLanguage: 'en', rules: 5 }));
    writeFileSync(join(d, 'a.kl.md'), CLEAN);
    writeFileSync(join(d, 'b.tb.md'), readFileSync(join(FIXTURES, 'clean-hd36.tb.md'), 'utf8'));
    const r = await cli(['check', d]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`ketluan: ${join(d, '.ketluan.json')}: config file error: rules: an object of rule ids\n`);
    expect(lastLine(r.stdout)).toBe('0 errors, 0 warnings, 0 infos in 2 files');
  });
  it('a folder is walked in name order, into sub-folders, past hidden folders and node_modules', async () => {
    const d = mkdtempSync(join(tmpdir(), 'ketluan-inproc-walk-'));
    for (const sub of ['b', '.git', 'node_modules', 'a']) mkdirSync(join(d, sub));
    for (const f of ['c.kl.md', 'b/x.tb.md', 'a/y.md', '.git/h.md', 'node_modules/n.md', 'z.txt', '.hidden.md'])
      writeFileSync(join(d, f), BAD);
    writeFileSync(join(d, 'skip.pdf'), 'x');
    const j = JSON.parse((await cli(['check', '--format', 'json', d])).stdout);
    expect(j.files.map((f: { path: string }) => f.path)).toEqual(
      ['a/y.md', 'b/x.tb.md', 'c.kl.md', 'z.txt'].map((f) => join(d, f)),
    );
  });
  it('a folder without drafts, in English', async () => {
    const d = mkdtempSync(join(tmpdir(), 'ketluan-inproc-empty-en-'));
    const r = await cli(['check', '--lang', 'en', d]);
    expect(r.stderr).toBe(`ketluan: ${d}: no drafts found (*.kl.md, *.tb.md, *.ketluan, *.md, *.txt)\n`);
  });
});

describe('register and tasks: formats, --check and usage', () => {
  it('tasks as Markdown: title with the day, a header, overdue marked, a "|" in a cell escaped', async () => {
    const r = await cli(['tasks', '--today=2026-11-22', REGISTER]);
    const lines = r.stdout.split('\n');
    expect(lines.slice(0, 4)).toEqual([
      '# Nhiệm vụ được giao (6), tính đến ngày 2026-11-22',
      '',
      '| Cơ quan thực hiện | Nhiệm vụ | Thời hạn | Quá hạn | Văn bản | Tệp | Dòng |',
      '|---|---|---|---|---|---|---|',
    ]);
    expect(lines[4]).toBe(
      '| Ủy ban nhân dân tỉnh | công bố bộ thủ tục hành chính sửa đổi trong tháng 12/2026 | 2026-12-31 |  | ' +
        `05-KL/TU | ${reg('kl-05-trung-so.kl.md')} | 13 |`,
    );
    expect(lines[5]).toMatch(/ \| 2026-10-31 \| \*\*quá hạn\*\* \| 05-KL\/TU \| /);
    expect(r.stdout.endsWith('|\n')).toBe(true);
    const d = mkdtempSync(join(tmpdir(), 'ketluan-inproc-pipe-'));
    const kl = readFileSync(join(REGISTER, 'kl-05-van-hoa.kl.md'), 'utf8');
    writeFileSync(join(d, 'a.kl.md'), kl.replace('hoàn thành rà soát', 'hoàn thành rà soát (A|B)'));
    const md = (await cli(['tasks', '--today', '2026-11-22', d])).stdout;
    expect(md).toMatch(/rà soát \(A\\\|B\) thiết chế/);
    const none = (await cli(['tasks', '--today', '2026-11-22', join(REGISTER, 'qd-12-quy-che.md')])).stdout;
    expect(none.split('\n')[0]).toBe('# Nhiệm vụ được giao (0), tính đến ngày 2026-11-22');
  });
  it('tasks as CSV: the columns, a cell with a comma quoted, no deadline left empty', async () => {
    const r = await cli(['tasks', '--format', 'csv', '--today', '2026-11-22', REGISTER]);
    const lines = r.stdout.split('\r\n');
    expect(lines[0]).toBe('document,assignee,task,deadline,overdue,path,line');
    expect(lines[2]).toBe(
      '05-KL/TU,"Sở Văn hóa, Thể thao và Du lịch",hoàn thành rà soát thiết chế văn hóa cấp xã trước ngày ' +
        `31/10/2026,2026-10-31,true,${reg('kl-05-van-hoa.kl.md')},15`,
    );
    expect(lines.pop()).toBe('');
    expect(lines.some((l) => /,,false,/.test(l))).toBe(true);
  });
  it('register as JSON: the documents with their numbers, dates and files', async () => {
    const r = await cli(['register', '--format=json', REGISTER]);
    const j = JSON.parse(r.stdout);
    expect(Object.keys(j)).toEqual(['documents']);
    expect(j.documents[0]).toEqual({
      number: '12-QĐ/TU',
      typeCode: 'QĐ',
      issuerCode: 'TU',
      date: '2025-03-03',
      title: 'ban hành Quy chế làm việc của Văn phòng Tỉnh ủy',
      path: reg('qd-12-quy-che.md'),
    });
    expect(r.stdout.endsWith('}\n')).toBe(true);
  });
  it('--check: the findings on stderr, then the summary line of check; exit 1 on an error', async () => {
    const r = await cli(['register', '--check', REGISTER]);
    expect(r.status).toBe(1);
    const err = r.stderr.trim().split('\n');
    expect(err).toContain(
      `${reg('kl-moi.kl.md')}:6:1 hint implementation-section Kết luận thường có phần "Tổ chức thực hiện" giao việc ` +
        'cho từng cơ quan và nêu cơ quan theo dõi, đôn đốc.',
    );
    expect(err).toContain(
      `${reg('kl-05-trung-so.kl.md')}:11:101 info citation-incomplete Lần đầu viện dẫn "1246-TB/TU" cần ghi đủ cơ ` +
        'quan ban hành (ví dụ "Thông báo số 1246-TB/TU, ngày …/…/… của …"); các lần sau chỉ cần tên loại và số hiệu.',
    );
    expect(err.pop()).toBe('6 lỗi, 0 cảnh báo, 2 thông tin, 2 gợi ý trong 5 tệp');
    const en = await cli(['tasks', '--check', '--lang', 'en', '--today', '2026-11-22', REGISTER]);
    expect(en.stderr.trim().split('\n').pop()).toBe('6 errors, 0 warnings, 2 infos, 2 hints in 5 files');
    expect(en.stderr).toMatch(/:13:1 error recipients-missing The document has no "Nơi nhận" block/);
    const clean = await cli(['register', '--check', join(REGISTER, 'qd-12-quy-che.md')]);
    expect(clean.status).toBe(0);
    expect(clean.stderr.trim().split('\n').pop()).toMatch(
      /^0 lỗi, 0 cảnh báo, \d+ thông tin(, \d+ gợi ý)? trong 1 tệp$/,
    );
  });
  it('without --check nothing is checked: exit 0 even with errors in the drafts', async () => {
    expect(await cli(['register', '--format', 'csv', REGISTER])).toMatchObject({ status: 0, stderr: '' });
  });
  it.each([
    [['register', '--today', '2026-01-01', '<dir>'], 'ketluan: --today chỉ dùng với tasks / only for tasks'],
    [['register', '--lang', 'fr', '<dir>'], 'ketluan: --lang phải là vi hoặc en / must be vi or en: fr'],
    [['register'], 'ketluan: thiếu thư mục / no folder given'],
    [['tasks', '--frob', '<dir>'], 'ketluan: tùy chọn không hợp lệ / unknown option: --frob'],
    [
      ['register', '--format', 'xml', '<dir>'],
      'ketluan: --format phải là json, csv hoặc md / must be json, csv or md: xml',
    ],
    [['register', '<dir>', '--format'], 'ketluan: --format cần một giá trị / needs a value'],
    [['tasks', '--today', '2026-02-30', '<dir>'], 'ketluan: --today'],
  ])('usage error %j', async (argv, first) => {
    const r = await cli(argv.map((a) => (a === '<dir>' ? REGISTER : a)));
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.split('\n');
    expect(lines[0].startsWith(first)).toBe(true);
    expect(lines[1]).toBe('Cách dùng / usage:');
  });
  it('options that are accepted: -f, --language, "-" as a name, md by default', async () => {
    expect((await cli(['register', '-f', 'json', REGISTER])).status).toBe(0);
    expect((await cli(['register', '--language', 'en', REGISTER])).stdout).toMatch(/^# Sổ đăng ký văn bản \(4\)/);
    expect((await cli(['register', '--format', 'md', REGISTER])).stdout).toBe(
      (await cli(['register', REGISTER])).stdout,
    );
  });
  it('a missing folder is reported, exit 2; one file alone has no register to compare with', async () => {
    const r = await cli(['register', join(dir, 'nope')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/nope: không đọc được \/ cannot read \(ENOENT\)/);
    const one = await cli(['register', '--check', join(REGISTER, 'kl-05-van-hoa.kl.md')]);
    expect(one.stderr).not.toMatch(/register-number-duplicate/);
  });
});

describe('Word files and legacy encodings', () => {
  it('a .docx is checked at its paragraphs; --fix leaves it alone and says so', async () => {
    const p = join(dir, 'ket-luan.docx');
    writeFileSync(p, buildDocx(cleanParty()));
    const before = readFileSync(p);
    const r = await cli(['check', '--format', 'json', p]);
    expect(r.stderr).toBe('');
    const f = JSON.parse(r.stdout).files[0];
    expect(f).toMatchObject({ path: p, profile: 'hd05', documentType: 'KL' });
    const fix = await cli(['check', '--fix', p]);
    expect(fix.stderr).toBe(`ketluan: ${p}: --fix không sửa tệp Word, chỉ kiểm tra\n`);
    expect(readFileSync(p).equals(before)).toBe(true);
    const en = await cli(['check', '--fix', '--lang', 'en', p]);
    expect(en.stderr).toBe(`ketluan: ${p}: --fix does not write Word files, it only checks them\n`);
  });
  it('inspect of a .docx prints its model with the path; a damaged .docx gives the reason, exit 2', async () => {
    const p = join(dir, 'inspect.docx');
    writeFileSync(p, buildDocx(cleanParty()));
    const m = JSON.parse((await cli(['inspect', p])).stdout);
    expect(m).toMatchObject({ tool: 'ketluan', version: '0.1.0', path: p });
    const broken = join(dir, 'broken.docx');
    writeFileSync(broken, 'PK\u0003\u0004 not really a zip');
    const r = await cli(['inspect', broken]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^ketluan: ${broken}: Tệp \\.docx bị hỏng`));
    const c = await cli(['check', broken, CLEAN_PATH]);
    expect(c.status).toBe(2);
    expect(c.stderr).toMatch(new RegExp(`^ketluan: ${broken}: Tệp \\.docx bị hỏng`));
    expect(lastLine(c.stdout)).toBe('0 lỗi, 0 cảnh báo, 0 thông tin trong 1 tệp');
  });
  it('a legacy 8-bit file is checked (legacy-encoding) and --fix does not write it', async () => {
    const p = join(dir, 'tcvn3.kl.md');
    const bytes = Buffer.from(CLEAN.replace(/[^ -~\n]/g, '\u00b5'), 'latin1');
    writeFileSync(p, bytes);
    const r = await cli(['check', '--fix', p]);
    expect(r.stderr).toBe(`ketluan: ${p}: không phải UTF-8, không sửa tự động\n`);
    expect(r.stdout).toMatch(/ legacy-encoding /);
    expect(readFileSync(p).equals(bytes)).toBe(true);
    const en = await cli(['check', '--fix', '--lang', 'en', p]);
    expect(en.stderr).toBe(`ketluan: ${p}: not UTF-8, not fixed\n`);
  });
  it('"-" with --fix is refused before anything is read', async () => {
    const r = await cli(['check', '--fix', '-']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^ketluan: --fix/);
    expect(r.stdout).toBe('');
  });
});

describe('register and tasks: edges', () => {
  it("--check follows the language of the drafts' config; an empty folder sums up in Vietnamese", async () => {
    const d = mkdtempSync(join(tmpdir(), 'ketluan-inproc-regen-'));
    writeFileSync(join(d, '.ketluan.json'), JSON.stringify({ messageLanguage: 'en' }));
    writeFileSync(join(d, 'a.kl.md'), BAD);
    const r = await cli(['register', '--check', d]);
    expect(r.stderr.split('\n').slice(-3)).toEqual([
      `${join(d, 'a.kl.md')}:38:23 warning recipients-archive-format The archive line ends with a full stop ".": ` +
        '"- Lưu Văn phòng Đảng ủy".',
      '1 errors, 1 warnings, 0 infos in 1 files',
      '',
    ]);
    expect((await cli(['register', '--check', '--lang', 'vi', d])).stderr).toMatch(
      /\n1 lỗi, 1 cảnh báo, 0 thông tin trong 1 tệp\n$/,
    );
    const empty = mkdtempSync(join(tmpdir(), 'ketluan-inproc-regempty-'));
    expect((await cli(['register', '--check', empty])).stderr).toBe('0 lỗi, 0 cảnh báo, 0 thông tin trong 0 tệp\n');
    expect((await cli(['register', '--lang', 'vi', empty])).status).toBe(0);
  });
  it('CSV doubles a quotation mark inside a quoted cell', async () => {
    const d = mkdtempSync(join(tmpdir(), 'ketluan-inproc-q-'));
    const kl = readFileSync(join(REGISTER, 'kl-05-van-hoa.kl.md'), 'utf8');
    writeFileSync(join(d, 'a.kl.md'), kl.replace('hoàn thành rà soát', 'hoàn thành rà soát "thiết chế"'));
    const csv = (await cli(['tasks', '--format', 'csv', '--today', '2026-11-22', d])).stdout;
    expect(csv).toMatch(/,"hoàn thành rà soát ""thiết chế"" thiết chế văn hóa cấp xã trước ngày 31\/10\/2026",/);
  });
  it('check of one draft of the folder alone: no register to compare with, no register finding', async () => {
    const r = await cli(['check', join(REGISTER, 'kl-05-trung-so.kl.md')]);
    expect(r.stdout).not.toMatch(/register-/);
    const two = await cli(['check', join(REGISTER, 'kl-05-trung-so.kl.md'), join(REGISTER, 'kl-05-van-hoa.kl.md')]);
    expect(two.stdout).toMatch(/ error register-number-duplicate /);
  });
});
