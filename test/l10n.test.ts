// One localisation mechanism for the VS Code client: vscode.l10n with English strings in the code and the
// Vietnamese bundle l10n/bundle.l10n.vi.json; the manifest through package.nls.json (English, the default)
// and package.nls.vi.json. (Both languages are also checked in a real VS Code: test/e2e/run.mjs.)
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');
const json = (p: string) => JSON.parse(readFileSync(join(ROOT, p), 'utf8'));
/** The keys given to l10n.t: a literal, or literals joined with "+" (a long message over several lines). */
function l10nKeys(): string[] {
  const call = /l10n\.t\(\s*((?:'(?:[^'\\]|\\.)*'\s*\+?\s*)+)/g;
  const literal = /'((?:[^'\\]|\\.)*)'/g;
  return [...clientSources.matchAll(call)].map((m) => [...m[1].matchAll(literal)].map((x) => x[1]).join(''));
}

const clientSources = readdirSync(join(ROOT, 'client', 'src'))
  .filter((f) => f.endsWith('.ts'))
  .map((f) => readFileSync(join(ROOT, 'client', 'src', f), 'utf8'))
  .join('\n');

describe('localisation', () => {
  it('every l10n.t string of the client has a Vietnamese translation, and the bundle has no stale entries', () => {
    const used = new Set(l10nKeys());
    expect(used.size).toBeGreaterThan(3);
    const vi = json('l10n/bundle.l10n.vi.json') as Record<string, string>;
    expect(Object.keys(vi).sort()).toEqual([...used].sort());
    for (const [en, v] of Object.entries(vi)) {
      expect(v).not.toBe(en);
      // Placeholders survive translation.
      expect(v.match(/\{\d\}/g) ?? []).toEqual(en.match(/\{\d\}/g) ?? []);
    }
  });
  it('the client source strings are English; only the one bundle directory exists', () => {
    const used = l10nKeys();
    for (const s of used)
      expect([s, /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i.test(s.replace('Kết luận', ''))]).toEqual([
        s,
        false,
      ]);
    expect(readdirSync(join(ROOT, 'l10n'))).toEqual(['bundle.l10n.vi.json']);
  });
  it('every %key% of the manifest is in package.nls.json (English) and package.nls.vi.json', () => {
    const keys = [...readFileSync(join(ROOT, 'package.json'), 'utf8').matchAll(/"%([\w.]+)%"/g)].map((m) => m[1]);
    const en = json('package.nls.json'),
      vi = json('package.nls.vi.json');
    expect(Object.keys(en).sort()).toEqual([...new Set(keys)].sort());
    expect(Object.keys(vi).sort()).toEqual(Object.keys(en).sort());
    expect(en.displayName).toMatch(/Party document checker/);
    expect(vi.displayName).toMatch(/kiểm tra thể thức văn bản Đảng/);
  });
});
