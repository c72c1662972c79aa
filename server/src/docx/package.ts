// Opening the package: what kind of file this is, and the XML parts we need, inflated with their declared
// sizes checked first (a zip bomb declares what it will not keep). Never throws.

import { unzipSync, type UnzipFileInfo } from 'fflate';
import type { ReadFailure } from './model';
import type { XmlText } from './xml';

/** Largest file we read (a .docx of text is rarely above 5 MB; pictures make the rest). */
export const MAX_FILE_BYTES = 40 * 1024 * 1024;
/** Largest single XML part, and all parts together, once inflated. */
export const MAX_PART_BYTES = 24 * 1024 * 1024;
export const MAX_TOTAL_BYTES = 48 * 1024 * 1024;
/** Ratio of inflated to stored size above which a large part is a bomb, not text. */
const MAX_RATIO = 200;

const RESAVE_VI = 'Mở tệp bằng Word và lưu lại dạng .docx (Tệp → Lưu thành → Tài liệu Word (*.docx)).';
const RESAVE_EN = 'Open it in Word and save it as .docx (File → Save As → Word Document (*.docx)).';

function fail(code: ReadFailure['code'], vi: string, en: string): ReadFailure {
  return { code, vi, en };
}

export const FAILURES = {
  doc97: () =>
    fail(
      'doc97',
      `Đây là tệp Word 97-2003 (.doc), chưa đọc được. ${RESAVE_VI}`,
      `This is a Word 97-2003 file (.doc), which cannot be read. ${RESAVE_EN}`,
    ),
  encrypted: () =>
    fail(
      'encrypted',
      'Tệp được đặt mật khẩu (mã hóa). Mở bằng Word, bỏ mật khẩu (Tệp → Thông tin → Bảo vệ tài liệu → ' +
        'Mã hóa bằng mật khẩu → xóa mật khẩu) rồi lưu lại.',
      'The file is password-protected (encrypted). Open it in Word, remove the password (File → Info → ' +
        'Protect Document → Encrypt with Password → clear it) and save again.',
    ),
  rtf: () =>
    fail('rtf', `Đây là tệp RTF, không phải .docx. ${RESAVE_VI}`, `This is an RTF file, not a .docx. ${RESAVE_EN}`),
  pdf: () =>
    fail(
      'pdf',
      'Đây là tệp PDF, không phải .docx. Hãy kiểm tra bản Word (.docx) của văn bản.',
      'This is a PDF file, not a .docx. Check the Word (.docx) copy of the document.',
    ),
  notZip: () =>
    fail(
      'not-zip',
      `Tệp không phải .docx (không có cấu trúc tệp nén của Word). ${RESAVE_VI}`,
      `The file is not a .docx (no Word zip package inside). ${RESAVE_EN}`,
    ),
  corrupt: (why: string) =>
    fail(
      'corrupt',
      `Tệp .docx bị hỏng, không giải nén được (${why}). ${RESAVE_VI}`,
      `The .docx is damaged and cannot be unzipped (${why}). ${RESAVE_EN}`,
    ),
  missing: (part: string) =>
    fail(
      'missing-part',
      `Tệp .docx thiếu phần "${part}". ${RESAVE_VI}`,
      `The .docx lacks its part "${part}". ${RESAVE_EN}`,
    ),
  strict: () =>
    fail(
      'strict',
      'Tệp lưu theo chuẩn "Strict Open XML", chưa đọc được. Mở bằng Word và lưu lại dạng "Tài liệu Word (*.docx)".',
      'The file is saved as "Strict Open XML", which cannot be read. Open it in Word and save it as ' +
        '"Word Document (*.docx)".',
    ),
  tooLarge: (mb: number) =>
    fail(
      'too-large',
      `Tệp quá lớn (${mb} MB; giới hạn ${MAX_FILE_BYTES / 1048576} MB). Trong Word, nén ảnh (chọn ảnh → ` +
        `Định dạng ảnh → ` +
        'Nén ảnh) hoặc tách phụ lục ra tệp riêng rồi lưu lại.',
      `The file is too large (${mb} MB; the limit is ${MAX_FILE_BYTES / 1048576} MB). In Word, compress the pictures ` +
        '(select a picture → Picture Format → Compress Pictures) or move annexes to their own file, then save.',
    ),
  bomb: (part: string) =>
    fail(
      'bomb',
      `Phần "${part}" của tệp giải nén ra quá lớn (nghi là tệp độc hại hoặc hỏng); không đọc. ${RESAVE_VI}`,
      `The part "${part}" would inflate to an excessive size (a hostile or damaged file); not read. ${RESAVE_EN}`,
    ),
};

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(b: Uint8Array, sig: number[]): boolean {
  if (b.length < sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (b[i] !== sig[i]) return false;
  return true;
}

/** Whether a UTF-16LE name appears in the first bytes (directory entries of an OLE container). */
function hasUtf16(b: Uint8Array, name: string): boolean {
  const n = name.length * 2;
  const end = Math.min(b.length, 4 * 1024 * 1024) - n;
  outer: for (let i = 0; i <= end; i++) {
    for (let k = 0; k < name.length; k++) {
      if (b[i + 2 * k] !== name.charCodeAt(k) || b[i + 2 * k + 1] !== 0) continue outer;
    }
    return true;
  }
  return false;
}

/** The kind of a file that is not a zip package, or null when it is one. */
export function sniff(bytes: Uint8Array): ReadFailure | null {
  if (bytes.length > MAX_FILE_BYTES) return FAILURES.tooLarge(Math.round(bytes.length / 1048576));
  if (startsWith(bytes, OLE)) {
    // An encrypted .docx is an OLE container holding "EncryptionInfo" and "EncryptedPackage".
    const encrypted = hasUtf16(bytes, 'EncryptedPackage') || hasUtf16(bytes, 'EncryptionInfo');
    return encrypted ? FAILURES.encrypted() : FAILURES.doc97();
  }
  if (startsWith(bytes, [0x7b, 0x5c, 0x72, 0x74, 0x66])) return FAILURES.rtf(); // {\rtf
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return FAILURES.pdf(); // %PDF
  const zip = startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]); // PK
  if (!zip) return FAILURES.notZip();
  return null;
}

