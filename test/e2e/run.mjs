// npm run test:e2e — the packaged extension in a real VS Code (code-server) driven like a person would
// with headless Chromium, then the language server from a second editor (Neovim, headless).
// Screenshots of each step go to test-results/e2e/. A failing step says what the user would have seen.
import { spawn, spawnSync, execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync, copyFileSync, rmSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import net from 'node:net';
import { setup, NODE24, CODE_SERVER, CS_DIR } from './setup.mjs';

const ROOT = resolve(import.meta.dirname, '..', '..');
const SHOTS = join(ROOT, 'test-results', 'e2e');
const started = Date.now();
const procs = [];
let failures = 0, passes = 0;
const log = (m) => process.stdout.write(`[e2e] ${m}\n`);

function cleanup() { for (const p of procs) { try { process.kill(-p.pid, 'SIGKILL'); } catch { try { p.kill('SIGKILL'); } catch { /* gone */ } } } }
process.on('exit', cleanup);
process.on('SIGINT', () => { cleanup(); process.exit(130); });

async function step(name, fn, page) {
  const shot = join(SHOTS, `${String(passes + failures + 1).padStart(2, '0')}-${name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}.png`);
  try {
    await fn();
    if (page) await page.screenshot({ path: shot });
    passes++;
    log(`PASS ${name}${page ? ` (${shot})` : ''}`);
  } catch (e) {
    failures++;
    if (page) await page.screenshot({ path: shot }).catch(() => {});
    log(`FAIL ${name}: ${e.message}${page ? `\n       screenshot: ${shot}` : ''}`);
  }
}

const freePort = () => new Promise((res) => { const s = net.createServer(); s.listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => res(p)); }); });
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function waitFor(cond, ms, what) {
  const end = Date.now() + ms;
  let last;
  while (Date.now() < end) { try { last = await cond(); if (last) return last; } catch (e) { last = e; } await sleep(250); }
  throw new Error(`${what} (waited ${ms / 1000}s)`);
}

