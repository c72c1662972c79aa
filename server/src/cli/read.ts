// Reading the CLI's input: a file, or standard input ("-"). Decides what can be checked and, when a file
// cannot be, says why in both languages (the caller picks one). Never throws.
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';

export interface Reason { vi: string; en: string }
export type ReadResult = { text: string; notUtf8: boolean } | { error: Reason };

export const STDIN = '-';

/**
 * Readers by file extension. A .docx reader is being added separately; until then a .docx path is answered
 * with "not supported yet" (exit 2). To plug it in, replace the entry: (path) => ReadResult.
 */
export const READERS: Record<string, (path: string) => ReadResult> = {
  '.docx': () => ({
    error: {
      vi: 'tệp Word (.docx) chưa được hỗ trợ; hãy lưu văn bản dạng .txt (UTF-8) hoặc dán vào tệp .kl.md',
      en: 'Word files (.docx) are not supported yet; save the draft as .txt (UTF-8) or paste it into a .kl.md file',
    },
  }),
  '.doc': () => ({
    error: {
      vi: 'tệp Word cũ (.doc) không đọc được; hãy mở bằng Word và lưu lại dạng .txt (UTF-8)',
      en: 'old Word files (.doc) cannot be read; open it in Word and save it as .txt (UTF-8)',
    },
  }),
};

function readBytes(path: string): Buffer | { error: Reason } {
  try {
    return path === STDIN ? readFileSync(0) : readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'error';
    if (code === 'EISDIR') return { error: { vi: 'là thư mục (EISDIR)', en: 'is a directory (EISDIR)' } };
    return { error: { vi: `không đọc được (${code})`, en: `cannot read (${code})` } };
  }
}

/** Reads a draft. UTF-16 and binary data are refused with the reason; other non-UTF-8 bytes are read as Latin-1. */
export function readDraft(path: string): ReadResult {
  const special = path === STDIN ? undefined : READERS[extname(path).toLowerCase()];
  if (special) return special(path);
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
        ? { vi: 'tệp nhị phân (tệp nén, có thể là .docx đổi tên), không kiểm tra',
          en: 'binary file (a zip archive, perhaps a renamed .docx), not checked' }
        : { vi: 'tệp nhị phân (có byte NUL), không kiểm tra', en: 'binary file (contains NUL bytes), not checked' },
    };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(buf), notUtf8: false };
  } catch {
    // Not UTF-8: read byte for byte (Latin-1) so the text can still be checked; legacy-encoding reports it.
    return { text: buf.toString('latin1'), notUtf8: true };
  }
}
