// npm run bench: builds the bench with esbuild, then runs it (the bench imports the core from source); with
// --register, the register bench (bench/register.mjs) runs after it whatever the first part's result, so that one
// run shows every budget. Exit status 1 when any budget failed.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
await build({
  entryPoints: ['bench/bench.ts'],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  outfile: 'dist/bench.js',
  logLevel: 'warning',
  external: ['markdownlint', 'markdownlint/*'],
});
const r = spawnSync(process.execPath, ['--expose-gc', 'dist/bench.js'], { stdio: 'inherit', env: process.env });
let status = r.status ?? 1;
if (process.argv.includes('--register')) {
  const reg = spawnSync(process.execPath, ['bench/register.mjs'], { stdio: 'inherit', env: process.env });
  status = Math.max(status, reg.status ?? 1);
  const verdict = status ? 'có ngân sách không đạt / a budget failed' : 'mọi ngân sách đạt / every budget passed';
  console.log(`\nnpm run bench: ${verdict}`);
}
process.exit(status);
