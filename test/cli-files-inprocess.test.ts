// `ketluan import` and the parts of `ketluan export` that run before the exporter bundle, run in this process
// (cli.test.ts and export-cli.test.ts run the built bundle): arguments, messages, exit codes and files written.
import { describe, it, expect, beforeAll, afterEach, vi } from 'vitest';
import { mkdtempSync, writeFileSync, readFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { runImport } from '../server/src/cli/import';
import { runExport } from '../server/src/cli/export';
import { isWordPath } from '../server/src/cli/word';
import { buildDocx } from './docx-build';
import { cleanParty, cleanState } from './docx-samples';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ketluan-cli-files-'));
  writeFileSync(join(dir, 'ket-luan.docx'), buildDocx(cleanParty()));
  writeFileSync(join(dir, 'thong-bao.docx'), buildDocx(cleanState()));
  writeFileSync(join(dir, 'broken.docx'), 'not a zip');
  writeFileSync(join(dir, 'draft.kl.md'), 'KẾT LUẬN\n');
  writeFileSync(join(dir, 'binary.kl.md'), Buffer.from([0x4b, 0, 0x4c]));
});

/** Runs a command, returning its exit code and what it wrote. */
async function capture(fn: () => number | Promise<number>) {
  let out = '',
    err = '';
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
  try {
    const code = await fn();
    return { code, out, err };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}
afterEach(() => vi.restoreAllMocks());

describe('ketluan import', () => {
  it('writes x.kl.md beside x.docx (x.tb.md for a Thông báo), prints its path, never overwrites', async () => {
    const src = join(dir, 'ket-luan.docx');
    const r = await capture(() => runImport([src]));
    expect(r).toEqual({ code: 0, out: `${join(dir, 'ket-luan.kl.md')}\n`, err: '' });
    expect(readFileSync(join(dir, 'ket-luan.kl.md'), 'utf8').split('\n')[0]).toBe(
      'ĐẢNG BỘ TỈNH LÂM ĐỒNG                    ĐẢNG CỘNG SẢN VIỆT NAM',
    );
    const again = await capture(() => runImport([src]));
    expect(again.code).toBe(2);
    expect(again.err).toBe(
      `ketluan: ${join(dir, 'ket-luan.kl.md')}: tệp đã có, không ghi đè; dùng --out để chọn tên khác` +
        ' / exists, not overwritten; use --out\n',
    );
    const tb = await capture(() => runImport([join(dir, 'thong-bao.docx')]));
    expect(tb.out).toBe(`${join(dir, 'thong-bao.tb.md')}\n`);
    // No temporary file is left behind.
    expect(readdirSync(dir).filter((f) => f.includes('.tmp'))).toEqual([]);
  });
  it('--out, -o and --out= name the draft (and may overwrite)', async () => {
    for (const args of [['--out', 'a.md'], ['-o', 'b.md'], ['--out=c.md']]) {
      const target = join(dir, args[args.length - 1].replace('--out=', ''));
      const opts = args.length === 2 ? [args[0], target] : [`--out=${target}`];
      const r = await capture(() => runImport([...opts, join(dir, 'ket-luan.docx')]));
      expect(r).toEqual({ code: 0, out: `${target}\n`, err: '' });
      expect(existsSync(target)).toBe(true);
    }
    const again = await capture(() => runImport(['--out', join(dir, 'a.md'), join(dir, 'ket-luan.docx')]));
    expect(again.code).toBe(0);
  });
  it('exit 2: no file, two files, an empty --out, an unknown option, unreadable or not a Word file', async () => {
    const usage = 'Cách dùng / usage: ketluan import [--out TỆP] [--lang vi|en] <tệp.docx>\n';
    const one = 'ketluan: import nhận đúng một tệp .docx / takes exactly one .docx file\n' + usage;
    expect(await capture(() => runImport([]))).toEqual({ code: 2, out: '', err: one });
    expect(await capture(() => runImport(['a.docx', 'b.docx']))).toEqual({ code: 2, out: '', err: one });
    expect(await capture(() => runImport(['--out=', 'a.docx']))).toEqual({ code: 2, out: '', err: one });
    expect(await capture(() => runImport(['--fast', 'a.docx']))).toEqual({
      code: 2,
      out: '',
      err: 'ketluan: tùy chọn không hợp lệ / unknown option: --fast\n' + usage,
    });
    const missing = join(dir, 'missing.docx');
    expect(await capture(() => runImport([missing]))).toEqual({
      code: 2,
      out: '',
      err: `ketluan: ${missing}: không đọc được / cannot read (ENOENT)\n`,
    });
    const broken = await capture(() => runImport([join(dir, 'broken.docx')]));
    expect(broken.code).toBe(2);
    expect(broken.err.startsWith(`ketluan: ${join(dir, 'broken.docx')}: `)).toBe(true);
    const en = await capture(() => runImport(['--lang', 'en', join(dir, 'broken.docx')]));
    expect(en.err).not.toBe(broken.err);
    const target = join(dir, 'no-such-dir', 'x.md');
    expect(await capture(() => runImport(['--out', target, join(dir, 'ket-luan.docx')]))).toEqual({
      code: 2,
      out: '',
      err: `ketluan: ${target}: không ghi được / cannot write (ENOENT)\n`,
    });
  });
});

describe('ketluan export: before the exporter runs', () => {
  const usage = (why: string) =>
    `ketluan: ${why}\nCách dùng / usage:\n  ketluan export [--format docx|html] [--profile auto|hd36|hd05|nd30]\n` +
    '                 [--reference-date YYYY-MM-DD] [--out TỆP] <văn bản>\n';
  it.each([
    [['--format', 'pdf', 'a.kl.md'], '--format phải là docx hoặc html / must be docx or html: pdf'],
    [['--format'], '--format phải là docx hoặc html / must be docx or html: '],
    [['-f=html'], 'tùy chọn không hợp lệ / unknown option: -f=html'],
    [
      ['--profile=hd99', 'a.kl.md'],
      '--profile phải là auto, hd36, hd05 hoặc nd30 / must be auto, hd36, hd05 or nd30: hd99',
    ],
    [['--profile'], '--profile phải là auto, hd36, hd05 hoặc nd30 / must be auto, hd36, hd05 or nd30: '],
    [
      ['--reference-date', '2026-13-01', 'a.kl.md'],
      '--reference-date phải là ngày dạng YYYY-MM-DD / must be YYYY-MM-DD: 2026-13-01',
    ],
    [['--reference-date'], '--reference-date phải là ngày dạng YYYY-MM-DD / must be YYYY-MM-DD: '],
    [['--out='], '--out cần tên tệp / needs a file name'],
    [['-o'], '--out cần tên tệp / needs a file name'],
    [['--fast', 'a.kl.md'], 'tùy chọn không hợp lệ / unknown option: --fast'],
    [['a.kl.md', 'b.kl.md'], 'export nhận đúng một văn bản / takes exactly one draft'],
    [[], 'thiếu văn bản cần xuất / no draft given'],
  ])('%j: exit 2 and the usage', async (args, why) => {
    expect(await capture(() => runExport(args))).toEqual({ code: 2, out: '', err: usage(why) });
  });
  it('good options pass on to reading the draft: a missing file, a folder, a binary file', async () => {
    const missing = join(dir, 'missing.kl.md');
    const args = ['-f', 'html', '--profile', 'auto', '--reference-date=2026-01-02', '--out', 'x.html'];
    expect(await capture(() => runExport([...args, missing]))).toEqual({
      code: 2,
      out: '',
      err: `ketluan: ${missing}: không đọc được / cannot read (ENOENT)\n`,
    });
    mkdirSync(join(dir, 'folder'), { recursive: true });
    expect(await capture(() => runExport([join(dir, 'folder')]))).toEqual({
      code: 2,
      out: '',
      err: `ketluan: ${join(dir, 'folder')}: là thư mục, cần một tệp / is a directory, give one file\n`,
    });
    expect(await capture(() => runExport(['--profile', 'nd30', join(dir, 'binary.kl.md')]))).toEqual({
      code: 2,
      out: '',
      err: `ketluan: ${join(dir, 'binary.kl.md')}: tệp nhị phân, không xuất được / binary file, cannot export\n`,
    });
  });
});

describe('Word file names', () => {
  it('.docx, its relatives and the old .doc (reported as such), in any case; not a draft', () => {
    expect(['a.docx', 'A.DOCX', 'b.docm', 'c.dotx', 'd.dotm', 'e.doc'].map(isWordPath)).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(['a.kl.md', 'docx', 'a.docx.md'].map(isWordPath)).toEqual([false, false, false]);
  });
});
