// Command-line conventions: standard input, help of every subcommand, closed pipes, files that cannot be
// checked, the summary line, and the language server started from the CLI.
import { describe, it, expect, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { TestClient } from './lsp-client';

const ROOT = join(__dirname, '..');
const CLEAN_PATH = join(__dirname, 'fixtures', 'clean-hd05.kl.md');
const CLEAN = readFileSync(CLEAN_PATH, 'utf8');
const BAD = CLEAN.replace('T/M BAN THƯỜNG VỤ', 'TM. BAN THƯỜNG VỤ').replace(
  '- Lưu Văn phòng Đảng ủy.',
  '- Lưu Văn phòng Đảng ủy',
);
const CLI = join(ROOT, 'bin', 'ketluan.js');
const run = (args: string[], input?: string | Buffer, cwd = ROOT) =>
  spawnSync('node', [CLI, ...args], { cwd, encoding: 'utf8', input });

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ketluan-conv-'));
});

describe('standard input', () => {
  it('"-" checks the text piped in, named <stdin>', () => {
    const r = run(['check', '-'], BAD);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^<stdin>:33:42 error signature-authority-invalid /m);
    expect(r.stdout.trim().split('\n').pop()).toBe('1 lỗi, 1 cảnh báo, 0 thông tin trong 1 tệp');
  });
  it('"-" in JSON and with inspect', () => {
    const j = JSON.parse(run(['check', '--format', 'json', '-'], CLEAN).stdout);
    expect(j.files).toEqual([expect.objectContaining({ path: '<stdin>', documentType: 'KL', diagnostics: [] })]);
    const m = JSON.parse(run(['inspect', '--format', 'json', '-'], CLEAN).stdout);
    expect(m).toMatchObject({ path: '<stdin>', profile: 'hd05' });
  });
  it('"-" reads .ketluan.json from the current folder', () => {
    const d = mkdtempSync(join(tmpdir(), 'ketluan-stdin-'));
    writeFileSync(join(d, '.ketluan.json'), JSON.stringify({ messageLanguage: 'en' }));
    const r = run(['check', '-'], BAD, d);
    expect(r.stdout).toMatch(/A Party document writes "T\/M"/);
    expect(r.stdout.trim().split('\n').pop()).toBe('1 errors, 1 warnings, 0 infos in 1 files');
  });
  it('--fix with "-" is refused: there is no file to write', () => {
    const r = run(['check', '--fix', '-'], BAD);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--fix không dùng với "-"/);
  });
});

describe('help', () => {
  for (const cmd of ['check', 'inspect', 'rules', 'lsp']) {
    it(`${cmd} --help prints that command's help and exits 0`, () => {
      const r = run([cmd, '--help']);
      expect(r.status).toBe(0);
      expect(r.stderr).toBe('');
      expect(r.stdout).toMatch(new RegExp(`^Cách dùng: ketluan ${cmd}`));
      const en = run(['help', cmd, '--lang', 'en']);
      expect(en.stdout).toMatch(new RegExp(`^Usage: ketluan ${cmd}`));
    });
  }
  it('check --help names standard input and the exit codes', () => {
    const r = run(['check', '-h']);
    expect(r.stdout).toContain('"-" đọc văn bản từ đầu vào chuẩn');
    expect(r.stdout).toContain('2 dùng sai lệnh, không đọc được tệp');
  });
  it('an unknown option still fails with exit 2 and the help of the command', () => {
    const r = run(['check', '--helpme', CLEAN_PATH]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^ketluan: tùy chọn không hợp lệ: --helpme\nCách dùng: ketluan check/);
  });
});

