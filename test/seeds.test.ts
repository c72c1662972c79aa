// The CLI on the shared seed documents, scored against their expected.json
// (every mustNotFind; every mustFind whose rule is implemented; the document type).
import { describe, it, expect } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../server/src/core';
import { SEEDS, describeShared } from './shared';

const ROOT = join(__dirname, '..');
const implemented = new Set(RULES.map((r) => r.id));

interface Exp {
  rule: string;
  line?: number;
  why?: string;
}

describeShared('seed documents (../shared/examples/seeds)', () => {
  const expected = JSON.parse(readFileSync(join(SEEDS, 'expected.json'), 'utf8')).files as Record<
    string,
    { documentType?: string | null; mustFind?: Exp[]; mustNotFind?: Exp[] }
  >;
  const names = Object.keys(expected);
  let out: {
    files: {
      path: string;
      profile: string;
      documentType: string | null;
      diagnostics: { rule: string; line: number }[];
    }[];
  };
  const run = () => {
    if (out) return out;
    let stdout: string;
    try {
      stdout = execFileSync(
        'node',
        ['bin/ketluan.js', 'check', '--format', 'json', ...names.map((n) => join(SEEDS, n))],
        { cwd: ROOT, encoding: 'utf8' },
      );
    } catch (e) {
      const err = e as { status: number; stdout: string };
      expect(err.status).toBe(1); // errors found, not a crash
      stdout = err.stdout;
    }
    out = JSON.parse(stdout);
    return out;
  };
  const near = (d: { line: number }, e: Exp) => e.line === undefined || Math.abs(d.line - e.line) <= 1;
  for (const name of names) {
    describe(name, () => {
      it('prints the spec JSON for the file', () => {
        const f = run().files.find((x) => x.path.endsWith(name));
        expect(f).toBeDefined();
        expect(['hd36', 'hd05', 'nd30']).toContain(f!.profile);
        if (expected[name].documentType !== undefined) expect(f!.documentType).toBe(expected[name].documentType);
      });
      for (const e of (expected[name].mustFind ?? []).filter((x) => implemented.has(x.rule))) {
        it(`finds ${e.rule}${e.line ? ' @' + e.line : ''}`, () => {
          const f = run().files.find((x) => x.path.endsWith(name))!;
          expect(
            f.diagnostics.some((d) => d.rule === e.rule && near(d, e)),
            e.why ?? '',
          ).toBe(true);
        });
      }
      for (const e of (expected[name].mustNotFind ?? []).filter((x) => implemented.has(x.rule))) {
        it(`does not find ${e.rule}${e.line ? ' @' + e.line : ''}`, () => {
          const f = run().files.find((x) => x.path.endsWith(name))!;
          const hit = f.diagnostics.find((d) => d.rule === e.rule && near(d, e));
          expect(hit, `${e.why ?? ''} ${JSON.stringify(hit)}`).toBeUndefined();
        });
      }
    });
  }
  it('seed 000 is dated by its meeting (hd36, KL)', () => {
    const f = run().files.find((x) => x.path.endsWith('000_9711721d96982625.txt'))!;
    expect(f.profile).toBe('hd36');
  });
});
