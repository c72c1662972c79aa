// The cost of the writing rules (spec §3.6) on a 30 KB draft: the full analysis with and without them,
// timed in alternating rounds (the VM's speed drifts), reported as the median of the per-round differences.
import { analyze, RULES } from '../server/src/core';
import type { RuleSetting } from '../server/src/core';
import { WRITING_RULE_IDS as WRITING } from '../server/src/core/writing/ids';

export function benchWriting(text: string, today: { y: number; m: number; d: number }) {
  const off: Record<string, RuleSetting> = Object.fromEntries(WRITING.map((id) => [id, 'off']));
  const known = new Set(RULES.map((r) => r.id));
  if (!WRITING.every((id) => known.has(id))) throw new Error('a writing rule is missing from the registry');
  const once = (rules?: Record<string, RuleSetting>) => {
    const s = performance.now();
    analyze(text, { today, rules });
    return performance.now() - s;
  };
  for (let i = 0; i < 30; i++) {
    once();
    once(off);
  }
  const diffs: number[] = [],
    withW: number[] = [],
    without: number[] = [];
  for (let r = 0; r < 60; r++) {
    const a = once(),
      b = once(off);
    withW.push(a);
    without.push(b);
    diffs.push(a - b);
  }
  const med = (xs: number[]) => [...xs].sort((x, y) => x - y)[xs.length >> 1];
  return { added: med(diffs), withWriting: med(withW), withoutWriting: med(without), rounds: diffs.length };
}
