// npm run test:e2e — the packaged extension in a real VS Code (code-server) driven like a person would
// with headless Chromium, then the language server from a second editor (Neovim, headless).
// Screenshots of each step go to test-results/e2e/. A failing step says what the user would have seen.
import { spawn, spawnSync, execFileSync } from 'node:child_process';
import {
  mkdtempSync,
  mkdirSync,
  writeFileSync,
  readFileSync,
  copyFileSync,
  rmSync,
  existsSync,
  symlinkSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import net from 'node:net';
import { setup, NODE24, CODE_SERVER, CS_DIR } from './setup.mjs';
import { exportTests, previewInVsCode } from './export.mjs';
import { wordTests } from './word.mjs';

const ROOT = resolve(import.meta.dirname, '..', '..');
const SHOTS = join(ROOT, 'test-results', 'e2e');
const started = Date.now();
const procs = [];
let failures = 0,
  passes = 0;
const log = (m) => process.stdout.write(`[e2e] ${m}\n`);

// Spawned servers are killed with their process group; other entries (the browser) by their own kill().
function cleanup() {
  for (const p of procs) {
    try {
      if (p.pid > 0) process.kill(-p.pid, 'SIGKILL');
      else p.kill('SIGKILL');
    } catch {
      try {
        p.kill('SIGKILL');
      } catch {
        /* gone */
      }
    }
  }
}
process.on('exit', cleanup);
process.on('SIGINT', () => {
  cleanup();
  process.exit(130);
});

async function step(name, fn, page) {
  const shot = join(
    SHOTS,
    `${String(passes + failures + 1).padStart(2, '0')}-${name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}.png`,
  );
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

const freePort = () =>
  new Promise((res) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const p = s.address().port;
      s.close(() => res(p));
    });
  });
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function waitFor(cond, ms, what) {
  const end = Date.now() + ms;
  let last;
  while (Date.now() < end) {
    try {
      last = await cond();
      if (last) return last;
    } catch (e) {
      last = e;
    }
    await sleep(250);
  }
  throw new Error(`${what} (waited ${ms / 1000}s)`);
}

// The files.associations snippet of the README, used as the README gives it.
function readmeAssociations() {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const m = /```json\n(\{ "files\.associations": [^\n]*\})\n```/.exec(readme);
  if (!m) throw new Error('README has no files.associations snippet');
  return JSON.parse(m[1])['files.associations'];
}

// VS Code uses an extension's package.nls.vi.json and bundle.l10n.vi.json only when its display language is vi,
// which needs a language pack for vi (Microsoft ships none; community packs exist). The test installs a
// minimal one (test/e2e/vi-language-pack: it translates nothing of VS Code) to stand for it.
function installViLanguagePack(csArgs, tmp) {
  const vsix = join(tmp, 'vi-language-pack.vsix');
  execFileSync(
    join(ROOT, 'node_modules', '.bin', 'vsce'),
    ['package', '--no-dependencies', '--allow-missing-repository', '-o', vsix],
    { cwd: join(ROOT, 'test', 'e2e', 'vi-language-pack'), stdio: 'ignore', timeout: 120000 },
  );
  execFileSync(NODE24, [CODE_SERVER, ...csArgs, '--install-extension', vsix], { stdio: 'inherit', timeout: 120000 });
  // Installing from the command line does not register the pack; VS Code reads languagepacks.json of the user data
  // folder at start-up to choose the display language, so it is written here as VS Code itself writes it.
  const extDir = csArgs[csArgs.indexOf('--extensions-dir') + 1],
    udd = csArgs[csArgs.indexOf('--user-data-dir') + 1];
  const id = 'ketluan-test.ketluan-test-vi-language-pack';
  writeFileSync(
    join(udd, 'languagepacks.json'),
    JSON.stringify({
      vi: {
        hash: 'ketluan-test-vi-0.0.1',
        label: 'Tiếng Việt',
        extensions: [{ extensionIdentifier: { id }, version: '0.0.1' }],
        translations: { vscode: join(extDir, `${id}-0.0.1`, 'translations', 'main.i18n.json') },
      },
    }),
  );
}

