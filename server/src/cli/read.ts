// Reading the CLI's input: a file, or standard input ("-"). Decides what can be checked and, when a file
// cannot be, says why in both languages (the caller picks one). Never throws.
import { readFileSync } from 'node:fs';

export interface Reason {
  vi: string;
  en: string;
}
/**
 * A draft read: `bom` says the file began with a byte order mark (the decoder drops it; --fix writes it back),
 * `bytes` lets --fix tell whether the file changed on disk meanwhile.
 */
export type Draft = { text: string; notUtf8: boolean; bom: boolean; bytes: Buffer };
export type ReadResult = Draft | { error: Reason };

export const STDIN = '-';

function readBytes(path: string): Buffer | { error: Reason } {
  try {
    return path === STDIN ? readFileSync(0) : readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'error';
    if (code === 'EISDIR') return { error: { vi: 'là thư mục (EISDIR)', en: 'is a directory (EISDIR)' } };
    return { error: { vi: `không đọc được (${code})`, en: `cannot read (${code})` } };
  }
}

/**
 * Reads a text draft (Word files go to word.ts). UTF-16 and binary data are refused with the reason;
 * other non-UTF-8 bytes are read as Latin-1.
 */
export function readDraft(path: string): ReadResult {
  const buf = readBytes(path);
  if (!Buffer.isBuffer(buf)) return buf;
  return decodeDraft(buf);
}

export function decodeDraft(buf: Buffer): ReadResult {
  if (buf.length >= 2 && ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff))) {
    return {
      error: {
        vi: 'tệp mã hóa UTF-16; hãy lưu lại dạng UTF-8 (Notepad: Lưu thành… → Mã hóa: UTF-8)',
        en: 'the file is UTF-16; save it again as UTF-8 (Notepad: Save As… → Encoding: UTF-8)',
      },
    };
  }
  if (buf.includes(0)) {
    const zip = buf.length >= 4 && buf[0] === 0x50 && buf[1] === 0x4b && buf[2] === 0x03 && buf[3] === 0x04;
    return {
      error: zip
        ? {
            vi: 'tệp nhị phân (tệp nén, có thể là .docx đổi tên), không kiểm tra',
            en: 'binary file (a zip archive, perhaps a renamed .docx), not checked',
          }
        : { vi: 'tệp nhị phân (có byte NUL), không kiểm tra', en: 'binary file (contains NUL bytes), not checked' },
    };
  }
  try {
    const bom = buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf;
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(buf), notUtf8: false, bom, bytes: buf };
  } catch {
    // Not UTF-8: read byte for byte (Latin-1) so the text can still be checked; legacy-encoding reports it.
    return { text: buf.toString('latin1'), notUtf8: true, bom: false, bytes: buf };
  }
}
