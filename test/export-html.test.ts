// The A4 preview: the same blocks and layout table as the .docx, in mm / pt CSS; safe for a strict CSP webview.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { blocksOf, exportHtml, renderFragment, stylesheet } from '../server/src/export';
import { layoutFor } from '../server/src/core/layout';

const ROOT = join(__dirname, '..');
const TODAY = { y: 2026, m: 11, d: 1 };
const read = (f: string) => readFileSync(join(ROOT, f), 'utf8');
const rule = (css: string, sel: string) =>
  new RegExp(`(?:^|\\n)${sel.replace(/\./gu, '\\.')}\\{([^}]*)\\}`, 'u').exec(css)?.[1];

describe('A4 preview', () => {
  it('page box and component styles come from the layout table (hd05)', () => {
    const css = stylesheet(layoutFor('hd05'));
    expect(rule(css, '.page')).toContain('width:210mm;height:297mm;');
    expect(rule(css, '.page')).toContain('padding:20mm 15mm 20mm 30mm;');
    expect(rule(css, '.c-body')).toBe(
      'font-size:14pt;font-weight:400;font-style:normal;text-decoration:none;' +
        'text-align:justify;text-indent:10mm;line-height:18pt;margin:0pt 0 6pt 0',
    );
    expect(rule(css, '.c-partyTitle')).toMatch(/^font-size:15pt;font-weight:700;/u);
    expect(rule(css, '.c-recipientsLabel')).toContain('text-decoration:underline');
    expect(rule(css, '.c-dateLine')).toContain('font-style:italic');
    expect(rule(css, '.pageno')).toContain('top:10mm;');
    expect(css).toContain('.cols.header col.l{width:78mm}');
  });

  it('state documents (nd30): Nơi nhận 12 bold italic, body single-spaced 14 pt, Quốc hiệu 13', () => {
    const css = stylesheet(layoutFor('nd30'));
    expect(rule(css, '.c-recipientsLabel')).toMatch(
      /^font-size:12pt;font-weight:700;font-style:italic;text-decoration:none/u,
    );
    expect(rule(css, '.c-body')).toContain('line-height:1.15;');
    expect(rule(css, '.c-quocHieu')).toMatch(/^font-size:13pt;font-weight:700/u);
    expect(css).toContain('.cols.header col.l{width:65mm}');
  });

  it('every paragraph carries its source line; header and closing are two-column tables', () => {
    const text = read('examples/ket-luan-ban-thuong-vu.kl.md');
    const html = renderFragment(blocksOf(text, { today: TODAY }));
    const lines = text.split('\n');
    const paras = [...html.matchAll(/<p class="c-(\w+)[^"]*" data-line="(\d+)"[^>]*>([\s\S]*?)<\/p>/gu)];
    expect(paras.length).toBeGreaterThan(20);
    for (const [, , line, inner] of paras) {
      const plain = inner.replace(/<[^>]+>/gu, '').replace(/&#(\d+);/gu, (_, c) => String.fromCharCode(+c));
      expect(lines[+line], plain).toContain(plain.slice(0, 20));
    }
    expect(html).toMatch(
      /<p class="c-partyTitle" data-line="0">ĐẢNG CỘNG SẢN VIỆT NAM<\/p><div class="rule" data-mm="73">/u,
    );
    expect(html).toMatch(/<table class="cols header">[\s\S]*?<\/table>/u);
    expect(html).toMatch(
      /<table class="cols closing">[\s\S]*PHÓ BÍ THƯ<\/p><div class="sig-gap"><\/div><p class="c-signerName"/u,
    );
  });

  it('findings are highlighted on the paragraph they point at, with the message as a tooltip', () => {
    const text = read('examples/ket-luan-ban-thuong-vu.kl.md');
    const at = text.indexOf('Số: 5-KL');
    const html = renderFragment(blocksOf(text, { today: TODAY }), [
      { start: at + 2, end: at + 3, severity: 'error', message: 'Bỏ dấu "<:>" sau "Số"' },
      { start: at, end: at + 3, severity: 'hint', message: 'gợi ý' },
    ]);
    expect(html).toContain(
      '<p class="c-number mk-error" data-line="3" title="Bỏ dấu &#34;&#60;:&#62;&#34; sau &#34;Số&#34;">',
    );
    expect(html.match(/mk-/gu)).toHaveLength(1);
    // Near miss: a finding on the next paragraph does not mark this one.
    const clean = renderFragment(blocksOf(text, { today: TODAY }), [
      { start: text.indexOf('KẾT LUẬN'), end: text.indexOf('KẾT LUẬN') + 8, severity: 'warning', message: 'x' },
    ]);
    expect(clean).toContain('<p class="c-typeName mk-warning"');
    expect(clean).toContain('<p class="c-number" data-line="3">');
  });

  it('is safe in a strict-CSP webview: escaped text, nonces, no style attributes, nothing remote', () => {
    const text = read('examples/ket-luan-ban-thuong-vu.kl.md').replace(
      'Ủy ban nhân dân xã đã rà soát',
      '<script>alert(1)</script> <img src=x onerror=alert(2)> "q" &amp;',
    );
    const html = exportHtml(text, { today: TODAY, nonce: 'abc123', csp: "default-src 'none'" });
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img');
    expect(html).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
    expect(html).toContain('&#38;amp;');
    expect(html).toMatch(/<script nonce="abc123">/u);
    expect(html).toMatch(/<style id="layout-css" nonce="abc123">/u);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;">`);
    expect(html).not.toMatch(/\sstyle="/u);
    expect(html).not.toMatch(/https?:\/\//u);
    expect(html.match(/<script/gu)).toHaveLength(1);
  });

  it('the standalone page (CLI --format html) has the A4 print rule and the pagination script', () => {
    const html = exportHtml(read('test/export-fixtures/thong-bao-nd30.md'), { today: TODAY });
    expect(html).toContain('@page{size:A4;margin:0}');
    expect(html).toContain('data-profile="nd30"');
    expect(html).toContain('function paginate()');
    expect(html).not.toContain('Content-Security-Policy');
  });
});
