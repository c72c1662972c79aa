// End-to-end checks of the Word export through real renderers: the exported .docx files are converted to PDF by
// LibreOffice (Debian libreoffice-writer-nogui, fonts-liberation2 for Times New Roman's metrics) and read with
// poppler (pdfinfo, pdftotext -bbox): A4 page size, page count, a page number at the top centre of page 2 and
// none on page 1, the header's left column left of the right column. The HTML preview is paginated by Chromium
// (--dump-dom). Run alone with `node test/e2e/export.mjs` (after npm run build), or as part of npm run test:e2e.
// UPDATE_SCREENSHOTS=1 also renders page 1 of an exported Kết luận to media/export-ket-luan.png.
import { execFileSync, execSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync, rmSync, existsSync, copyFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';

const ROOT = resolve(import.meta.dirname, '..', '..');
const MM = 72 / 25.4;
const has = (cmd) => {
  try {
    execSync(`command -v ${cmd}`, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

/** Debian packages the export checks need (idempotent). */
export function setupExport() {
  const pkgs = [];
  if (!has('soffice')) pkgs.push('libreoffice-writer-nogui');
  if (!has('pdftotext')) pkgs.push('poppler-utils');
  if (!existsSync('/usr/share/fonts/truetype/liberation2')) pkgs.push('fonts-liberation2');
  if (pkgs.length) {
    process.stdout.write(`[e2e setup] apt-get install ${pkgs.join(' ')}\n`);
    execSync('apt-get update -qq', { stdio: 'inherit' });
    execSync(`DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ${pkgs.join(' ')}`, {
      stdio: 'inherit',
    });
  }
}

/** Words of one PDF page with their boxes (points, origin top left). */
function words(pdf, page) {
  const args = ['-bbox', '-f', String(page), '-l', String(page), pdf, '-'];
  const xml = execFileSync('pdftotext', args, { encoding: 'utf8' });
  return [
    ...xml.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/gu),
  ].map((m) => ({ x0: +m[1], y0: +m[2], x1: +m[3], y1: +m[4], text: m[5] }));
}

function pdfInfo(pdf) {
  const out = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/u.exec(out);
  return { pages: +/Pages:\s+(\d+)/u.exec(out)[1], w: +size[1], h: +size[2] };
}

/** A long Kết luận (several pages) made from the clean fixture's sections. */
function longDraft() {
  const base = readFileSync(join(ROOT, 'test', 'fixtures', 'clean-hd05.kl.md'), 'utf8');
  const head = base.slice(0, base.indexOf('I. ĐÁNH GIÁ CHUNG'));
  const footer = base.slice(base.indexOf('Nơi nhận:'));
  const out = [head];
  for (let i = 1; i <= 40; i++) {
    out.push(
      `${i}. Ủy ban nhân dân xã chủ trì, phối hợp với các đoàn thể rà soát, hoàn thành nhiệm vụ thứ ${i} ` +
        'trong năm 2026; định kỳ báo cáo Ban Thường vụ Đảng ủy xã kết quả thực hiện, đề xuất giải pháp tháo gỡ.\n',
    );
  }
  return out.join('\n') + '\n' + footer;
}

export async function exportTests(step) {
  setupExport();
  const tmp = mkdtempSync(join(tmpdir(), 'ketluan-export-e2e-'));
  const cases = [
    {
      name: 'ket-luan',
      src: join(ROOT, 'test', 'fixtures', 'clean-hd05.kl.md'),
      pages: 1,
      left: 'TỈNH',
      right: 'CỘNG',
      split: 30 + 78,
    },
    { name: 'thong-bao', src: join(ROOT, 'examples', 'thong-bao-ket-luan-thuong-truc.tb.md'), pages: 1 },
    { name: 'example', src: join(ROOT, 'examples', 'ket-luan-ban-thuong-vu.kl.md'), pages: 1 },
    {
      name: 'nd30',
      src: join(ROOT, 'test', 'export-fixtures', 'thong-bao-nd30.md'),
      pages: 1,
      left: 'NGHIỆP',
      right: 'HÒA',
      split: 30 + 65,
    },
    { name: 'long', src: join(tmp, 'long.kl.md'), pages: 0 },
  ];
  const long = cases.find((c) => c.name === 'long');
  writeFileSync(long.src, longDraft());
  const cli = join(ROOT, 'bin', 'ketluan.js');
  await step('ketluan export writes .docx and .html for Party and state drafts', async () => {
    for (const c of cases) {
      execFileSync(process.execPath, [cli, 'export', '--out', join(tmp, `${c.name}.docx`), c.src]);
      execFileSync(process.execPath, [cli, 'export', '--format', 'html', '--out', join(tmp, `${c.name}.html`), c.src]);
    }
  });
  await step('LibreOffice converts the exported .docx files to PDF', async () => {
    const profile = `file://${join(tmp, 'lo-profile')}`;
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=${profile}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        tmp,
        ...cases.map((c) => join(tmp, `${c.name}.docx`)),
      ],
      { stdio: 'ignore', timeout: 300000 },
    );
    for (const c of cases) if (!existsSync(join(tmp, `${c.name}.pdf`))) throw new Error(`no PDF for ${c.name}`);
  });
  await step('PDF pages are A4; short drafts fit one page, the long one runs to several', async () => {
    for (const c of cases) {
      const info = pdfInfo(join(tmp, `${c.name}.pdf`));
      if (Math.abs(info.w - 210 * MM) > 1 || Math.abs(info.h - 297 * MM) > 1) {
        throw new Error(`${c.name}: page ${info.w}×${info.h} pt`);
      }
      if (c.pages && info.pages !== c.pages) throw new Error(`${c.name}: ${info.pages} pages, expected ${c.pages}`);
      if (!c.pages && info.pages < 2) throw new Error(`${c.name}: ${info.pages} page(s), expected several`);
      c.found = info.pages;
    }
  });
  await step('page numbers: none on page 1, "2", "3"… at the top centre of the next pages', async () => {
    const pdf = join(tmp, 'long.pdf');
    const centre = ((30 + (210 - 15)) / 2) * MM;
    const topBand = (w) => w.y0 < 20 * MM;
    if (words(pdf, 1).some((w) => topBand(w) && /^\d+$/u.test(w.text))) {
      throw new Error('a number in the top margin of page 1');
    }
    for (let p = 2; p <= long.found; p++) {
      const n = words(pdf, p).filter(topBand);
      if (n.length !== 1 || n[0].text !== String(p)) {
        throw new Error(`page ${p}: top margin holds ${JSON.stringify(n.map((w) => w.text))}`);
      }
      const mid = (n[0].x0 + n[0].x1) / 2;
      if (Math.abs(mid - centre) > 3 * MM) throw new Error(`page ${p}: number centred at ${(mid / MM).toFixed(1)} mm`);
      const top = n[0].y0 / MM;
      if (top < 8 || top > 14) throw new Error(`page ${p}: number top at ${top.toFixed(1)} mm`);
    }
  });
  await step('header: the left column (issuer) lies left of the right column (title / Quốc hiệu)', async () => {
    for (const c of cases.filter((k) => k.left)) {
      const ws = words(join(tmp, `${c.name}.pdf`), 1);
      const l = ws.find((w) => w.text === c.left);
      const r = ws.find((w) => w.text === c.right);
      if (!l || !r) throw new Error(`${c.name}: words ${c.left} / ${c.right} not found`);
      if (!(l.x1 < c.split * MM && r.x0 > c.split * MM && Math.abs(l.y0 - r.y0) < 12 * MM)) {
        const at = (v) => (v / MM).toFixed(1);
        throw new Error(`${c.name}: ${c.left} ends at ${at(l.x1)} mm, ${c.right} starts at ${at(r.x0)} mm`);
      }
    }
  });
  await step('the HTML preview paginates in Chromium like the PDF (pages, numbers from page 2)', async () => {
    for (const c of [cases[0], long]) {
      const dom = execFileSync(
        'chromium',
        [
          '--headless',
          '--no-sandbox',
          '--disable-gpu',
          '--virtual-time-budget=5000',
          '--dump-dom',
          `file://${join(tmp, `${c.name}.html`)}`,
        ],
        { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] },
      );
      const pages = +(/data-pages="(\d+)"/u.exec(dom)?.[1] ?? 0);
      const numbers = [...dom.matchAll(/<div class="pageno">(\d+)<\/div>/gu)].map((m) => +m[1]);
      if (c.name === 'ket-luan' && pages !== 1) throw new Error(`${c.name}: ${pages} preview pages`);
      if (c.name === 'long' && Math.abs(pages - c.found) > 1) {
        throw new Error(`long: preview ${pages} pages, PDF ${c.found}`);
      }
      const expected = Array.from({ length: pages - 1 }, (_, i) => i + 2).join();
      if (numbers.join() !== expected) throw new Error(`page numbers ${numbers}`);
    }
  });
  if (process.env.UPDATE_SCREENSHOTS) {
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '80',
      '-f',
      '1',
      '-l',
      '1',
      '-singlefile',
      join(tmp, 'ket-luan.pdf'),
      join(tmp, 'page1'),
    ]);
    copyFileSync(join(tmp, 'page1.png'), join(ROOT, 'media', 'export-ket-luan.png'));
  }
  rmSync(tmp, { recursive: true, force: true });
}

