// ketluan export (spec §9): formats, default output name, exit codes; finding LibreOffice for "Xuất PDF".
import { describe, it, expect, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, copyFileSync, existsSync, readFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { unzipSync, strFromU8 } from 'fflate';
import { findSoffice } from '../client/src/export-soffice';

const ROOT = join(__dirname, '..');
const CLEAN = join(__dirname, 'fixtures', 'clean-hd05.kl.md');
const run = (args: string[]) => spawnSync('node', [join(ROOT, 'bin', 'ketluan.js'), ...args], { encoding: 'utf8' });
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ketluan-export-'));
  copyFileSync(CLEAN, join(dir, 'ket-luan.kl.md'));
  copyFileSync(join(__dirname, 'export-fixtures', 'thong-bao-nd30.md'), join(dir, 'thong-bao.md'));
});

describe('ketluan export', () => {
  it('writes a .docx beside the draft by default and prints its path (exit 0)', () => {
    const r = run(['export', join(dir, 'ket-luan.kl.md')]);
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(join(dir, 'ket-luan.docx'));
    const doc = strFromU8(unzipSync(readFileSync(join(dir, 'ket-luan.docx')))['word/document.xml']);
    expect(doc).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(doc).toContain('w:left="1701"');
  });
  it('--format html --out writes the A4 page; --profile forces the regime', () => {
    const out = join(dir, 'x', 'page.html');
    mkdirSync(join(dir, 'x'));
    const r = run(['export', '--format=html', '--profile', 'nd30', '--out', out, join(dir, 'ket-luan.kl.md')]);
    expect(r.status).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('data-profile="nd30"');
    const auto = run(['export', '--format', 'html', '--out', join(dir, 'tb.html'), join(dir, 'thong-bao.md')]);
    expect(auto.status).toBe(0);
    expect(readFileSync(join(dir, 'tb.html'), 'utf8')).toContain('data-profile="nd30"');
  });
  it('exit 2 with a message naming the file when it cannot be read; nothing written', () => {
    const r = run(['export', join(dir, 'missing.kl.md')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('missing.kl.md: không đọc được / cannot read (ENOENT)');
    expect(existsSync(join(dir, 'missing.docx'))).toBe(false);
  });
  it('exit 2 on usage errors: unknown format, profile, option, no draft, a directory', () => {
    for (const [args, msg] of [
      [['--format', 'pdf', 'a.kl.md'], '--format phải là docx hoặc html'],
      [['--profile', 'hd99', 'a.kl.md'], '--profile phải là auto, hd36, hd05 hoặc nd30'],
      [['--fast', 'a.kl.md'], 'unknown option: --fast'],
      [[], 'thiếu văn bản cần xuất'],
      [[dir], 'là thư mục'],
    ] as const) {
      const r = run(['export', ...args]);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr).toContain(msg);
    }
  });
  it('the usage text lists the export command', () => {
    expect(run(['help']).stdout).toContain('ketluan export [--format docx|html]');
  });
});

describe('round trip: export, then check the .docx', () => {
  const cases = [
    'test/fixtures/clean-hd05.kl.md',
    'test/fixtures/clean-hd36.tb.md',
    'examples/ket-luan-ban-thuong-vu.kl.md',
    'examples/ket-luan-hoi-nghi-dang-bo.kl.md',
    'examples/thong-bao-ket-luan-thuong-truc.tb.md',
  ];
  for (const f of cases) {
    it(`${f}: no layout-* finding, and the same text findings as the draft`, () => {
      const out = join(dir, f.replace(/\W+/gu, '-') + '.docx');
      expect(run(['export', '--out', out, join(ROOT, f)]).status).toBe(0);
      const word = JSON.parse(run(['check', '--format', 'json', out]).stdout);
      const draft = JSON.parse(run(['check', '--format', 'json', join(ROOT, f)]).stdout);
      const ids = (r: { files: { diagnostics: { rule: string }[] }[] }) =>
        r.files.flatMap((x) => x.diagnostics.map((d) => d.rule)).sort();
      expect(ids(word).filter((id) => id.startsWith('layout-'))).toEqual([]);
      expect(ids(draft).every((id) => typeof id === 'string')).toBe(true);
      // section-style-mixed compares Markdown marks ("##" against "**"), which Word formatting makes uniform.
      expect(ids(word)).toEqual(ids(draft).filter((id) => id !== 'section-style-mixed'));
    });
  }
});

describe('finding LibreOffice (Xuất PDF)', () => {
  it('PATH first, then the usual folders; null when absent', () => {
    const have =
      (...files: string[]) =>
      (f: string) =>
        files.includes(f);
    expect(findSoffice({ PATH: '/opt/x:/usr/local/bin' }, have('/usr/local/bin/soffice'), 'linux')).toBe(
      '/usr/local/bin/soffice',
    );
    expect(findSoffice({ PATH: '/bin' }, have('/usr/lib/libreoffice/program/soffice'), 'linux')).toBe(
      '/usr/lib/libreoffice/program/soffice',
    );
    expect(findSoffice({ PATH: '/bin' }, have('/Applications/LibreOffice.app/Contents/MacOS/soffice'), 'darwin')).toBe(
      '/Applications/LibreOffice.app/Contents/MacOS/soffice',
    );
    expect(
      findSoffice(
        { PATH: 'C:\\Windows', ProgramFiles: 'D:\\Apps' },
        have('D:\\Apps\\LibreOffice\\program\\soffice.exe'),
        'win32',
      ),
    ).toBe('D:\\Apps\\LibreOffice\\program\\soffice.exe');
    // Near miss: a "soffice" folder name on PATH is not the program; nothing installed gives null.
    expect(findSoffice({ PATH: '/home/u/soffice' }, have('/home/u/soffice'), 'linux')).toBeNull();
  });
});