async function vscodeTests() {
  const port = await freePort();
  const tmp = mkdtempSync(join(tmpdir(), 'ketluan-e2e-'));
  const ws = join(tmp, 'ws'), udd = join(tmp, 'user'), ext = join(tmp, 'ext'), prof = join(tmp, 'chromium');
  mkdirSync(join(ws, '.vscode'), { recursive: true });
  copyFileSync(join(ROOT, 'examples', 'ket-luan-ban-thuong-vu.kl.md'), join(ws, 'ket-luan.kl.md'));
  writeFileSync(join(ws, 'moi.kl.md'), '');
  writeFileSync(join(ws, '.vscode', 'settings.json'), JSON.stringify({ 'ketluan.messageLanguage': 'vi', 'ketluan.debounceMs': 100 }, null, 2));
  mkdirSync(join(udd, 'User'), { recursive: true });
  writeFileSync(join(udd, 'User', 'settings.json'), JSON.stringify({
    'workbench.startupEditor': 'none', 'security.workspace.trust.enabled': false, 'telemetry.telemetryLevel': 'off',
    'workbench.tips.enabled': false, 'extensions.ignoreRecommendations': true, 'update.mode': 'none', 'editor.quickSuggestions': { other: false },
    'workbench.colorTheme': 'Default Light Modern', 'editor.fontFamily': "'Noto Mono', monospace",
  }));
  const csArgs = ['--auth', 'none', '--disable-workspace-trust', '--disable-telemetry', '--disable-update-check', '--user-data-dir', udd, '--extensions-dir', ext];
  log('installing the .vsix into code-server');
  execFileSync(NODE24, [CODE_SERVER, ...csArgs, '--install-extension', join(ROOT, 'ketluan.vsix')], { stdio: 'inherit', timeout: 120000 });
  const cs = spawn(NODE24, [CODE_SERVER, ...csArgs, '--bind-addr', `127.0.0.1:${port}`, ws], { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  procs.push(cs);
  let csLog = '';
  cs.stdout.on('data', (d) => { csLog += d; }); cs.stderr.on('data', (d) => { csLog += d; });
  await waitFor(() => csLog.includes('HTTP server listening'), 60000, 'code-server did not start:\n' + csLog.slice(-500));

  const require = createRequire(join(CS_DIR, 'package.json'));
  const { chromium } = require('playwright-core');
  const ctx = await chromium.launchPersistentContext(prof, {
    executablePath: '/usr/bin/chromium', headless: true, viewport: { width: 1400, height: 900 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  procs.push({ pid: -1, kill: () => ctx.close().catch(() => {}) });
  const page = ctx.pages()[0] ?? await ctx.newPage();
  await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(ws)}`);
  await page.waitForSelector('.monaco-workbench', { timeout: 60000 });
  // The workspace is ready when the Explorer lists the drafts.
  await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 60000 }).catch(() => {});
  await sleep(3000);
  const palette = async (cmd) => {
    await page.keyboard.press('F1');
    await page.waitForSelector('.quick-input-widget input', { timeout: 10000 });
    await page.keyboard.type(cmd, { delay: 10 });
    await sleep(700);
    await page.keyboard.press('Enter');
    await sleep(800);
  };
  // Quick Open may not know the files yet right after start-up (or on a slow machine): wait for the file
  // in the result list, and try again a few times.
  const openFile = async (name) => {
    for (let attempt = 1; attempt <= 4; attempt++) {
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+P');
      await page.waitForSelector('.quick-input-widget input', { timeout: 15000 });
      await page.keyboard.type(name, { delay: 10 });
      const listed = await page.waitForSelector(`.quick-input-list .monaco-list-row[aria-label*="${name}"]`, { timeout: 10000 }).then(() => true, () => false);
      if (!listed) { await sleep(2000); continue; }
      await page.keyboard.press('Enter');
      if (await page.waitForSelector(`.tab[aria-label*="${name}"]`, { timeout: 15000 }).then(() => true, () => false)) return;
    }
    throw new Error(`Quick Open (Ctrl+P) did not open ${name}`);
  };
  // Monaco renders spaces as no-break spaces.
  // eslint-disable-next-line no-undef -- runs in the page, where document exists
  const editorText = () => page.evaluate(() => [...document.querySelectorAll('.editor-instance .view-line')].map((e) => e.textContent.replace(/\u00a0/g, ' ')).join('\n'));

  await step('Problems panel lists the findings of a draft with known mistakes', async () => {
    await openFile('ket-luan.kl.md');
    await palette('View: Show Problems');
    const text = await waitFor(async () => { const t = await page.locator('.markers-panel').innerText(); return /signature-authority-invalid/.test(t) && /recipients-item-format/.test(t) && t; }, 60000,
      'the Problems panel did not show signature-authority-invalid and recipients-item-format for ket-luan.kl.md');
    if (!/Cấp ủy là tập thể/.test(text)) throw new Error('the K/T BÍ THƯ message is not in Vietnamese: ' + text.slice(0, 200));
  }, page);

  await step('Outline view shows the sections', async () => {
    // Make room: fold the file list, then fold the header node of the outline.
    await page.locator('.pane-header[aria-label^="Explorer Section"]').first().click().catch(() => {});
    await palette('Explorer: Focus on Outline View');
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowLeft');
    await sleep(500);
    await waitFor(async () => { const t = await page.locator('.outline-pane, [id="outline"]').first().innerText(); return /II\. NHIỆM VỤ TRỌNG TÂM/.test(t) && /Nơi nhận/.test(t); }, 30000, 'the Outline view does not list "II. NHIỆM VỤ TRỌNG TÂM" and "Nơi nhận"');
  }, page);

  await step('a quick fix from the light bulb rewrites "Số:" to "Số"', async () => {
    await page.locator('.editor-instance .view-line').first().click();
    await page.keyboard.press('Control+G'); await page.keyboard.type('4'); await page.keyboard.press('Enter');
    await page.keyboard.press('Home');
    await sleep(800);
    await page.keyboard.press('Control+.');
    await page.waitForSelector('.action-widget', { timeout: 10000 });
    await sleep(300);
    await page.screenshot({ path: join(SHOTS, 'quick-fix-menu.png') });
    const item = page.locator('.action-widget .monaco-list-row', { hasText: 'Bỏ dấu hai chấm sau "Số"' }).first();
    await item.click();
    await waitFor(async () => /Số 5-KL\/ĐU/.test(await editorText()), 10000, 'the line still reads "Số: 5-KL/ĐU" after choosing the quick fix');
  }, page);

  await step('typing a template prefix inserts the template', async () => {
    await openFile('moi.kl.md');
    await sleep(500);
    await page.keyboard.type('kl-btv-hd05', { delay: 20 });
    await page.keyboard.press('Control+Space');
    await page.waitForSelector('.suggest-widget.visible', { timeout: 10000 });
    await sleep(500);
    await page.keyboard.press('Enter');
    await waitFor(async () => { const t = await editorText(); return /ĐẢNG CỘNG SẢN VIỆT NAM/.test(t) && /của Ban Thường vụ Đảng ủy/.test(t) && /III\. TỔ CHỨC THỰC HIỆN/.test(t); }, 10000, 'the template text did not appear after accepting kl-btv-hd05');
    await sleep(1500);
    const problems = await page.locator('.markers-panel').innerText().catch(() => '');
    if (/moi\.kl\.md/.test(problems)) throw new Error('the expanded template has problems: ' + problems.slice(0, 300));
  }, page);

  await step('switching ketluan.messageLanguage to en changes the messages', async () => {
    writeFileSync(join(ws, '.vscode', 'settings.json'), JSON.stringify({ 'ketluan.messageLanguage': 'en', 'ketluan.debounceMs': 100 }, null, 2));
    await openFile('ket-luan.kl.md');
    await palette('View: Show Problems');
    await waitFor(async () => /A Party committee is a collective/.test(await page.locator('.markers-panel').innerText()), 30000, 'the Problems panel still shows Vietnamese messages after setting messageLanguage to en');
  }, page);

  await ctx.close();
  rmSync(tmp, { recursive: true, force: true });
  if (process.env.UPDATE_SCREENSHOTS) {
    // The README's pictures come from this run.
    mkdirSync(join(ROOT, 'media'), { recursive: true });
    copyFileSync(join(SHOTS, '02-outline-view-shows-the-sections.png'), join(ROOT, 'media', 'diagnostics-and-outline.png'));
    copyFileSync(join(SHOTS, 'quick-fix-menu.png'), join(ROOT, 'media', 'quick-fix.png'));
  }
}

function neovimTest() {
  const tmp = mkdtempSync(join(tmpdir(), 'ketluan-nvim-'));
  const draft = join(tmp, 'ket-luan.kl.md');
  copyFileSync(join(ROOT, 'examples', 'ket-luan-ban-thuong-vu.kl.md'), draft);
  const out = join(tmp, 'out.json');
  const lua = `
local client_id = vim.lsp.start_client({ name = 'ketluan', cmd = { 'node', '${join(ROOT, 'dist', 'server.js')}', '--stdio' }, root_dir = '${tmp}',
  init_options = { debounceMs = 0 } })
vim.cmd('edit ${draft}')
vim.lsp.buf_attach_client(0, client_id)
local ok = vim.wait(15000, function() return #vim.diagnostic.get(0) > 0 end, 100)
local diags = {}
for _, d in ipairs(vim.diagnostic.get(0)) do table.insert(diags, { code = d.code, line = d.lnum, source = d.source, message = d.message }) end
local client = vim.lsp.get_client_by_id(client_id)
local res = client.request_sync('textDocument/documentSymbol', { textDocument = vim.lsp.util.make_text_document_params() }, 10000, 0)
local names = {}
if res and res.result then for _, s in ipairs(res.result) do table.insert(names, s.name) end end
local f = io.open('${out}', 'w'); f:write(vim.fn.json_encode({ ok = ok, diagnostics = diags, symbols = names })); f:close()
client.stop()
vim.cmd('qa!')`;
  writeFileSync(join(tmp, 'test.lua'), lua);
  const r = spawnSync('nvim', ['--headless', '--clean', '-c', `luafile ${join(tmp, 'test.lua')}`], { encoding: 'utf8', timeout: 60000 });
  if (!existsSync(out)) throw new Error(`Neovim wrote no result (exit ${r.status}): ${r.stderr || r.stdout}`);
  const res = JSON.parse(readFileSync(out, 'utf8'));
  rmSync(tmp, { recursive: true, force: true });
  return res;
}

async function main() {
  setup();
  mkdirSync(SHOTS, { recursive: true });
  log('building the .vsix');
  execFileSync('npm', ['run', 'package'], { cwd: ROOT, stdio: 'ignore' });
  await vscodeTests();
  await step('Neovim 0.7 (vim.lsp.start_client) receives diagnostics and document symbols', async () => {
    const res = neovimTest();
    if (!res.ok) throw new Error('Neovim received no diagnostics within 15 s');
    const codes = res.diagnostics.map((d) => d.code);
    for (const c of ['signature-authority-invalid', 'recipients-item-format', 'doc-number-format']) if (!codes.includes(c)) throw new Error(`Neovim did not show ${c}; got ${codes.join(', ')}`);
    if (!res.diagnostics.every((d) => d.source === 'ketluan')) throw new Error('diagnostic source is not ketluan');
    if (!res.symbols.includes('II. NHIỆM VỤ TRỌNG TÂM')) throw new Error(`document symbols lack the sections: ${res.symbols.join(' | ')}`);
  });
  const secs = ((Date.now() - started) / 1000).toFixed(0);
  log(`${passes} passed, ${failures} failed in ${secs}s`);
  process.stdout.write(`e2e: ${passes} passed, ${failures} failed\n`);
  cleanup();
  process.exit(failures ? 1 : 0);
}
main().catch((e) => { log(`FAIL ${e.stack ?? e}`); cleanup(); process.exit(1); });
