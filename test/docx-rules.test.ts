// The Word fixtures of the layout-* rules (test/rules/<id>/<case>.docx.json + <case>.expect): each .docx is
// built from a clean sample with one edit and checked. The sidecar is in the full format of test/helpers.ts,
// positions being PARAGRAPH:COLUMN as the CLI prints them (1-based paragraph number, UTF-16 column).
// UPDATE_FIXTURES=1 converts short sidecars (and refreshes full ones) when the findings' paragraphs and rules
// are those announced, as for the text drafts; review the diff.
import { describe, it, expect } from 'vitest';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  readSidecar,
  findingLines,
  sidecarComparison,
  conversionProblem,
  formatSidecar,
  TODAY,
  type Rendered,
} from './helpers';
import { readWordFixture, WORD_FIXTURE } from './docx-fixture';
import { checkWord } from '../server/src/docx/check';
import { wordDiagnostics } from '../server/src/cli/word';
import type { AnalyzeOptions } from '../server/src/core';

const ROOT = join(__dirname, 'rules');
const UPDATE = process.env.UPDATE_FIXTURES === '1';
/** As in test/rules.test.ts: KETLUAN_RULE_FIXTURES narrows the run to these rule folders (mutation testing). */
const ONLY = process.env.KETLUAN_RULE_FIXTURES?.split(',').filter(Boolean) ?? null;

/** The findings of the given rules in a Word file as sidecar blocks (¶:column ranges, message, en:). */
function renderWord(bytes: Uint8Array, rules: Set<string>, options: AnalyzeOptions): Rendered[] {
  const opts = { today: TODAY, ...options };
  const r = checkWord(bytes, opts);
  if (!r.ok) throw new Error(r.failure.en);
  const en = opts.language === 'en' ? null : checkWord(bytes, { ...opts, language: 'en' });
  if (en && !en.ok) throw new Error(en.failure.en);
  const where = wordDiagnostics(r);
  const out: Rendered[] = [];
  r.findings.forEach((f, i) => {
    if (!rules.has(f.ruleId)) return;
    const d = where[i];
    const range = `${d.line}:${d.column}-${d.endLine}:${d.endColumn}`;
    const lines = findingLines(range, f, en ? en.findings[i].message : null, r.text);
    out.push({ line: d.line, col: d.column, rule: f.ruleId, lines });
  });
  return out;
}

const LAYOUT_RULES = readdirSync(ROOT)
  .filter((r) => r.startsWith('layout-') && (!ONLY || ONLY.includes(r)))
  .sort();
describe('Word fixture folders', () => {
  it('every layout-* folder holds Word fixtures (a folder of text drafts would be skipped here)', () => {
    const folders = readdirSync(ROOT).filter((r) => r.startsWith('layout-'));
    expect(folders.length).toBeGreaterThan(0);
    for (const f of folders) expect(readdirSync(join(ROOT, f)).some((x) => WORD_FIXTURE.test(x)), f).toBe(true);
  });
});

// A narrowed run (KETLUAN_RULE_FIXTURES) naming no layout rule has no suite here (an empty one is an error).
if (LAYOUT_RULES.length)
  describe('Word fixtures of the layout rules', () => {
    for (const rule of LAYOUT_RULES) {
      describe(rule, () => {
        const cases = readdirSync(join(ROOT, rule))
          .filter((f) => WORD_FIXTURE.test(f))
          .sort();
        it('has a case where it fires and a clean near-miss', () => {
          const sides = cases.map((c) => readSidecar(join(ROOT, rule, c.replace(WORD_FIXTURE, '.expect'))));
          expect(sides.some((s) => s.expected.some((e) => e.rule === rule))).toBe(true);
          expect(sides.some((s) => s.none)).toBe(true);
        });
        for (const c of cases) {
          it(c, () => {
            const sidecar = join(ROOT, rule, c.replace(WORD_FIXTURE, '.expect'));
            let side = readSidecar(sidecar);
            const bytes = readWordFixture(join(ROOT, rule, c));
            const asserted = new Set([rule, ...side.expected.map((e) => e.rule)]);
            let actual = renderWord(bytes, asserted, side.options);
            if (UPDATE) {
              const problem = conversionProblem(side, actual);
              expect(problem, `${sidecar}: not rewritten, fix the code or edit the sidecar by hand`).toBeNull();
              writeFileSync(sidecar, formatSidecar(side, actual));
              side = readSidecar(sidecar);
              actual = renderWord(bytes, asserted, side.options);
            }
            expect(
              side.format,
              `${sidecar} is in the short format: convert it with ` +
                'UPDATE_FIXTURES=1 npx vitest run test/docx-rules.test.ts and review the result',
            ).toBe('full');
            expect(side.blocks.length > 0 || side.none, `${sidecar}: write "none" for a case without findings`).toBe(
              true,
            );
            expect(!(side.blocks.length && side.none), `${sidecar}: "none" and findings`).toBe(true);
            const [shown, want] = sidecarComparison(side, actual);
            expect(shown).toBe(want);
          });
        }
      });
    }
  });
