// Applying fixes: edits never overlap, text outside them stays byte-identical.
import type { Edit } from './rule';
import { analyze, type AnalyzeOptions, type Finding } from './engine';

/** Applies non-overlapping edits (later ones first). Overlapping edits after the first are dropped. */
export function applyEdits(text: string, edits: Edit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const kept: Edit[] = [];
  let lastEnd = -1;
  for (const e of sorted) {
    if (e.start < lastEnd || e.start > e.end || e.end > text.length) continue;
    if (e.start === lastEnd && e.start === e.end && kept.length && kept[kept.length - 1].start === e.start) continue;
    kept.push(e);
    lastEnd = e.end;
  }
  let out = text;
  for (let i = kept.length - 1; i >= 0; i--)
    out = out.slice(0, kept[i].start) + kept[i].newText + out.slice(kept[i].end);
  return out;
}

export interface FixAllResult {
  text: string;
  passes: number;
  applied: number;
}

/**
 * The edits of the given findings' safe fixes that can be applied together: whole fixes, in text order,
 * skipping a fix that overlaps one already taken (the next pass picks it up).
 */
export function compatibleFixEdits(findings: Finding[]): { edits: Edit[]; taken: Finding[] } {
  const edits: Edit[] = [];
  const taken: Finding[] = [];
  let lastEnd = -1;
  for (const f of findings.filter((x) => x.fix).sort((a, b) => a.start - b.start)) {
    const es = f.fix!.edits;
    const lo = Math.min(...es.map((e) => e.start)),
      hi = Math.max(...es.map((e) => e.end));
    if (lo < lastEnd) continue;
    edits.push(...es);
    taken.push(f);
    lastEnd = Math.max(hi, lo + 1);
  }
  return { edits, taken };
}

/** Safe fixes of all findings (optionally of one rule), repeated until nothing changes (at most 3 passes). */
export function applyFixes(text: string, options: AnalyzeOptions = {}, ruleId?: string): FixAllResult {
  let current = text;
  let applied = 0;
  let passes = 0;
  for (; passes < 3; passes++) {
    const { findings } = analyze(current, options);
    const { edits, taken } = compatibleFixEdits(findings.filter((f: Finding) => !ruleId || f.ruleId === ruleId));
    if (!edits.length) break;
    applied += taken.length;
    const next = applyEdits(current, edits);
    if (next === current) break;
    current = next;
  }
  return { text: current, passes, applied };
}
