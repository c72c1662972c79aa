// Every rule folder under test/rules/<id>/ holds fixture drafts with their expected findings beside them
// (<case>.expect, format described at the top of test/helpers.ts and in test/rules/README.md) and, for fixes,
// the text after the fix (<case>.fixed.<ext>). UPDATE_FIXTURES=1 rewrites the sidecars from the current results
// when their lines and rules still match (see helpers.ts); review the diff.
import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES, applyFixes, analyze } from '../server/src/core';
import {
  fixtureCases,
  readSidecar,
  findingsOf,
  renderFindings,
  formatSidecar,
  conversionProblem,
  TODAY,
} from './helpers';

const ROOT = join(__dirname, 'rules');
const folders = readdirSync(ROOT)
  .filter((f) => !f.includes('.'))
  .sort();
// Mutation testing of a few rules (stryker.rules.config.mjs) runs only their folders' cases, named here.
const ONLY = process.env.KETLUAN_RULE_FIXTURES?.split(',').filter(Boolean) ?? null;
const caseFolders = ONLY ? folders.filter((f) => ONLY.includes(f)) : folders;
const UPDATE = process.env.UPDATE_FIXTURES === '1';

describe('rule fixtures', () => {
  if (ONLY) it('names only rule folders in KETLUAN_RULE_FIXTURES', () => expect(caseFolders).toEqual([...ONLY].sort()));
  for (const rule of caseFolders) {
    describe(rule, () => {
      for (const c of fixtureCases(join(ROOT, rule))) {
        it(c.name, () => {
          expect(existsSync(c.sidecar), `${c.sidecar} is missing`).toBe(true);
          let side = readSidecar(c.sidecar);
          const text = readFileSync(c.draft, 'utf8');
          const asserted = new Set([rule, ...side.expected.map((e) => e.rule)]);
          const options = { today: TODAY, ...side.options };
          let actual = renderFindings(text, asserted, side.options);
          if (UPDATE) {
            // Convert or refresh only when the findings are the ones the sidecar announced.
            const problem = conversionProblem(side, actual);
            expect(problem, `${c.sidecar}: not rewritten, fix the code or edit the sidecar by hand`).toBeNull();
            const fixedText = applyFixes(text, options, rule).text;
            if (c.fixed || fixedText !== text) writeFileSync(c.fixedPath, fixedText);
            writeFileSync(c.sidecar, formatSidecar(side, actual));
            side = readSidecar(c.sidecar);
            actual = renderFindings(text, asserted, side.options);
          }
          expect(
            side.format,
            `${c.sidecar} is in the short format: convert it with ` +
              'UPDATE_FIXTURES=1 npx vitest run test/rules.test.ts and review the result',
          ).toBe('full');
          expect(side.blocks.length > 0 || side.none, `${c.sidecar}: write "none" for a case without findings`).toBe(
            true,
          );
          expect(!(side.blocks.length && side.none), `${c.sidecar}: "none" and findings`).toBe(true);
          // An expected finding without an "en:" line does not pin the English message.
          const withEn = side.blocks.map((b) => b.lines.some((l) => l.startsWith('  en: ')));
          const dropEn = (lines: string[]) => lines.filter((l) => !l.startsWith('  en: '));
          const shown = actual.map((a, i) => (withEn[i] === false ? dropEn(a.lines) : a.lines));
          expect(shown.map((l) => l.join('\n')).join('\n\n')).toBe(
            side.blocks.map((b) => b.lines.join('\n')).join('\n\n'),
          );
          const result = analyze(text, options);
          // A rule that throws is skipped by the engine; no fixture may make one throw.
          expect(result.failures, `${c.name}: a rule threw`).toEqual([]);
          const fixable = result.findings.some((f) => f.ruleId === rule && f.fix);
          expect(
            !fixable || !!c.fixed || existsSync(c.fixedPath),
            `${c.name}: a fix applies, write ${c.fixedPath}`,
          ).toBe(true);
          if (c.fixed || existsSync(c.fixedPath)) {
            const out = applyFixes(text, options, rule);
            expect(out.text).toBe(readFileSync(c.fixedPath, 'utf8'));
            expect(findingsOf(out.text, new Set([rule]), side.options)).toEqual([]);
          }
        });
      }
    });
  }
});

