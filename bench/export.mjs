// npm run bench:export (after npm run build): export of a 30 KB draft to .docx (budget: median ≤ 100 ms) and
// the A4 preview render of the same draft (parse + blocks + HTML; budget: median ≤ 50 ms), both through the
// built bundle dist/export.js, as the CLI and the editor load it. Prints PASS/FAIL; exit 1 on a FAIL.
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
await build({
  entryPoints: [join(ROOT, 'bench', 'drafts.ts')],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  outfile: join(ROOT, 'dist', 'bench-drafts.js'),
  logLevel: 'warning',
});
const { draftOfSize } = require(join(ROOT, 'dist', 'bench-drafts.js'));
const ex = require(join(ROOT, 'dist', 'export.js'));
const draft = draftOfSize(30 * 1024);
const today = { y: 2026, m: 11, d: 1 };

async function median(runs, fn) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { median: times[times.length >> 1], min: times[0], max: times[times.length - 1] };
}

// Warm-up (JIT), as after the first export of a session.
for (let i = 0; i < 5; i++) {
  await ex.exportDocx(draft, { today });
  ex.exportHtml(draft, { today });
}
const docx = await median(30, () => ex.exportDocx(draft, { today }));
const html = await median(50, () => ex.exportHtml(draft, { today }));
const size = (await ex.exportDocx(draft, { today })).length;
const fmt = (v) => v.toFixed(1);
let failed = false;
const budgets = [
  ['export .docx, 30 KB draft', docx, 100],
  ['A4 preview render, 30 KB draft', html, 50],
];
for (const [name, r, limit] of budgets) {
  const ok = r.median <= limit;
  failed ||= !ok;
  const spread = `min ${fmt(r.min)}, max ${fmt(r.max)}; ≤ ${limit} ms`;
  console.log(`${ok ? 'PASS' : 'FAIL'} ${name}: median ${fmt(r.median)} ms (${spread})`);
}
console.log(`draft ${(draft.length / 1024).toFixed(1)} KB → .docx ${(size / 1024).toFixed(1)} KB`);
process.exit(failed ? 1 : 0);
