// ketluan export [--format docx|html] [--profile auto|hd36|hd05|nd30] [--reference-date YYYY-MM-DD]
//                [--out FILE] <draft>                                                    (spec §9)
// Writes a Word file (or a self-contained A4 HTML page) laid out per the draft's regime. The exporter is a
// separate bundle (dist/export.js, with the docx library) loaded only here. Exit 0 written, 2 usage / read /
// write error.
import { readFileSync, writeFileSync, renameSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isProfileId } from '../core/profiles';
import { parseIso } from '../core/dates';
import { ConfigCache } from '../shared/config';
import type * as ExportBundle from '../export';

export const EXPORT_USAGE = `  ketluan export [--format docx|html] [--profile auto|hd36|hd05|nd30]
                 [--reference-date YYYY-MM-DD] [--out TỆP] <văn bản>`;

const DRAFT_EXT = /(?:\.kl\.md|\.tb\.md|\.ketluan|\.md|\.txt)$/iu;

interface ExportArgs {
  format: 'docx' | 'html';
  profile?: string;
  referenceDate?: string;
  out?: string;
  path?: string;
}

function parseExportArgs(argv: string[]): ExportArgs | string {
  const a: ExportArgs = { format: 'docx' };
  for (let i = 0; i < argv.length; i++) {
    const x = argv[i];
    const eq = x.indexOf('=');
    const name = x.startsWith('--') && eq > 0 ? x.slice(0, eq) : x;
    const value = () => (x.startsWith('--') && eq > 0 ? x.slice(eq + 1) : argv[++i]);
    if (name === '--format' || name === '-f') {
      const v = value();
      if (v !== 'docx' && v !== 'html') return `--format phải là docx hoặc html / must be docx or html: ${v ?? ''}`;
      a.format = v;
    } else if (name === '--profile') {
      const v = value();
      if (!v || (v !== 'auto' && !isProfileId(v))) {
        return `--profile phải là auto, hd36, hd05 hoặc nd30 / must be auto, hd36, hd05 or nd30: ${v ?? ''}`;
      }
      a.profile = v;
    } else if (name === '--reference-date') {
      const v = value();
      if (!v || !parseIso(v)) return `--reference-date phải là ngày dạng YYYY-MM-DD / must be YYYY-MM-DD: ${v ?? ''}`;
      a.referenceDate = v;
    } else if (name === '--out' || name === '-o') {
      const v = value();
      if (!v) return '--out cần tên tệp / needs a file name';
      a.out = v;
    } else if (x.startsWith('-') && x !== '-') return `tùy chọn không hợp lệ / unknown option: ${x}`;
    else if (a.path) return 'export nhận đúng một văn bản / takes exactly one draft';
    else a.path = x;
  }
  if (!a.path) return 'thiếu văn bản cần xuất / no draft given';
  return a;
}

/** The export bundle, beside the CLI bundle in dist/. */
function loadExporter(): typeof ExportBundle {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a runtime path, so it cannot be an import
  return require(join(__dirname, 'export.js')) as typeof ExportBundle;
}

export async function runExport(argv: string[]): Promise<number> {
  const a = parseExportArgs(argv);
  if (typeof a === 'string') {
    process.stderr.write(`ketluan: ${a}\nCách dùng / usage:\n${EXPORT_USAGE}\n`);
    return 2;
  }
  const path = a.path!;
  let text: string;
  try {
    if (statSync(path).isDirectory()) {
      process.stderr.write(`ketluan: ${path}: là thư mục, cần một tệp / is a directory, give one file\n`);
      return 2;
    }
    const buf = readFileSync(path);
    if (buf.includes(0)) {
      process.stderr.write(`ketluan: ${path}: tệp nhị phân, không xuất được / binary file, cannot export\n`);
      return 2;
    }
    text = new TextDecoder('utf-8').decode(buf);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'error';
    process.stderr.write(`ketluan: ${path}: không đọc được / cannot read (${code})\n`);
    return 2;
  }
  const cfg = new ConfigCache().get(path).config;
  const profile = (a.profile ?? cfg.profile ?? 'auto') as 'auto';
  const referenceDate = parseIso(a.referenceDate ?? cfg.referenceDate ?? '') ?? null;
  const out = a.out ?? (DRAFT_EXT.test(path) ? path.replace(DRAFT_EXT, '') : path) + '.' + a.format;
  const ex = loadExporter();
  const data: Uint8Array | string =
    a.format === 'docx'
      ? await ex.exportDocx(text, { profile, referenceDate })
      : ex.exportHtml(text, { profile, referenceDate });
  try {
    // Written through a temporary file, so a reader never sees half a document.
    const tmp = `${out}.${process.pid}.tmp`;
    writeFileSync(tmp, data);
    renameSync(tmp, out);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'error';
    process.stderr.write(`ketluan: ${out}: không ghi được / cannot write (${code})\n`);
    return 2;
  }
  process.stdout.write(`${out}\n`);
  return existsSync(out) ? 0 : 2;
}
