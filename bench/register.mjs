// npm run bench (second part): the register bench, built with esbuild like bench/run.mjs.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
await build({
  entryPoints: ['bench/register.ts'],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  outfile: 'dist/bench-register.js',
  logLevel: 'warning',
});
const r = spawnSync(process.execPath, ['--expose-gc', 'dist/bench-register.js'], {
  stdio: 'inherit',
  env: process.env,
});
process.exit(r.status ?? 1);
