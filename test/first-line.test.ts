// The language's `firstLine` pattern (package.json): matches the first line of every example and template,
// in both tone-mark styles and both Unicode forms, and not text that only looks like a header.
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
// @ts-expect-error: a plain ES module script without types
import { firstLinePattern } from '../scripts/first-line.mjs';

const ROOT = join(__dirname, '..');
const PKG = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const SOURCE: string = PKG.contributes.languages.find((l: { id: string }) => l.id === 'ketluan').firstLine;
// As VS Code compiles it: no flags.
const FIRST_LINE = new RegExp(SOURCE);
const firstLine = (text: string) => text.replace(/^\uFEFF/, '').split(/\r?\n/)[0];

describe('firstLine', () => {
  it('is the pattern scripts/first-line.mjs builds (run it with --write after a change)', () => {
    expect(SOURCE).toBe(firstLinePattern());
  });
  it('matches the first line of every example', () => {
    const dir = join(ROOT, 'examples');
    for (const f of readdirSync(dir))
      expect([f, FIRST_LINE.test(firstLine(readFileSync(join(dir, f), 'utf8')))]).toEqual([f, true]);
  });
  it('matches the first line of every document template, as expanded', () => {
    const snippets = JSON.parse(readFileSync(join(ROOT, 'snippets', 'ketluan.code-snippets'), 'utf8')) as Record<
      string,
      { body: string[] }
    >;
    const docs = Object.entries(snippets).filter(([, s]) => s.body.some((l) => l.includes('ĐẢNG CỘNG SẢN VIỆT NAM')));
    expect(docs.length).toBeGreaterThan(3);
    const expand = (l: string) => l.replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\{\d+\|([^,|]*)[^}]*\}/g, '$1');
    for (const [name, s] of docs) expect([name, FIRST_LINE.test(expand(s.body[0]))]).toEqual([name, true]);
  });
  it('both tone-mark styles, NFD text, Markdown emphasis, CRLF', () => {
    for (const l of [
      'ĐẢNG UỶ XÃ TÂN LẬP',
      'ĐẢNG ỦY XÃ TÂN LẬP',
      'TỈNH UỶ LÂM ĐỒNG',
      '**ĐẢNG CỘNG SẢN VIỆT NAM**',
      '# ĐẢNG BỘ TỈNH',
      'ĐẢNG CỘNG SẢN VIỆT NAM\r',
      'ĐẢNG ỦY XÃ TÂN LẬP'.normalize('NFD'),
      'ĐẢNG CỘNG SẢN VIỆT NAM'.normalize('NFD'),
      '<!-- ketluan-profile hd36 -->',
      'UBND TỈNH LÀO CAI          CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'ỦY BAN NHÂN DÂN     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'.normalize('NFD'),
    ]) {
      expect([l, FIRST_LINE.test(l)]).toEqual([l, true]);
    }
  });
  it('near misses: lower case, a longer word, ordinary Markdown', () => {
    for (const l of [
      'Đảng bộ tỉnh Lâm Đồng',
      'ĐẢNG BỘI',
      'CHI BỘT',
      '# ketluan',
      'Ban Chấp hành Đảng bộ',
      '<!-- comment -->',
      'THỊ UỶX',
    ]) {
      expect([l, FIRST_LINE.test(l)]).toEqual([l, false]);
    }
  });
  const STATE = join(ROOT, '..', 'shared', 'corpus', 'state');
  it.skipIf(!existsSync(STATE))(
    'matches the state documents of ../shared/corpus/state whose first line carries the motto',
    () => {
      const files = readdirSync(STATE).filter((f) => f.endsWith('.txt'));
      let n = 0;
      for (const f of files) {
        const l = firstLine(readFileSync(join(STATE, f), 'utf8'));
        if (!/CỘNG HÒA|CỘNG HOÀ/.test(l.normalize('NFC'))) continue;
        n++;
        expect([f, FIRST_LINE.test(l)]).toEqual([f, true]);
      }
      expect(n).toBeGreaterThan(0);
    },
  );
});
