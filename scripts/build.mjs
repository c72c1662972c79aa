// Bundles the client, the language server and the CLI with esbuild, and writes the config schema.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';

mkdirSync('dist', { recursive: true });
const common = {
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  sourcemap: false,
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
};
const web = {
  bundle: true,
  platform: 'browser',
  target: 'es2022',
  sourcemap: false,
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
};
await Promise.all([
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] }),
  build({ ...common, entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/server.js' }),
  build({ ...common, entryPoints: ['server/src/cli/index.ts'], outfile: 'dist/cli.js' }),
  // The exporter (docx library) is its own bundle, loaded only by `ketluan export` and the editor's export commands.
  build({ ...common, entryPoints: ['server/src/export/index.ts'], outfile: 'dist/export.js' }),
  // The Word reader and checker for the editor's .docx commands, loaded on first use.
  build({ ...common, entryPoints: ['server/src/docx/index.ts'], outfile: 'dist/word.js' }),
  // VS Code for the Web: the client in the web extension host, the server in a web worker.
  build({
    ...web,
    entryPoints: ['client/src/browser.ts'],
    outfile: 'dist/web/client.js',
    format: 'cjs',
    external: ['vscode'],
  }),
  build({ ...web, entryPoints: ['server/src/lsp/browser-main.ts'], outfile: 'dist/web/server.js', format: 'iife' }),
]);

// The JSON schema of .ketluan.json lists the rule ids, taken from the freshly built CLI.
const { execFileSync } = await import('node:child_process');
const { readFileSync, writeFileSync } = await import('node:fs');
const rules = JSON.parse(
  execFileSync(process.execPath, ['dist/cli.js', 'rules', '--format', 'json'], { encoding: 'utf8' }),
);
const schema = JSON.parse(readFileSync('schemas/ketluan.schema.json', 'utf8'));
schema.definitions.ruleId = { enum: rules.map((r) => r.id), description: 'Mã quy tắc / rule id' };
const next = JSON.stringify(schema, null, 2) + '\n';
if (readFileSync('schemas/ketluan.schema.json', 'utf8') !== next) writeFileSync('schemas/ketluan.schema.json', next);