describe('rule registry', () => {
  it('every rule has a fixture folder with at least one finding and one clean case', () => {
    for (const r of RULES) {
      const dir = join(ROOT, r.id);
      expect(existsSync(dir), `test/rules/${r.id}/ is missing`).toBe(true);
      const sides = fixtureCases(dir, { word: true }).map((c) => readSidecar(c.sidecar));
      expect(
        sides.some((s) => s.expected.some((e) => e.rule === r.id)),
        `${r.id}: no case where it fires`,
      ).toBe(true);
    }
  });
  it('every rule has at least three near-miss clean cases, none a copy of a golden draft', () => {
    const goldenDir = join(__dirname, 'fixtures');
    // Files only: test/fixtures/register/ is a workspace, not a golden draft.
    const golden = readdirSync(goldenDir, { withFileTypes: true })
      .filter((d) => d.isFile())
      .map((d) => readFileSync(join(goldenDir, d.name), 'utf8'));
    for (const r of RULES) {
      const clean = fixtureCases(join(ROOT, r.id), { word: true }).filter((c) => readSidecar(c.sidecar).none);
      expect(clean.length, `${r.id}: ${clean.length} clean cases, at least 3 wanted`).toBeGreaterThanOrEqual(3);
      for (const c of clean) {
        expect(golden.includes(readFileSync(c.draft, 'utf8')), `${c.name} is a copy of a golden draft`).toBe(false);
        const said = readSidecar(c.sidecar).head.some((l) => l.startsWith('#'));
        expect(said, `${c.name}: say in a # line what it nearly is`).toBe(true);
      }
    }
  });
  it('every rule pins its English message in at least one case', () => {
    for (const r of RULES) {
      const blocks = fixtureCases(join(ROOT, r.id), { word: true }).flatMap((c) => readSidecar(c.sidecar).blocks);
      const en = blocks.some((b) => b.rule === r.id && b.lines.some((l) => l.startsWith('  en: ')));
      expect(en, `${r.id}: no case with an "en:" line`).toBe(true);
    }
  });
  it('every fixture folder names a rule', () => {
    for (const f of folders) expect(RULES.map((r) => r.id)).toContain(f);
  });
  it('every rule has a Vietnamese doc page with an English summary', () => {
    for (const r of RULES) {
      const p = join(__dirname, '..', 'docs', 'rules', `${r.id}.md`);
      expect(existsSync(p), `docs/rules/${r.id}.md is missing`).toBe(true);
      const doc = readFileSync(p, 'utf8');
      expect(doc).toContain(`# ${r.id}`);
      expect(doc).toMatch(/## English/);
    }
  });
  it('ids, messages in both languages, and fix kinds are declared', () => {
    for (const r of RULES) {
      expect(r.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      for (const [k, m] of Object.entries(r.messages)) {
        expect(m.vi, `${r.id}.${k}`).toBeTruthy();
        expect(m.en, `${r.id}.${k}`).toBeTruthy();
      }
      expect(['fix', 'suggest', 'none']).toContain(r.fixable);
    }
  });
});

describe('README rule index', () => {
  it('matches the registry (run node scripts/update-readme.mjs after adding a rule)', async () => {
    const { ruleIndexMarkdown } = await import('../server/src/core');
    const readme = readFileSync(join(__dirname, '..', 'README.md'), 'utf8');
    const m = /<!-- rules:start -->\n([\s\S]*?)\n<!-- rules:end -->/.exec(readme);
    expect(m?.[1]).toBe(ruleIndexMarkdown());
  });
});

// A regime-independent rule finds the same things whether the draft is read under HD36 or HD05;
// these rules depend on the regime by design (punctuation, codes of their time, Kính trình).
const REGIME_DEPENDENT = new Set([
  'recipients-item-format',
  'doc-number-format',
  'to-trinh-kinh-trinh',
  'citation-code-regime',
  'doc-number-type-mismatch', // "QĐ" is a Quyết định under HD36, a Quyết định or a Quy định under HD05
]);
const bothRegimes = (r: (typeof RULES)[number]) => r.profiles.includes('hd36') && r.profiles.includes('hd05');
const REGIME_FREE = RULES.filter((r) => bothRegimes(r) && !REGIME_DEPENDENT.has(r.id) && caseFolders.includes(r.id));
// A narrowed run (KETLUAN_RULE_FIXTURES) of regime-dependent rules only has no suite here (an empty one is an error).
if (REGIME_FREE.length)
  describe('the fixtures under the other Party regime', () => {
    for (const rule of REGIME_FREE) {
      it(rule.id, () => {
        for (const c of fixtureCases(join(ROOT, rule.id))) {
          const side = readSidecar(c.sidecar);
          if (side.options.profile) continue;
          const text = readFileSync(c.draft, 'utf8').replace(/<!-- ketluan-profile \w+ -->\n?/, '');
          const lines = (profile: 'hd36' | 'hd05') =>
            findingsOf(text, new Set([rule.id]), { ...side.options, profile })
              .map((f) => `${f.line} ${f.rule}`)
              .sort();
          expect(lines('hd36'), c.name).toEqual(lines('hd05'));
        }
      });
    }
  });
