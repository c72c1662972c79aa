// Every rule folder under test/rules/<id>/ holds fixture drafts with their expected findings
// beside them (<case>.expect) and, for fixes, the text after the fix (<case>.fixed.<ext>).
import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { RULES, applyFixes } from '../server/src/core';
import { fixtureCases, readSidecar, findingsOf, TODAY } from './helpers';

const ROOT = join(__dirname, 'rules');
const folders = readdirSync(ROOT).sort();

describe('rule fixtures', () => {
  for (const rule of folders) {
    describe(rule, () => {
      for (const c of fixtureCases(join(ROOT, rule))) {
        it(c.name, () => {
          expect(existsSync(c.sidecar), `${c.sidecar} is missing`).toBe(true);
          const side = readSidecar(c.sidecar);
          const text = readFileSync(c.draft, 'utf8');
          const asserted = new Set([rule, ...side.expected.map((e) => e.rule)]);
          const actual = findingsOf(text, asserted, side.options);
          const fmt = (x: { line: number; rule: string }) => `${x.line} ${x.rule}`;
          expect(actual.map(fmt).sort(), actual.map((a) => `${a.line}:${a.col} ${a.rule} ${a.message}`).join('\n')).toEqual(side.expected.map(fmt).sort());
          for (const e of side.expected) if (e.col !== null) expect(actual.some((a) => a.line === e.line && a.col === e.col && a.rule === e.rule)).toBe(true);
          if (c.fixed) {
            const out = applyFixes(text, { today: TODAY, ...side.options }, rule);
            expect(out.text).toBe(readFileSync(c.fixed, 'utf8'));
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
      expect(sides.some((s) => s.expected.some((e) => e.rule === r.id)), `${r.id}: no case where it fires`).toBe(true);
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

describe('the fixtures under the other Party regime', () => {
  // A regime-independent rule finds the same things whether the draft is read under HD36 or HD05;
  // these rules depend on the regime by design (punctuation, codes of their time, Kính trình).
  const REGIME_DEPENDENT = new Set(['recipients-item-format', 'doc-number-format', 'to-trinh-kinh-trinh', 'citation-code-regime']);
  for (const rule of RULES.filter((r) => r.profiles.includes('hd36') && r.profiles.includes('hd05') && !REGIME_DEPENDENT.has(r.id))) {
    it(rule.id, () => {
      for (const c of fixtureCases(join(ROOT, rule.id))) {
        const side = readSidecar(c.sidecar);
        if (side.options.profile) continue;
        const text = readFileSync(c.draft, 'utf8').replace(/<!-- ketluan-profile \w+ -->\n?/, '');
        const lines = (profile: 'hd36' | 'hd05') => findingsOf(text, new Set([rule.id]), { ...side.options, profile }).map((f) => `${f.line} ${f.rule}`).sort();
        expect(lines('hd36'), c.name).toEqual(lines('hd05'));
      }
    });
  }
});
