// The A4 preview: the same blocks as the .docx export (blocks.ts), laid out with the same layout table in
// millimetre / point CSS. A small script flows the blocks into A4 pages (a block is never split), numbers the
// pages from page 2, and in VS Code reports clicks (data-line → reveal the source line).
// renderHtml gives a self-contained page (CLI --format html, "open in the browser"); renderFragment gives the
// inner markup the webview swaps in as the user types. Pure: no Node or editor imports.

import type { ComponentId, ComponentStyle, RegimeLayout } from '../core/layout';
import { SEPARATOR_RULE_MM, type Columns, type ExportDoc, type Para } from './blocks';

/** A finding shown on the page (original offsets). */
export interface Mark {
  start: number;
  end: number;
  severity: string;
  message: string;
}

export interface HtmlOptions {
  /** Nonce for the inline script and style (webview CSP). */
  nonce?: string;
  /** Content-Security-Policy to put in a meta tag (webview). */
  csp?: string;
  /** Page title. */
  title?: string;
}

const esc = (s: string) => s.replace(/[&<>"']/gu, (c) => `&#${c.charCodeAt(0)};`);
const n = (v: number) => String(Math.round(v * 100) / 100);

function componentCss(id: ComponentId, s: ComponentStyle): string {
  const ls = s.lineSpacing;
  const lineHeight = ls.unit === 'pt' ? `${n(ls.def)}pt` : n(ls.def * 1.15);
  return (
    `.c-${id}{font-size:${n(s.size.def)}pt;font-weight:${s.bold ? 700 : 400};` +
    `font-style:${s.italic ? 'italic' : 'normal'};text-decoration:${s.underline ? 'underline' : 'none'};` +
    `text-align:${s.align};text-indent:${n(s.indentMm.def)}mm;line-height:${lineHeight};` +
    `margin:${n(s.spaceBefore.def)}pt 0 ${n(s.spaceAfter.def)}pt 0}`
  );
}

/** The stylesheet of a regime: page box, tables, one class per component. */
export function stylesheet(l: RegimeLayout): string {
  const m = l.page.margins;
  const g = l.geometry;
  const body = l.components.body;
  const pn = l.components.pageNumber;
  const contentH = l.page.heightMm - m.top.def - m.bottom.def;
  const lines = [
    '@page{size:A4;margin:0}',
    'html{background:#8a8d91}',
    'body{margin:0;padding:8mm 0;color:#000;' + `font-family:"${body.font}","Liberation Serif","Tinos",serif}`,
    `.page{position:relative;box-sizing:border-box;width:${l.page.widthMm}mm;height:${l.page.heightMm}mm;` +
      `margin:0 auto 8mm;padding:${m.top.def}mm ${m.right.def}mm ${m.bottom.def}mm ${m.left.def}mm;` +
      'background:#fff;box-shadow:0 1px 6px rgba(0,0,0,.4);overflow:hidden}',
    `.content{height:${contentH}mm;overflow:hidden}`,
    `.pageno{position:absolute;top:${l.page.headerDistanceMm}mm;left:${m.left.def}mm;right:${m.right.def}mm;` +
      `text-align:center;font-size:${n(pn.size.def)}pt;line-height:1}`,
    '.flow{display:block}',
    'p{margin:0}',
    'table.cols{border-collapse:collapse;table-layout:fixed;width:100%}',
    'table.cols td{padding:0;vertical-align:top}',
    'table.cols td p{text-indent:0}',
    '.rule{border-top:.75pt solid #000;height:0;margin:1pt auto 3pt}',
    `table.closing{margin-top:${n(body.size.def * 1.15)}pt}`,
    `.sig-gap{height:${n(g.signatureLines * l.components.signerName.size.def * 1.15)}pt}`,
    '[data-line]{cursor:pointer}',
    '.mk-error{background:rgba(229,20,0,.14);outline:1px dashed rgba(229,20,0,.7)}',
    '.mk-warning{background:rgba(255,183,0,.18);outline:1px dashed rgba(191,128,0,.7)}',
    '.mk-information,.mk-hint{background:rgba(0,120,212,.1)}',
    '@media print{html,body{background:#fff;padding:0}#pages{zoom:1!important}' +
      '.page{margin:0;box-shadow:none;break-after:page}' +
      '.mk-error,.mk-warning,.mk-information,.mk-hint{background:none;outline:none}}',
  ];
  // Widths as classes and attribute selectors, so the page needs no style attributes (webview CSP).
  const [h0, h1] = g.headerColsMm;
  const [c0, c1] = g.closingColsMm;
  lines.push(`.cols.header col.l{width:${h0}mm}.cols.header col.r{width:${h1}mm}`);
  lines.push(`.cols.closing col.l{width:${c0}mm}.cols.closing col.r{width:${c1}mm}`);
  for (const mm of new Set([g.titleRuleMm, g.issuerRuleMm, SEPARATOR_RULE_MM])) {
    lines.push(`.rule[data-mm="${n(mm)}"]{width:${n(mm)}mm}`);
  }
  for (const [id, s] of Object.entries(l.components) as [ComponentId, ComponentStyle][]) {
    lines.push(componentCss(id, s));
  }
  lines.push('table.cols td p{text-indent:0}');
  return lines.join('\n');
}

function markOf(p: Para, marks: Mark[]): Mark | null {
  let best: Mark | null = null;
  const rank = (s: string) => ['error', 'warning', 'information', 'hint'].indexOf(s);
  for (const m of marks) {
    const hit = (m.start < p.end && m.end > p.start) || (m.start === m.end && m.start >= p.start && m.start <= p.end);
    if (hit && (!best || rank(m.severity) < rank(best.severity))) best = m;
  }
  return best;
}

function paraHtml(p: Para, marks: Mark[]): string {
  if (p.ruleMm !== undefined) return `<div class="rule" data-mm="${n(p.ruleMm)}"></div>`;
  const mk = markOf(p, marks);
  const cls = `c-${p.c}${mk ? ` mk-${mk.severity}` : ''}`;
  const title = mk ? ` title="${esc(mk.message)}"` : '';
  let inner = '';
  for (const r of p.runs) {
    let t = esc(r.text);
    if (r.i) t = `<i>${t}</i>`;
    if (r.b) t = `<b>${t}</b>`;
    inner += t;
  }
  return `<p class="${cls}" data-line="${p.line}"${title}>${inner || '&#8203;'}</p>`;
}

function columnsHtml(rows: Columns[], cls: string, marks: Mark[], gap = -1): string {
  const col = '<colgroup><col class="l"><col class="r"></colgroup>';
  const body = rows
    .map((r) => {
      const right = r.right.map((p) => paraHtml(p, marks));
      if (gap >= 0) right.splice(gap, 0, '<div class="sig-gap"></div>');
      return `<tr><td>${r.left.map((p) => paraHtml(p, marks)).join('')}</td><td>${right.join('')}</td></tr>`;
    })
    .join('');
  return `<table class="cols ${cls}">${col}${body}</table>`;
}

/** The document's blocks as HTML, in reading order, before pagination. */
export function renderFragment(doc: ExportDoc, marks: Mark[] = []): string {
  const out: string[] = [];
  if (doc.header.some((r) => r.left.length || r.right.length)) {
    out.push(columnsHtml(doc.header, 'header', marks));
  }
  for (const p of doc.title) out.push(paraHtml(p, marks));
  for (const p of doc.body) out.push(paraHtml(p, marks));
  if (doc.closing) out.push(columnsHtml([doc.closing], 'closing', marks, doc.closing.signatureGap));
  doc.appendix.forEach((p, i) => {
    const h = paraHtml(p, marks);
    out.push(i === 0 ? h.replace('<p ', '<p data-break="1" ') : h); // the appendix starts a new page
  });
  return out.join('\n');
}

/**
 * Pagination script: moves the blocks of #flow into A4 pages by measured height; a block that does not fit
 * starts a new page (a block taller than a page gets a page of its own). Numbers pages from 2.
 */
export const PAGINATE_JS = `(function(){
var vs=typeof acquireVsCodeApi==='function'?acquireVsCodeApi():null;
function paginate(){
  var flow=document.getElementById('flow'),pages=document.getElementById('pages');
  if(!flow||!pages)return;
  var blocks=Array.prototype.slice.call(flow.children);pages.textContent='';
  var page=null,content=null,count=0;
  function newPage(){count++;page=document.createElement('div');page.className='page';
    if(count>1){var no=document.createElement('div');no.className='pageno';no.textContent=String(count);
      page.appendChild(no);}
    content=document.createElement('div');content.className='content';page.appendChild(content);
    pages.appendChild(page);}
  newPage();
  for(var i=0;i<blocks.length;i++){var b=blocks[i];
    if(b.getAttribute('data-break')&&content.children.length)newPage();
    content.appendChild(b);
    if(content.scrollHeight>content.clientHeight+1&&content.children.length>1){content.removeChild(b);
      newPage();content.appendChild(b);}}
  document.body.setAttribute('data-pages',String(count));
  fit();
}
function fit(){var p=document.querySelector('.page');if(!p)return;var pages=document.getElementById('pages');
  pages.style.zoom='1';var w=p.getBoundingClientRect().width+24;
  pages.style.zoom=String(Math.min(1,Math.max(0.3,window.innerWidth/w)));}
window.addEventListener('resize',fit);
window.ketluanPaginate=paginate;
document.addEventListener('click',function(e){var t=e.target;
  while(t&&t.getAttribute&&!t.getAttribute('data-line'))t=t.parentNode;
  if(vs&&t&&t.getAttribute)vs.postMessage({type:'reveal',line:+t.getAttribute('data-line')});});
window.addEventListener('message',function(e){var m=e.data;if(m&&m.type==='update'){
  var flow=document.getElementById('flow');flow.innerHTML=m.html;
  var st=document.getElementById('layout-css');if(st&&m.css)st.textContent=m.css;paginate();}});
if(document.readyState==='loading')document.addEventListener('DOMContentLoaded',paginate);else paginate();
})();`;

/** A complete HTML page: stylesheet, the blocks, the pagination script. */
export function renderHtml(doc: ExportDoc, opts: HtmlOptions = {}, marks: Mark[] = []): string {
  const nonce = opts.nonce ? ` nonce="${esc(opts.nonce)}"` : '';
  const csp = opts.csp ? `<meta http-equiv="Content-Security-Policy" content="${esc(opts.csp)}">` : '';
  const title = esc(
    opts.title ??
      doc.title
        .find((p) => p.c === 'typeName')
        ?.runs.map((r) => r.text)
        .join('') ??
      '',
  );
  return `<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8">${csp}
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>${title}</title>
<style id="layout-css"${nonce}>${stylesheet(doc.layout)}</style>
</head><body data-profile="${doc.layout.profile}">
<div id="pages"></div>
<div id="flow" class="flow">${renderFragment(doc, marks)}</div>
<script${nonce}>${PAGINATE_JS}</script>
</body></html>
`;
}