/** Parts of a WordprocessingML package we read (the rest — pictures, fonts, custom XML — stays compressed). */
const WORD_PARTS = '(?:document\\d*|styles|settings|numbering|header\\d+|footer\\d+|theme/theme\\d+)\\.xml';
const NEEDED = new RegExp(
  `^(?:\\[Content_Types\\]\\.xml|_rels/\\.rels|word/${WORD_PARTS}|word/_rels/document\\d*\\.xml\\.rels)$`,
  'i',
);

export type Parts = Map<string, XmlText>;

/** Unzips the needed parts as text. */
export function openPackage(bytes: Uint8Array): { parts: Parts } | { failure: ReadFailure } {
  const early = sniff(bytes);
  if (early) return { failure: early };
  let bomb: string | null = null;
  let total = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (f: UnzipFileInfo) => {
        if (!NEEDED.test(f.name)) return false;
        const big = f.originalSize > 1024 * 1024 && f.originalSize > f.size * MAX_RATIO;
        if (f.originalSize > MAX_PART_BYTES || big || total + f.originalSize > MAX_TOTAL_BYTES) {
          bomb ??= f.name;
          return false;
        }
        total += f.originalSize;
        return true;
      },
    });
  } catch (e) {
    return { failure: FAILURES.corrupt(e instanceof Error ? e.message : String(e)) };
  }
  if (bomb) return { failure: FAILURES.bomb(bomb) };
  const parts: Parts = new Map();
  const dec = new TextDecoder('utf-8');
  for (const [name, data] of Object.entries(files)) parts.set(name.toLowerCase(), decodeXml(dec, data));
  return { parts };
}

/**
 * XML parts are UTF-8 or (rarely) UTF-16 with a byte order mark. Under Node a UTF-8 part stays a byte string
 * (see XmlText: decoding the whole part cost more than reading it); elsewhere it is decoded whole.
 */
function decodeXml(utf8: { decode(d: Uint8Array): string }, data: Uint8Array): XmlText {
  if (data[0] === 0xff && data[1] === 0xfe) return new TextDecoder('utf-16le').decode(data.subarray(2));
  if (data[0] === 0xfe && data[1] === 0xff) return new TextDecoder('utf-16be').decode(data.subarray(2));
  const bom = data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf ? 3 : 0;
  type NodeBuffer = { from(b: ArrayBuffer, o: number, l: number): { toString(e: string): string } };
  const B = (globalThis as { Buffer?: NodeBuffer }).Buffer;
  if (B) {
    const buf = B.from(data.buffer as ArrayBuffer, data.byteOffset + bom, data.byteLength - bom);
    return { bytes: buf.toString('latin1') };
  }
  return utf8.decode(data.subarray(bom));
}
