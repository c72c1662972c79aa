// npm run bench: builds the bench with esbuild, then runs it (the bench imports the core from source).
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
process.exit(r.status ?? 1);
