// End-to-end checks of Word files from a second producer: the tests' clean Party and state samples, a faulty
// variant and example drafts exported by `ketluan export` are re-saved by LibreOffice (Debian
// libreoffice-writer-nogui) as .docx; `ketluan check` must then report no layout-* finding on the clean files,
// the same findings on the faulty one, and the same text findings as on the first producer's files.
// Run alone with `node test/e2e/word.mjs` (after npm run build), or as part of npm run test:e2e.
import { build } from 'esbuild';
import { execFileSync, execSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { join, resolve, basename } from 'node:path';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const ROOT = resolve(import.meta.dirname, '..', '..');
const CLI = join(ROOT, 'bin', 'ketluan.js');
const EXAMPLES = [
  'ket-luan-ban-thuong-vu.kl.md',
  'thong-bao-ket-luan-thuong-truc.tb.md',
  'ket-luan-hoi-nghi-dang-bo.kl.md',
];
const EXPORTED = EXAMPLES.map((d) => d.replace(/\.(kl|tb)\.md$/u, ''));

function setupLibreOffice() {
  try {
    execSync('command -v soffice', { stdio: 'ignore' });
    return;
  } catch {
    /* install below */
  }
  process.stdout.write('[e2e setup] apt-get install libreoffice-writer-nogui\n');
  execSync('apt-get update -qq', { stdio: 'inherit' });
  execSync('DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends libreoffice-writer-nogui', {
    stdio: 'inherit',
  });
}

/** The tests' .docx builder and samples, bundled from source. */
async function samples(dir) {
  const out = join(dir, 'builder');
  const entryPoints = { fixture: join(ROOT, 'test', 'docx-fixture.ts'), builder: join(ROOT, 'test', 'docx-build.ts') };
  await build({ entryPoints, outdir: out, bundle: true, platform: 'node', format: 'cjs', logLevel: 'warning' });
  const require = createRequire(import.meta.url);
  const { fixtureSpec } = require(join(out, 'fixture.js'));
  const { buildDocx } = require(join(out, 'builder.js'));
  return {
    'party.docx': buildDocx(fixtureSpec({ base: 'party' })),
    'state.docx': buildDocx(fixtureSpec({ base: 'state' })),
    'faulty.docx': buildDocx(
      fixtureSpec({
        base: 'party',
        sect: { left: 1418 },
        edits: [{ find: 'KẾT LUẬN', set: { b: false } }],
      }),
    ),
  };
}

function check(file) {
  let stdout;
  try {
    stdout = execFileSync(process.execPath, [CLI, 'check', '--format', 'json', file], { encoding: 'utf8' });
  } catch (e) {
    if (e.status !== 1) throw new Error(`ketluan check ${basename(file)} exited ${e.status}: ${e.stderr}`);
    stdout = e.stdout;
  }
  return JSON.parse(stdout).files[0].diagnostics.map((d) => `¶${d.line} ${d.rule} ${d.message}`);
}

export async function wordTests(step) {
  setupLibreOffice();
  const tmp = mkdtempSync(join(tmpdir(), 'ketluan-word-e2e-'));
  const first = join(tmp, 'first'),
    second = join(tmp, 'libreoffice');
  mkdirSync(first);
  mkdirSync(second);
  await step("the first producers: the tests' builder and ketluan export", async () => {
    for (const [name, bytes] of Object.entries(await samples(tmp))) writeFileSync(join(first, name), bytes);
    for (const draft of EXAMPLES) {
      const out = join(first, draft.replace(/\.(kl|tb)\.md$/u, '.docx'));
      execFileSync(process.execPath, [CLI, 'export', '--out', out, join(ROOT, 'examples', draft)]);
    }
  });
  await step('LibreOffice re-saves every file as .docx (a second producer)', async () => {
    const files = ['party', 'state', 'faulty', ...EXPORTED].map((n) => join(first, `${n}.docx`));
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=${pathToFileURL(join(tmp, 'profile')).href}`,
        '--headless',
        '--convert-to',
        'docx:MS Word 2007 XML',
        '--outdir',
        second,
        ...files,
      ],
      { stdio: 'ignore', timeout: 300_000 },
    );
  });
  await step('clean files from both producers: no layout finding; the same text findings', async () => {
    for (const name of ['party', 'state', ...EXPORTED]) {
      const a = check(join(first, `${name}.docx`)),
        b = check(join(second, `${name}.docx`));
      const layout = [...a, ...b].filter((d) => / layout-/u.test(d));
      if (layout.length) throw new Error(`${name}: layout findings on a clean file:\n${layout.join('\n')}`);
      if (JSON.stringify(a) !== JSON.stringify(b)) {
        throw new Error(`${name}: the producers differ:\n${a.join('\n')}\n---\n${b.join('\n')}`);
      }
    }
  });
  await step('a faulty file keeps its findings through LibreOffice (margin, tên loại not bold)', async () => {
    const a = check(join(first, 'faulty.docx')),
      b = check(join(second, 'faulty.docx'));
    const want = ['¶1 layout-page', '¶9 layout-style'];
    for (const [who, got] of [
      ['builder', a],
      ['LibreOffice', b],
    ]) {
      const rules = got.map((d) => d.split(' ').slice(0, 2).join(' '));
      if (JSON.stringify(rules) !== JSON.stringify(want)) {
        throw new Error(`${who}: expected ${want.join(', ')}; got\n${got.join('\n')}`);
      }
    }
  });
  rmSync(tmp, { recursive: true, force: true });
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  let failures = 0;
  await wordTests(async (name, fn) => {
    try {
      await fn();
      process.stdout.write(`[e2e] PASS ${name}\n`);
    } catch (e) {
      failures++;
      process.stdout.write(`[e2e] FAIL ${name}: ${e.message}\n`);
    }
  });
  process.exit(failures ? 1 : 0);
}
