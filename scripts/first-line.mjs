// The `firstLine` pattern of the "ketluan" language in package.json, built from named parts.
// VS Code tries it only for files that no extension mapping claimed (e.g. "untitled" or "*.ketluan"-less
// names it does not know); it compiles it without the `u` flag, so `\b` would end at every Vietnamese letter:
// each phrase is followed by a space, "*", or the end of the line instead. Both tone-mark styles
// (ỦY/UỶ, HÒA/HOÀ) and both Unicode forms (NFC, NFD) are listed.
// `node scripts/first-line.mjs --write` updates package.json; test/first-line.test.ts checks it is current.
import { readFileSync, writeFileSync } from 'node:fs';

const PARTY_TITLE = ['ĐẢNG CỘNG SẢN VIỆT NAM'];
const COMMITTEE_WORDS = ['ĐẢNG', 'TỈNH', 'THÀNH', 'HUYỆN', 'QUẬN', 'THỊ'];
const COMMITTEE = ['ỦY', 'UỶ'].flatMap((uy) => COMMITTEE_WORDS.map((w) => `${w} ${uy}`));
const ISSUERS = [
  'ĐẢNG BỘ',
  'CHI BỘ',
  'BAN CHẤP HÀNH',
  'BAN THƯỜNG VỤ',
  'ĐẢNG ĐOÀN',
  'BAN CÁN SỰ ĐẢNG',
  'ỦY BAN KIỂM TRA',
  'UỶ BAN KIỂM TRA',
  ...COMMITTEE,
];
const STATE_MOTTO = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM'];

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const forms = (list) => [...new Set(list.flatMap((s) => [s.normalize('NFC'), s.normalize('NFD')]))].map(escape);
const alt = (list) => `(?:${forms(list).join('|')})`;

/** Start of the line: spaces, then Markdown bold or a heading mark, or an inline ketluan comment. */
const LEAD = String.raw`^\s*(?:<!--\s*ketluan-|(?:\*\*|#+\s*)?`;
const END = String.raw`(?=[\s*]|$)`;

export function firstLinePattern() {
  // A Party header (title or issuer first), a ketluan comment, or a state header with the motto on the line.
  return `${LEAD}${alt([...PARTY_TITLE, ...ISSUERS])}${END})|${alt(STATE_MOTTO)}`;
}

if (process.argv.includes('--write')) {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  pkg.contributes.languages.find((l) => l.id === 'ketluan').firstLine = firstLinePattern();
  writeFileSync('package.json', JSON.stringify(pkg, null, 2) + '\n');
} else if (process.argv[1]?.endsWith('first-line.mjs')) process.stdout.write(firstLinePattern() + '\n');
