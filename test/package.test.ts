// What the .vsix declares and ships: both entries (desktop and web), the README's images, the icon, the
// repository; which documents the client hands to the server.
import { describe, it, expect } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { DOCUMENT_SELECTOR, CHECKED_SCHEMES } from '../client/src/selector';
import { REPOSITORY_URL } from '../server/src/shared/links';

const ROOT = join(__dirname, '..');
const PKG = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

describe('package', () => {
  it('ships the desktop and web entries, the README images and the icon', () => {
    const listed = execFileSync(join(ROOT, 'node_modules', '.bin', 'vsce'), ['ls', '--no-dependencies'], {
      cwd: ROOT,
      encoding: 'utf8',
    })
      .split('\n')
      .map((l) => l.trim());
    const images = [...readFileSync(join(ROOT, 'README.md'), 'utf8').matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map(
      (m) => m[1],
    );
    expect(images.length).toBeGreaterThan(0);
    for (const f of [
      ...images,
      PKG.icon,
      PKG.main.replace(/^\.\//, ''),
      PKG.browser.replace(/^\.\//, ''),
      'dist/server.js',
      'dist/web/server.js',
    ]) {
      expect([f, listed.includes(f)]).toEqual([f, true]);
    }
    // Not the test fixtures.
    expect(listed.some((l) => l.startsWith('test/'))).toBe(false);
  });
  it('declares a repository whose address the SARIF helpUri uses, an icon and virtual-workspace support', () => {
    expect(PKG.repository.url.replace(/^git\+/, '').replace(/\.git$/, '')).toBe(REPOSITORY_URL);
    expect(existsSync(join(ROOT, PKG.icon))).toBe(true);
    expect(readFileSync(join(ROOT, PKG.icon)).subarray(1, 4).toString()).toBe('PNG');
    expect(PKG.capabilities.virtualWorkspaces).toBe(true);
  });
  it('the client hands the server drafts on disk, unsaved drafts and virtual-workspace files, not git: copies', () => {
    expect(DOCUMENT_SELECTOR).toEqual(CHECKED_SCHEMES.map((scheme) => ({ scheme, language: 'ketluan' })));
    expect([...CHECKED_SCHEMES].sort()).toEqual(['file', 'untitled', 'vscode-vfs']);
    expect(DOCUMENT_SELECTOR.some((s) => s.scheme === 'git')).toBe(false);
  });
  it('declares both command-line programs', () => {
    expect(PKG.bin).toEqual({ ketluan: 'bin/ketluan.js', 'ketluan-language-server': 'bin/ketluan-language-server.js' });
  });
});
