// The Word fixtures of the layout-* rules (test/rules/<id>/<case>.docx.json + <case>.expect): each .docx is
// built from a clean sample with one edit and checked; the listed findings (paragraph numbers as the CLI
// shows them, ¶n) must be exactly those of the asserted rules.
import { describe, it, expect } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readSidecar, TODAY } from './helpers';
import { readWordFixture, WORD_FIXTURE } from './docx-fixture';
import { checkWord } from '../server/src/docx/check';
import { wordDiagnostics } from '../server/src/cli/word';

const ROOT = join(__dirname, 'rules');

describe('Word fixtures of the layout rules', () => {
  for (const rule of readdirSync(ROOT).filter((r) => r.startsWith('layout-')).sort()) {
    describe(rule, () => {
      const cases = readdirSync(join(ROOT, rule)).filter((f) => WORD_FIXTURE.test(f)).sort();
      it('has a case where it fires and a clean near-miss', () => {
        const sides = cases.map((c) => readSidecar(join(ROOT, rule, c.replace(WORD_FIXTURE, '.expect'))));
        expect(sides.some((s) => s.expected.some((e) => e.rule === rule))).toBe(true);
        expect(sides.some((s) => s.expected.length === 0)).toBe(true);
      });
      for (const c of cases) {
        it(c, () => {
          const side = readSidecar(join(ROOT, rule, c.replace(WORD_FIXTURE, '.expect')));
          const r = checkWord(readWordFixture(join(ROOT, rule, c)), { today: TODAY, ...side.options });
          if (!r.ok) throw new Error(r.failure.en);
          const asserted = new Set([rule, ...side.expected.map((e) => e.rule)]);
          const got = wordDiagnostics(r).filter((d) => asserted.has(d.rule));
          const shown = got.map((d) => `${d.line}:${d.column} ${d.rule} ${d.message}`).join('\n');
          const want = side.expected.map((e) => `${e.line} ${e.rule}`).sort();
          expect(got.map((d) => `${d.line} ${d.rule}`).sort(), shown).toEqual(want);
          for (const e of side.expected) {
            if (e.col === null) continue;
            expect(got.some((d) => d.line === e.line && d.column === e.col && d.rule === e.rule), shown).toBe(true);
          }
        });
      }
    });
  }
});