/** In code-server (called from run.mjs with its page and helpers): the A4 preview opens beside the editor. */
export async function previewInVsCode({ step, page, palette, openFile, waitFor, sleep }) {
  await step(
    'A4 preview beside the editor: pages, findings highlighted, a click reveals the source line',
    async () => {
      await openFile('ket-luan.kl.md');
      await palette('A4 preview');
      const frame = await waitFor(
        async () => {
          for (const f of page.frames())
            if (
              await f
                .locator('.page .c-typeName')
                .count()
                .catch(() => 0)
            )
              return f;
          return null;
        },
        60000,
        'no webview with an A4 page after "Kết luận: A4 preview"',
      );
      const title = await frame.locator('.page .c-partyTitle').innerText();
      if (title.trim() !== 'ĐẢNG CỘNG SẢN VIỆT NAM') throw new Error(`party title in the preview: ${title}`);
      await waitFor(
        async () => (await frame.locator('.page .mk-error').count()) > 0,
        30000,
        'no finding highlighted in the preview',
      );
      await frame.locator('.page .c-typeName').click();
      const status = () =>
        page
          .locator('[id="status.editor.selection"]')
          .innerText()
          .catch(() => '');
      // The cursor's line: the status bar shows it while the text editor has the focus; the editor's own
      // line-number gutter marks it either way (a click in a webview may leave the focus there).
      const activeLines = () =>
        page
          .locator('.monaco-editor .line-numbers.active-line-number')
          .allInnerTexts()
          .catch(() => []);
      await waitFor(
        async () => /Ln 6,/u.test(await status()) || (await activeLines()).some((t) => t.trim() === '6'),
        15000,
        'clicking KẾT LUẬN in the preview did not move the cursor to line 6',
      );
      await sleep(500);
      if (process.env.UPDATE_SCREENSHOTS) {
        await page.screenshot({ path: join(ROOT, 'media', 'preview-beside-editor.png') });
      }
    },
    page,
  );
}

if (process.argv[1] && process.argv[1].endsWith('export.mjs')) {
  let failures = 0;
  await exportTests(async (name, fn) => {
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