async function startCodeServer(ws, locale) {
  const port = await freePort();
  const tmp = mkdtempSync(join(tmpdir(), 'ketluan-e2e-cs-'));
  const udd = join(tmp, 'user'),
    ext = join(tmp, 'ext'),
    prof = join(tmp, 'chromium');
  mkdirSync(join(udd, 'User'), { recursive: true });
  writeFileSync(
    join(udd, 'User', 'settings.json'),
    JSON.stringify({
      'workbench.startupEditor': 'none',
      'security.workspace.trust.enabled': false,
      'telemetry.telemetryLevel': 'off',
      'workbench.tips.enabled': false,
      'extensions.ignoreRecommendations': true,
      'update.mode': 'none',
      'editor.quickSuggestions': { other: false },
      'workbench.colorTheme': 'Default Light Modern',
      'editor.fontFamily': "'Noto Mono', monospace",
    }),
  );
  const csArgs = [
    '--auth',
    'none',
    '--disable-workspace-trust',
    '--disable-telemetry',
    '--disable-update-check',
    '--user-data-dir',
    udd,
    '--extensions-dir',
    ext,
    ...(locale ? ['--locale', locale] : []),
  ];
  log(`installing the .vsix into code-server${locale ? ` (--locale ${locale})` : ''}`);
  execFileSync(NODE24, [CODE_SERVER, ...csArgs, '--install-extension', join(ROOT, 'ketluan.vsix')], {
    stdio: 'inherit',
    timeout: 120000,
  });
  if (locale === 'vi') installViLanguagePack(csArgs, tmp);
  const cs = spawn(NODE24, [CODE_SERVER, ...csArgs, '--bind-addr', `127.0.0.1:${port}`, ws], {
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  procs.push(cs);
  let csLog = '';
  cs.stdout.on('data', (d) => {
    csLog += d;
  });
  cs.stderr.on('data', (d) => {
    csLog += d;
  });
  await waitFor(
    () => csLog.includes('HTTP server listening'),
    60000,
    'code-server did not start:\n' + csLog.slice(-500),
  );
  const require = createRequire(join(CS_DIR, 'package.json'));
  const { chromium } = require('playwright-core');
  const ctx = await chromium.launchPersistentContext(prof, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const page = ctx.pages()[0] ?? (await ctx.newPage());
  await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(ws)}`, { timeout: 180000 });
  await page.waitForSelector('.monaco-workbench', { timeout: 60000 });
  await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 60000 }).catch(() => {});
  await sleep(3000);
  const stop = async () => {
    await ctx.close().catch(() => {});
    try {
      process.kill(-cs.pid, 'SIGKILL');
    } catch {
      /* gone */
    }
    rmSync(tmp, { recursive: true, force: true });
  };
  return { page, stop };
}

/** The titles the command palette lists for a typed text. */
async function paletteTitles(page, text) {
  await page.keyboard.press('Escape');
  await page.keyboard.press('F1');
  await page.waitForSelector('.quick-input-widget input', { timeout: 10000 });
  await page.keyboard.type(text, { delay: 10 });
  await sleep(1200);
  const rows = await page.locator('.quick-input-list .monaco-list-row').allInnerTexts();
  await page.keyboard.press('Escape');
  // One row a line; a localised command shows its English title under it (an alias): "title / alias".
  return rows.map((r) => r.split('\n').join(' / ')).join('\n');
}

async function englishUiTest() {
  const ws = mkdtempSync(join(tmpdir(), 'ketluan-e2e-en-'));
  copyFileSync(join(ROOT, 'examples', 'ket-luan-ban-thuong-vu.kl.md'), join(ws, 'ket-luan.kl.md'));
  const { page, stop } = await startCodeServer(ws, 'en');
  try {
    await step(
      'VS Code in English shows the commands in English',
      async () => {
        let seen = '';
        const titles = await waitFor(
          async () => {
            const t = (seen = await paletteTitles(page, 'Kết luận:'));
            return /New document from template/.test(t) && t;
          },
          30000,
          'the command palette does not list "Kết luận: New document from template…"',
        ).catch((e) => {
          throw new Error(`${e.message}; it lists: ${seen.replace(/\n/g, ' | ')}`);
        });
        if (/Tạo văn bản mới|Kiểm tra tệp này/.test(titles))
          throw new Error('Vietnamese titles in an English VS Code: ' + titles);
        await page.keyboard.press('F1');
        await page.waitForSelector('.quick-input-widget input', { timeout: 10000 });
        await page.keyboard.type('Kết luận: New document from template', { delay: 10 });
        await sleep(700);
        await page.keyboard.press('Enter');
        const placeholder = await waitFor(
          async () => {
            const ph = await page.locator('.quick-input-widget input').getAttribute('placeholder');
            return /mẫu|template/i.test(ph ?? '') && ph;
          },
          15000,
          'no template picker',
        );
        if (placeholder !== 'Choose a template')
          throw new Error(`the template picker says "${placeholder}", not "Choose a template"`);
      },
      page,
    );
  } finally {
    await stop();
    rmSync(ws, { recursive: true, force: true });
  }
}

async function vscodeTests() {
  const port = await freePort();
  const tmp = mkdtempSync(join(tmpdir(), 'ketluan-e2e-'));
  const ws = join(tmp, 'ws'),
    udd = join(tmp, 'user'),
    ext = join(tmp, 'ext'),
    prof = join(tmp, 'chromium');
  mkdirSync(join(ws, '.vscode'), { recursive: true });
  copyFileSync(join(ROOT, 'examples', 'ket-luan-ban-thuong-vu.kl.md'), join(ws, 'ket-luan.kl.md'));
  writeFileSync(join(ws, 'moi.kl.md'), '');
  const associations = readmeAssociations();
  writeFileSync(
    join(ws, '.vscode', 'settings.json'),
    JSON.stringify(
      { 'ketluan.messageLanguage': 'vi', 'ketluan.debounceMs': 100, 'files.associations': associations },
      null,
      2,
    ),
  );
  mkdirSync(join(ws, 'van-ban'));
  copyFileSync(join(ROOT, 'examples', 'ket-luan-ban-thuong-vu.kl.md'), join(ws, 'van-ban', 'du-thao.md'));
  copyFileSync(join(ROOT, 'examples', 'ket-luan-ban-thuong-vu.kl.md'), join(ws, 'ghi-chu.md'));
  mkdirSync(join(udd, 'User'), { recursive: true });
  writeFileSync(
    join(udd, 'User', 'settings.json'),
    JSON.stringify({
      'workbench.startupEditor': 'none',
      'security.workspace.trust.enabled': false,
      'telemetry.telemetryLevel': 'off',
      'workbench.tips.enabled': false,
      'extensions.ignoreRecommendations': true,
      'update.mode': 'none',
      'editor.quickSuggestions': { other: false },
      'workbench.colorTheme': 'Default Light Modern',
      'editor.fontFamily': "'Noto Mono', monospace",
    }),
  );
  const csArgs = [
    '--auth',
    'none',
    '--disable-workspace-trust',
    '--disable-telemetry',
    '--disable-update-check',
    '--user-data-dir',
    udd,
    '--extensions-dir',
    ext,
    '--locale',
    'vi',
  ];
  log('installing the .vsix into code-server');
  execFileSync(NODE24, [CODE_SERVER, ...csArgs, '--install-extension', join(ROOT, 'ketluan.vsix')], {
    stdio: 'inherit',
    timeout: 120000,
  });
  installViLanguagePack(csArgs, tmp);
  const cs = spawn(NODE24, [CODE_SERVER, ...csArgs, '--bind-addr', `127.0.0.1:${port}`, ws], {
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  procs.push(cs);
  let csLog = '';
  cs.stdout.on('data', (d) => {
    csLog += d;
  });
  cs.stderr.on('data', (d) => {
    csLog += d;
  });
  await waitFor(
    () => csLog.includes('HTTP server listening'),
    60000,
    'code-server did not start:\n' + csLog.slice(-500),
  );

  const require = createRequire(join(CS_DIR, 'package.json'));
  const { chromium } = require('playwright-core');
  const ctx = await chromium.launchPersistentContext(prof, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  procs.push({ pid: 0, kill: () => ctx.close().catch(() => {}) });
  const page = ctx.pages()[0] ?? (await ctx.newPage());
  await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(ws)}`, { timeout: 180000 });
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
      const listed = await page
        .waitForSelector(`.quick-input-list .monaco-list-row[aria-label*="${name}"]`, { timeout: 10000 })
        .then(
          () => true,
          () => false,
        );
      if (!listed) {
        await sleep(2000);
        continue;
      }
      await page.keyboard.press('Enter');
      if (
        await page.waitForSelector(`.tab[aria-label*="${name}"]`, { timeout: 15000 }).then(
          () => true,
          () => false,
        )
      )
        return;
    }
    throw new Error(`Quick Open (Ctrl+P) did not open ${name}`);
  };
  // Monaco renders spaces as no-break spaces.
  const editorText = () =>
    page.evaluate(() =>
      // eslint-disable-next-line no-undef -- runs in the page, where document exists
      [...document.querySelectorAll('.editor-instance .view-line')]
        .map((e) => e.textContent.replace(/\u00a0/g, ' '))
        .join('\n'),
    );

  await step(
    'Problems panel lists the findings of a draft with known mistakes',
    async () => {
      await openFile('ket-luan.kl.md');
      await palette('View: Show Problems');
      const text = await waitFor(
        async () => {
          const t = await page.locator('.markers-panel').innerText();
          return /signature-authority-invalid/.test(t) && /recipients-item-format/.test(t) && t;
        },
        60000,
        'the Problems panel did not show signature-authority-invalid and recipients-item-format for ket-luan.kl.md',
      );
      if (!/Cấp ủy là tập thể/.test(text))
        throw new Error('the K/T BÍ THƯ message is not in Vietnamese: ' + text.slice(0, 200));
    },
    page,
  );

  await step(
    'Outline view shows the sections',
    async () => {
      // Make room: fold the file list, then fold the header node of the outline.
      await page
        .locator('.pane-header[aria-label^="Explorer Section"]')
        .first()
        .click()
        .catch(() => {});
      // The view lists only the rows it has room for: the header node is folded to show the last ones. The
      // outline may still be filling when the key presses land, so focusing and folding are repeated every few
      // seconds until both rows show.
      const fold = async () => {
        await palette('Explorer: Focus on Outline View');
        await page.keyboard.press('Home');
        await page.keyboard.press('ArrowLeft');
        await sleep(500);
      };
      await fold();
      let tries = 0;
      await waitFor(
        async () => {
          const t = await page.locator('.outline-pane, [id="outline"]').first().innerText();
          if (/II\. NHIỆM VỤ TRỌNG TÂM/.test(t) && /Nơi nhận/.test(t)) return true;
          if (++tries % 16 === 0) await fold();
          return false;
        },
        60000,
        'the Outline view does not list "II. NHIỆM VỤ TRỌNG TÂM" and "Nơi nhận"',
      );
    },
    page,
  );

  await step(
    'the Nhiệm vụ view lists the assignments of the Kết luận with their due dates',
    async () => {
      // Make room: fold the Outline, then open the view. The due date "15/09/2026" is written only by the view
      // (the draft reads "15/9/2026").
      await page
        .locator('.pane-header[aria-label^="Outline"]')
        .first()
        .click()
        .catch(() => {});
      await palette('Explorer: Focus on Tasks (Nhiệm vụ) View');
      await waitFor(
        async () => {
          const t = await page.locator('.part.sidebar').innerText();
          return /Ủy ban nhân dân xã/.test(t) && /15\/09\/2026/.test(t) && t;
        },
        60000,
        'the Nhiệm vụ view does not list the task of "Ủy ban nhân dân xã" due 15/09/2026',
      );
    },
    page,
  );

  await step(
    'a quick fix from the light bulb rewrites "Số:" to "Số"',
    async () => {
      await page.locator('.editor-instance .view-line').first().click();
      await page.keyboard.press('Control+G');
      await page.keyboard.type('4');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Home');
      await sleep(800);
      await page.keyboard.press('Control+.');
      await page.waitForSelector('.action-widget', { timeout: 10000 });
      await sleep(300);
      await page.screenshot({ path: join(SHOTS, 'quick-fix-menu.png') });
      const item = page.locator('.action-widget .monaco-list-row', { hasText: 'Bỏ dấu hai chấm sau "Số"' }).first();
      await item.click();
      await waitFor(
        async () => /Số 5-KL\/ĐU/.test(await editorText()),
        10000,
        'the line still reads "Số: 5-KL/ĐU" after choosing the quick fix',
      );
    },
    page,
  );

  await step(
    'typing a template prefix inserts the template',
    async () => {
      await openFile('moi.kl.md');
      await sleep(500);
      await page.keyboard.type('kl-btv-hd05', { delay: 20 });
      await page.keyboard.press('Control+Space');
      await page.waitForSelector('.suggest-widget.visible', { timeout: 10000 });
      await sleep(500);
      await page.keyboard.press('Enter');
      await waitFor(
        async () => {
          const t = await editorText();
          return (
            /ĐẢNG CỘNG SẢN VIỆT NAM/.test(t) && /của Ban Thường vụ Đảng ủy/.test(t) && /III\. TỔ CHỨC THỰC HIỆN/.test(t)
          );
        },
        10000,
        'the template text did not appear after accepting kl-btv-hd05',
      );
      // The empty draft had findings until the template was analysed: wait for them to go (a loaded machine is slow).
      let problems = '';
      const clean = await waitFor(
        async () => {
          problems = await page
            .locator('.markers-panel')
            .innerText()
            .catch(() => '');
          return !/moi\.kl\.md/.test(problems);
        },
        20000,
        'wait',
      ).catch(() => false);
      if (!clean)
        throw new Error('the expanded template has problems: ' + problems.slice(problems.indexOf('moi.kl.md'), 300));
    },
    page,
  );

  await step(
    'VS Code in Vietnamese shows the commands in Vietnamese',
    async () => {
      // The editor is a Kết luận draft, so both commands are listed.
      await openFile('ket-luan.kl.md');
      let seen = '';
      const titles = await waitFor(
        async () => {
          const t = (seen = await paletteTitles(page, 'Kết luận:'));
          return /Kiểm tra tệp này như văn bản Đảng/.test(t) && /Tạo văn bản mới từ mẫu/.test(t) && t;
        },
        30000,
        'the command palette does not list "Kết luận: Kiểm tra tệp này như văn bản Đảng" and "Kết luận: Tạo văn bản ' +
          'mới từ mẫu…"',
      ).catch((e) => {
        throw new Error(`${e.message}; it lists: ${seen.replace(/\n/g, ' | ')}`);
      });
      // VS Code shows a localised command with its English title under it, as an alias; the title comes first.
      for (const row of titles.split('\n')) {
        if (/^Kết luận: (Check this file|New document)/.test(row))
          throw new Error('English titles in a Vietnamese VS Code: ' + titles);
      }
      // A string of the extension's code (vscode.l10n) in Vietnamese: the template picker's placeholder.
      await palette('Kết luận: Tạo văn bản mới từ mẫu');
      const placeholder = await waitFor(
        async () => {
          const ph = await page.locator('.quick-input-widget input').getAttribute('placeholder');
          return /mẫu|template/i.test(ph ?? '') && ph;
        },
        15000,
        'no template picker',
      );
      await page.keyboard.press('Escape');
      if (placeholder !== 'Chọn mẫu văn bản')
        throw new Error(`the template picker says "${placeholder}", not "Chọn mẫu văn bản"`);
    },
    page,
  );

  await step(
    'a .md file matched by the README files.associations snippet is checked',
    async () => {
      await openFile('du-thao.md');
      await palette('View: Show Problems');
      await waitFor(
        async () => {
          const t = await page.locator('.markers-panel').innerText();
          return /du-thao\.md/.test(t) && /signature-authority-invalid/.test(t);
        },
        60000,
        'the Problems panel shows no findings for van-ban/du-thao.md (files.associations from the README)',
      );
    },
    page,
  );

  await step(
    'a plain .md file is checked after "Kết luận: Kiểm tra tệp này như văn bản Đảng"',
    async () => {
      await openFile('ghi-chu.md');
      await sleep(1500);
      let t = await page
        .locator('.markers-panel')
        .innerText()
        .catch(() => '');
      // The file's own row in the Problems panel (a line of its own); a message may name it too, e.g. the
      // register's duplicate number "(ghi-chu.md, dòng 4)", which is no finding of that file.
      const fileRow = /(^|\n)ghi-chu\.md(\n|$)/;
      if (fileRow.test(t))
        throw new Error('ghi-chu.md was checked before the command: its language should be Markdown');
      await palette('Kết luận: Kiểm tra tệp này như văn bản Đảng');
      await palette('View: Show Problems');
      await waitFor(
        async () => {
          t = await page.locator('.markers-panel').innerText();
          return fileRow.test(t) && /signature-authority-invalid/.test(t);
        },
        60000,
        'the Problems panel shows no findings for ghi-chu.md after the command',
      );
    },
    page,
  );

  await step(
    "the new-document wizard: five pickers, then a draft with the next free number and the office's archive line",
    async () => {
      // The office of the workspace, as a clerk declares it; the register holds 5-KL/ĐU (three copies of the example).
      writeFileSync(
        join(ws, '.ketluan.json'),
        JSON.stringify({
          office: {
            name: 'ĐẢNG ỦY XÃ ĐẠ HUOAI',
            parent: 'ĐẢNG BỘ TỈNH LÂM ĐỒNG',
            place: 'Đạ Huoai',
            code: 'ĐU',
            archive: '- Lưu Văn phòng Đảng ủy.',
          },
        }),
      );
      await openFile('ket-luan.kl.md');
      const rows = page.locator('.quick-input-list .monaco-list-row');
      /** Waits for a picker with this title and chooses the row whose text starts with `label` (a click). */
      const choose = async (title, label) => {
        await waitFor(
          async () =>
            (
              await page
                .locator('.quick-input-title')
                .innerText()
                .catch(() => '')
            ).includes(title),
          20000,
          `no picker "${title}"`,
        );
        const row = rows.filter({ hasText: label }).first();
        await waitFor(async () => (await row.count()) > 0, 10000, `the picker "${title}" has no row "${label}"`);
        await row.click();
        await sleep(400);
      };
      await page.keyboard.press('Escape');
      await page.keyboard.press('F1');
      await page.waitForSelector('.quick-input-widget input', { timeout: 10000 });
      await page.keyboard.type('Kết luận: Tạo văn bản mới', { delay: 10 });
      await sleep(1000);
      const command = rows.filter({ hasText: /Kết luận: Tạo văn bản mới…/ }).filter({ hasNotText: 'từ mẫu' });
      await waitFor(
        async () => (await command.count()) > 0,
        10000,
        'the palette lists no "Kết luận: Tạo văn bản mới…"',
      );
      await command.first().click();
      await choose('(1/5)', 'Văn bản Đảng');
      await choose('(2/5)', 'ĐẢNG ỦY XÃ ĐẠ HUOAI');
      await choose('(3/5)', /^Kết luậnKL|^Kết luận\s*KL/);
      await choose('(4/5)', /^T\/M/);
      await choose('(5/5)', /BÍ THƯ/);
      // The next free number of the year: 6 in 2026 (5-KL/ĐU is registered), 1 in another year.
      const next = new Date().getFullYear() === 2026 ? 6 : 1;
      const toast = await waitFor(
        async () => {
          const t = await page
            .locator('.notifications-toasts')
            .innerText()
            .catch(() => '');
          return /Số tiếp theo còn trống trong sổ đăng ký/.test(t) && t;
        },
        20000,
        'no notification of the next free number',
      );
      if (!toast.includes(`${next}-KL/ĐU`)) throw new Error(`the notification does not name ${next}-KL/ĐU: ${toast}`);
      const top = await editorText();
      const number = new RegExp(`Số:? 0?${next}-KL/ĐU`);
      if (!/ĐẢNG ỦY XÃ ĐẠ HUOAI/.test(top) || !number.test(top))
        throw new Error(`the new draft does not start with the office and its number: ${top.slice(0, 300)}`);
      await page.keyboard.press('Control+End');
      await sleep(600);
      const bottom = await editorText();
      if (!bottom.includes('Lưu Văn phòng Đảng ủy'))
        throw new Error(`the new draft does not end with the office's archive line: ${bottom.slice(-300)}`);
      rmSync(join(ws, '.ketluan.json'));
      // The new draft is unsaved: close it without saving.
      await palette('View: Close Editor');
      await page
        .locator('.monaco-dialog-box button', { hasText: /Don't Save|Không lưu/ })
        .click({ timeout: 5000 })
        .catch(() => {});
    },
    page,
  );

  await step(
    'go to definition from a citation into a Word file of the register opens its text view at the number',
    async () => {
      // A Word file of the workspace (the example exported as Kết luận số 9-KL/ĐU) and a draft citing it.
      const src = join(tmp, 'kl-9.kl.md');
      writeFileSync(
        src,
        readFileSync(join(ROOT, 'examples', 'ket-luan-ban-thuong-vu.kl.md'), 'utf8').replace('5-KL/ĐU', '9-KL/ĐU'),
      );
      execFileSync(process.execPath, [join(ROOT, 'bin', 'ketluan.js'), 'export', '--out', join(ws, 'kl-9.docx'), src]);
      const cite = 'Tiếp tục thực hiện Kết luận số 9-KL/ĐU, ngày 03/9/2026 của Ban Thường vụ Đảng ủy xã.';
      writeFileSync(join(ws, 'trich-9.kl.md'), cite + '\n');
      await openFile('trich-9.kl.md');
      const tab = () =>
        page
          .locator('.tab.active')
          .getAttribute('aria-label')
          .catch(() => '');
      await waitFor(
        async () => {
          await page.locator('.editor-instance .view-line').first().click();
          await page.keyboard.press('Control+G');
          await page.keyboard.type(`1:${cite.indexOf('9-KL') + 2}`);
          await page.keyboard.press('Enter');
          await page.keyboard.press('F12');
          await sleep(1500);
          return /kl-9\.docx/.test((await tab()) ?? '');
        },
        40000,
        'F12 on the citation does not open kl-9.docx',
      );
      const shown = await waitFor(
        async () => {
          const t = await editorText();
          return /KẾT LUẬN/.test(t) && t;
        },
        20000,
        'the Word file is not shown as text',
      );
      if (!/Số:? 9-KL\/ĐU/.test(shown)) throw new Error(`the view does not show the number: ${shown.slice(0, 300)}`);
      const line = await page.locator('.editor-instance .current-line').count();
      if (!line) throw new Error('no cursor line in the Word file view');
      await palette('View: Close Editor');
    },
    page,
  );

  await step(
    'switching ketluan.messageLanguage to en changes the messages',
    async () => {
      writeFileSync(
        join(ws, '.vscode', 'settings.json'),
        JSON.stringify(
          { 'ketluan.messageLanguage': 'en', 'ketluan.debounceMs': 100, 'files.associations': associations },
          null,
          2,
        ),
      );
      await openFile('ket-luan.kl.md');
      await palette('View: Show Problems');
      await waitFor(
        async () => /A Party committee is a collective/.test(await page.locator('.markers-panel').innerText()),
        30000,
        'the Problems panel still shows Vietnamese messages after setting messageLanguage to en',
      );
    },
    page,
  );

  await previewInVsCode({ step, page, palette, openFile, waitFor, sleep });
  await ctx.close();
  rmSync(tmp, { recursive: true, force: true });
  if (process.env.UPDATE_SCREENSHOTS) {
    // The README's pictures come from this run.
    mkdirSync(join(ROOT, 'media'), { recursive: true });
    copyFileSync(
      join(SHOTS, '02-outline-view-shows-the-sections.png'),
      join(ROOT, 'media', 'diagnostics-and-outline.png'),
    );
    copyFileSync(join(SHOTS, 'quick-fix-menu.png'), join(ROOT, 'media', 'quick-fix.png'));
  }
}

// The Neovim configuration of the README, used verbatim as the user's init.lua; `ketluan-language-server` is
// found on PATH as it would be after `npm install -g`.
function readmeNeovimConfig() {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const m = /<!-- nvim-config:start -->\n```lua\n([\s\S]*?)```\n<!-- nvim-config:end -->/.exec(readme);
  if (!m) throw new Error('README has no Neovim configuration between the nvim-config markers');
  return m[1];
}

function neovimTest() {
  const tmp = mkdtempSync(join(tmpdir(), 'ketluan-nvim-'));
  const draft = join(tmp, 'ket-luan.kl.md');
  copyFileSync(join(ROOT, 'examples', 'ket-luan-ban-thuong-vu.kl.md'), draft);
  const binDir = join(tmp, 'bin');
  mkdirSync(binDir);
  symlinkSync(join(ROOT, 'bin', 'ketluan-language-server.js'), join(binDir, 'ketluan-language-server'));
  writeFileSync(join(tmp, 'init.lua'), readmeNeovimConfig());
  const out = join(tmp, 'out.json');
  const lua = `
vim.cmd('edit ${draft}')
local clients = function() return (vim.lsp.get_clients or vim.lsp.get_active_clients)() end
local ok = vim.wait(15000, function() return #vim.diagnostic.get(0) > 0 end, 100)
local diags = {}
for _, d in ipairs(vim.diagnostic.get(0)) do
  table.insert(diags, { code = d.code, line = d.lnum, source = d.source, message = d.message })
end
local client = clients()[1]
local names = {}
if client then
  local params = { textDocument = vim.lsp.util.make_text_document_params() }
  local res = client.request_sync('textDocument/documentSymbol', params, 10000, 0)
  if res and res.result then for _, s in ipairs(res.result) do table.insert(names, s.name) end end
end
local f = io.open('${out}', 'w')
f:write(vim.fn.json_encode({ ok = ok, diagnostics = diags, symbols = names, clients = #clients() }))
f:close()
if client then client.stop() end
vim.cmd('qa!')`;
  writeFileSync(join(tmp, 'test.lua'), lua);
  const r = spawnSync(
    'nvim',
    ['--headless', '-i', 'NONE', '-u', join(tmp, 'init.lua'), '-c', `luafile ${join(tmp, 'test.lua')}`],
    {
      encoding: 'utf8',
      timeout: 60000,
      cwd: tmp,
      env: { ...process.env, PATH: `${binDir}:${process.env.PATH}` },
    },
  );
  if (!existsSync(out)) throw new Error(`Neovim wrote no result (exit ${r.status}): ${r.stderr || r.stdout}`);
  const res = JSON.parse(readFileSync(out, 'utf8'));
  rmSync(tmp, { recursive: true, force: true });
  return res;
}

// The web build without VS Code: dist/web/server.js in a Web Worker of headless Chromium, driven over LSP by
// test/e2e/web-page.ts (vscode-jsonrpc's browser transport), for a draft of a virtual workspace (vscode-vfs).
async function webWorkerTest() {
  const { build } = await import('esbuild');
  const out = join(ROOT, 'test-results', 'web');
  mkdirSync(out, { recursive: true });
  await build({
    entryPoints: [join(ROOT, 'test', 'e2e', 'web-page.ts')],
    bundle: true,
    platform: 'browser',
    format: 'iife',
    outfile: join(out, 'page.js'),
    logLevel: 'warning',
  });
  const draft = readFileSync(join(ROOT, 'examples', 'ket-luan-ban-thuong-vu.kl.md'), 'utf8');
  const html =
    `<!doctype html><meta charset="utf-8"><title>ketluan web</title>
<script>window.ketluanDraft = ${JSON.stringify(draft).replace(/</g, '\\u003c')};</script>` +
    '<script src="/page.js"></script>';
  const http = await import('node:http');
  const server = http.createServer((req, res) => {
    const files = {
      '/': [html, 'text/html'],
      '/page.js': [join(out, 'page.js'), 'text/javascript'],
      '/dist/web/server.js': [join(ROOT, 'dist', 'web', 'server.js'), 'text/javascript'],
    };
    const f = files[req.url];
    if (!f) {
      res.writeHead(404);
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': `${f[1]}; charset=utf-8` });
    res.end(req.url === '/' ? f[0] : readFileSync(f[0]));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const port = server.address().port;
  const require = createRequire(join(CS_DIR, 'package.json'));
  const { chromium } = require('playwright-core');
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}/`);
    // eslint-disable-next-line no-undef -- runs in the page, where window exists
    await page.waitForFunction(() => window.ketluanResult || window.ketluanError, null, { timeout: 30000 });
    // eslint-disable-next-line no-undef -- runs in the page, where window exists
    const res = await page.evaluate(() => window.ketluanResult ?? { error: window.ketluanError });
    if (res.error) throw new Error(`the page failed: ${res.error}`);
    return res;
  } finally {
    await browser.close();
    server.close();
  }
}

async function main() {
  setup();
  mkdirSync(SHOTS, { recursive: true });
  log('building the .vsix');
  execFileSync('npm', ['run', 'package'], { cwd: ROOT, stdio: 'ignore' });
  // E2E_ONLY=web|neovim|vscode runs one part (a quicker loop while working on it).
  const only = process.env.E2E_ONLY;
  if (!only || only === 'vscode') {
    await vscodeTests();
    await englishUiTest();
  }
  if (!only || only === 'neovim')
    await step('Neovim with the README configuration receives diagnostics and document symbols', async () => {
      const res = neovimTest();
      if (!res.ok) throw new Error('Neovim received no diagnostics within 15 s');
      const codes = res.diagnostics.map((d) => d.code);
      for (const c of ['signature-authority-invalid', 'recipients-item-format', 'doc-number-format'])
        if (!codes.includes(c)) throw new Error(`Neovim did not show ${c}; got ${codes.join(', ')}`);
      if (!res.diagnostics.every((d) => d.source === 'ketluan')) throw new Error('diagnostic source is not ketluan');
      if (!res.symbols.includes('II. NHIỆM VỤ TRỌNG TÂM'))
        throw new Error(`document symbols lack the sections: ${res.symbols.join(' | ')}`);
    });
  // E2E_ONLY=word: the Word export (LibreOffice) and reader steps.
  if (!only || only === 'word') {
    await exportTests(step);
    await wordTests(step);
  }
  if (!only || only === 'web')
    await step(
      'the web build (web-worker server) publishes diagnostics in headless Chromium and reads a pushed .ketluan.json',
      async () => {
        const res = await webWorkerTest();
        const codes = res.first.map((d) => d.code);
        for (const c of ['signature-authority-invalid', 'recipients-item-format', 'doc-number-format']) {
          if (!codes.includes(c)) throw new Error(`the web server did not report ${c}; got ${codes.join(', ')}`);
        }
        if (!/Cấp ủy là tập thể/.test(res.first.find((d) => d.code === 'signature-authority-invalid').message))
          throw new Error('the message is not in Vietnamese');
        if (res.second.includes('signature-authority-invalid') || !res.second.includes('recipients-item-format')) {
          throw new Error(`the pushed .ketluan.json was not applied: ${res.second.join(', ')}`);
        }
        if (!res.symbols.includes('II. NHIỆM VỤ TRỌNG TÂM')) throw new Error(`no outline: ${res.symbols.join(' | ')}`);
      },
    );
  const secs = ((Date.now() - started) / 1000).toFixed(0);
  log(`${passes} passed, ${failures} failed in ${secs}s`);
  process.stdout.write(`e2e: ${passes} passed, ${failures} failed\n`);
  cleanup();
  process.exit(failures ? 1 : 0);
}
main().catch((e) => {
  log(`FAIL ${e.stack ?? e}`);
  cleanup();
  process.exit(1);
});