describe('closed pipe', () => {
  it('`ketluan check … | head -1` stops quietly, without a stack trace', () => {
    const d = join(dir, 'many');
    mkdirSync(d, { recursive: true });
    for (let i = 0; i < 40; i++) writeFileSync(join(d, `d${i}.kl.md`), BAD);
    const r = spawnSync('sh', ['-c', `node "${CLI}" check "${d}" | head -1`], { encoding: 'utf8' });
    expect(r.stdout.split('\n')).toHaveLength(2);
    expect(r.stderr).not.toMatch(/EPIPE|at .*\(|node:events/);
  });
});

describe('files that cannot be checked: exit 2 with the reason', () => {
  it('UTF-16 (with BOM)', () => {
    const p = join(dir, 'utf16.txt');
    writeFileSync(p, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(CLEAN, 'utf16le')]));
    const r = run(['check', p]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      `ketluan: ${p}: tệp mã hóa UTF-16; hãy lưu lại dạng UTF-8 (Notepad: Lưu thành… → Mã hóa: UTF-8)\n`,
    );
    expect(run(['check', '--lang', 'en', p]).stderr).toMatch(/the file is UTF-16; save it again as UTF-8/);
  });
  it('binary data, while the other files are still checked', () => {
    const p = join(dir, 'anh.txt');
    writeFileSync(p, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    const r = run(['check', '--format', 'json', p, CLEAN_PATH]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`ketluan: ${p}: tệp nhị phân (có byte NUL), không kiểm tra\n`);
    expect(JSON.parse(r.stdout).files.map((f: { path: string }) => f.path)).toEqual([CLEAN_PATH]);
  });
  it('a damaged .docx file: the reason and what to do', () => {
    const p = join(dir, 'ket-luan.docx');
    writeFileSync(p, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00]));
    const r = run(['check', p]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/ket-luan\.docx: Tệp \.docx bị hỏng.*Mở tệp bằng Word và lưu lại dạng \.docx/);
  });
  it('near miss: a UTF-8 file with a BOM is checked normally', () => {
    const p = join(dir, 'bom.kl.md');
    writeFileSync(p, '\uFEFF' + CLEAN);
    const r = run(['check', p]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
  });
});

describe('summary line', () => {
  it('Vietnamese by default, hints counted on their own', () => {
    const d = mkdtempSync(join(tmpdir(), 'ketluan-hint-'));
    writeFileSync(join(d, '.ketluan.json'), JSON.stringify({ rules: { 'signature-authority-invalid': 'hint' } }));
    const p = join(d, 'hint.kl.md');
    writeFileSync(p, BAD);
    const r = run(['check', p]);
    expect(r.stdout).toMatch(/ hint signature-authority-invalid /);
    expect(r.stdout.trim().split('\n').pop()).toBe('0 lỗi, 1 cảnh báo, 0 thông tin, 1 gợi ý trong 1 tệp');
    const en = run(['check', '--lang', 'en', p]);
    expect(en.stdout.trim().split('\n').pop()).toBe('0 errors, 1 warnings, 0 infos, 1 hints in 1 files');
  });
});

describe('language server from the CLI', () => {
  for (const [name, cmd] of [
    ['ketluan lsp --stdio', [CLI, 'lsp', '--stdio']],
    ['ketluan-language-server --stdio', [join(ROOT, 'bin', 'ketluan-language-server.js'), '--stdio']],
  ] as const) {
    it(`${name} answers initialize and publishes diagnostics`, async () => {
      const c = new TestClient(ROOT, [...cmd]);
      try {
        const init = await c.initialize({ debounceMs: 0 });
        expect(init.capabilities).toHaveProperty('codeActionProvider');
        const uri = c.uri('lsp-cli.kl.md');
        await c.open(uri, BAD);
        expect((await c.waitFor(uri, 1)).map((d) => d.code)).toContain('signature-authority-invalid');
      } finally {
        await c.close();
      }
    });
  }
  it('ketluan-language-server without a transport option uses standard input/output', async () => {
    const c = new TestClient(ROOT, [join(ROOT, 'bin', 'ketluan-language-server.js')]);
    try {
      const init = await c.initialize({});
      expect(init.capabilities).toHaveProperty('textDocumentSync');
    } finally {
      await c.close();
    }
  });
});
