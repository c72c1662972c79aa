// ketluan import [--out FILE] <file.docx> (spec §9): writes a text draft in the templates' two-column layout.
// Default output: the Word file's name with .kl.md (.tb.md for a Thông báo) beside it; an existing file is
// not overwritten unless named with --out. Exit 0, or 2 when the input cannot be read or the output written.
import { readFileSync, writeFileSync, existsSync, renameSync } from 'node:fs';
import { readDocx } from '../docx/reader';
import { toDraft } from '../docx/draft';
import { parse } from '../core/parse';
import { failureText } from './word';

const codeOf = (e: unknown) => (e as NodeJS.ErrnoException).code ?? 'error';
const USAGE = 'Cách dùng / usage: ketluan import [--out TỆP] [--lang vi|en] <tệp.docx>';

export function runImport(argv: string[]): number {
  let out: string | undefined;
  let lang: string | undefined;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const x = argv[i];
    if (x === '--out' || x === '-o') out = argv[++i];
    else if (x.startsWith('--out=')) out = x.slice(6);
    else if (x === '--lang') lang = argv[++i];
    else if (x.startsWith('-')) {
      process.stderr.write(`ketluan: tùy chọn không hợp lệ / unknown option: ${x}\n${USAGE}\n`);
      return 2;
    } else files.push(x);
  }
  if (files.length !== 1 || (out !== undefined && !out)) {
    process.stderr.write(`ketluan: import nhận đúng một tệp .docx / takes exactly one .docx file\n${USAGE}\n`);
    return 2;
  }
  const src = files[0];
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(src);
  } catch (e) {
    process.stderr.write(`ketluan: ${src}: không đọc được / cannot read (${codeOf(e)})\n`);
    return 2;
  }
  const r = readDocx(bytes);
  if (!r.ok) {
    process.stderr.write(`ketluan: ${src}: ${failureText(r.failure, lang)}\n`);
    return 2;
  }
  const draft = toDraft(r.doc);
  const target = out ?? defaultTarget(src, draft);
  if (out === undefined && existsSync(target)) {
    process.stderr.write(
      `ketluan: ${target}: tệp đã có, không ghi đè; dùng --out để chọn tên khác` +
        ' / exists, not overwritten; use --out\n',
    );
    return 2;
  }
  try {
    const tmp = `${target}.ketluan-${process.pid}.tmp`;
    writeFileSync(tmp, draft);
    renameSync(tmp, target);
  } catch (e) {
    process.stderr.write(`ketluan: ${target}: không ghi được / cannot write (${codeOf(e)})\n`);
    return 2;
  }
  process.stdout.write(`${target}\n`);
  return 0;
}

/** x.docx -> x.kl.md, or x.tb.md when the document is a Thông báo. */
function defaultTarget(src: string, draft: string): string {
  const stem = src.replace(/\.(docx|docm|dotx|dotm)$/i, '');
  const type = parse(draft).documentType;
  return `${stem}.${type === 'TB' ? 'tb' : 'kl'}.md`;
}
