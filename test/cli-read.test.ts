// How the CLI reads a draft (server/src/cli/read.ts): what it refuses and why, in both languages, and what it
// reads as text (a byte order mark noted, other encodings read byte for byte).
import { describe, it, expect } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { decodeDraft, readDraft } from '../server/src/cli/read';

const bytes = (...b: number[]) => Buffer.from(b);
const UTF16 = {
  vi: 'tệp mã hóa UTF-16; hãy lưu lại dạng UTF-8 (Notepad: Lưu thành… → Mã hóa: UTF-8)',
  en: 'the file is UTF-16; save it again as UTF-8 (Notepad: Save As… → Encoding: UTF-8)',
};
const ZIP = {
  vi: 'tệp nhị phân (tệp nén, có thể là .docx đổi tên), không kiểm tra',
  en: 'binary file (a zip archive, perhaps a renamed .docx), not checked',
};
const NUL = { vi: 'tệp nhị phân (có byte NUL), không kiểm tra', en: 'binary file (contains NUL bytes), not checked' };

describe('decodeDraft: refused input, with the reason', () => {
  it.each([
    ['UTF-16 little endian', bytes(0xff, 0xfe, 0x41, 0x00), UTF16],
    ['UTF-16 big endian', bytes(0xfe, 0xff, 0x00, 0x41), UTF16],
    ['UTF-16 mark alone', bytes(0xff, 0xfe), UTF16],
    ['a zip archive (a renamed .docx)', bytes(0x50, 0x4b, 0x03, 0x04, 0x00), ZIP],
    ['NUL bytes', bytes(0x41, 0x00, 0x42), NUL],
    ['"PK" then other bytes and a NUL: not a zip', bytes(0x50, 0x4b, 0x05, 0x06, 0x00), NUL],
    ['"PK\\x03" then another byte', bytes(0x50, 0x4b, 0x03, 0x05, 0x00), NUL],
    ['"P" then another byte', bytes(0x50, 0x4c, 0x03, 0x04, 0x00), NUL],
    ['a zip header cut short', bytes(0x50, 0x4b, 0x00), NUL],
    ['another first byte', bytes(0x51, 0x4b, 0x03, 0x04, 0x00), NUL],
  ])('%s', (_name, buf, error) => {
    expect(decodeDraft(buf)).toEqual({ error });
  });
});

describe('decodeDraft: text', () => {
  it('UTF-8 with a byte order mark: the mark is noted and not in the text', () => {
    const buf = Buffer.from('\uFEFFSố 12-KL/TU', 'utf8');
    expect(decodeDraft(buf)).toEqual({ text: 'Số 12-KL/TU', notUtf8: false, bom: true, bytes: buf });
    expect(decodeDraft(bytes(0xef, 0xbb, 0xbf))).toMatchObject({ text: '', bom: true, notUtf8: false });
  });
  it('near misses: UTF-8 without a mark; half a mark; one byte like a UTF-16 mark', () => {
    const buf = Buffer.from('Kết luận', 'utf8');
    expect(decodeDraft(buf)).toEqual({ text: 'Kết luận', notUtf8: false, bom: false, bytes: buf });
    // "\xEF\xBB" then "A": not UTF-8, read byte for byte
    expect(decodeDraft(bytes(0xef, 0xbb, 0x41))).toMatchObject({ text: 'ï»A', notUtf8: true, bom: false });
    expect(decodeDraft(bytes(0xff))).toMatchObject({ text: 'ÿ', notUtf8: true, bom: false });
    expect(decodeDraft(bytes(0xff, 0x41))).toMatchObject({ text: 'ÿA', notUtf8: true });
    expect(decodeDraft(bytes(0xfe, 0x41))).toMatchObject({ text: 'þA', notUtf8: true });
    expect(decodeDraft(bytes(0x41, 0xfe, 0xff))).toMatchObject({ text: 'Aþÿ', notUtf8: true });
    expect(decodeDraft(bytes(0x50, 0x4b, 0x03, 0x04))).toMatchObject({ text: 'PK\u0003\u0004', notUtf8: false });
  });
  it('a legacy 8-bit file (TCVN3, VNI) is read byte for byte and marked as not UTF-8', () => {
    const buf = bytes(0x56, 0x69, 0xea, 0x74);
    expect(decodeDraft(buf)).toEqual({ text: 'Viêt', notUtf8: true, bom: false, bytes: buf });
  });
});

describe('readDraft: files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ketluan-read-'));
  it('reads a file', () => {
    writeFileSync(join(dir, 'a.kl.md'), 'Kết luận');
    expect(readDraft(join(dir, 'a.kl.md'))).toMatchObject({ text: 'Kết luận', notUtf8: false, bom: false });
  });
  it('a missing file and a folder: the reason with the system code', () => {
    expect(readDraft(join(dir, 'nope.kl.md'))).toEqual({
      error: { vi: 'không đọc được (ENOENT)', en: 'cannot read (ENOENT)' },
    });
    expect(readDraft(dir)).toEqual({ error: { vi: 'là thư mục (EISDIR)', en: 'is a directory (EISDIR)' } });
  });
  it('a refused file gives its reason', () => {
    writeFileSync(join(dir, 'u16.md'), bytes(0xff, 0xfe, 0x41, 0x00));
    expect(readDraft(join(dir, 'u16.md'))).toEqual({ error: UTF16 });
  });
});
