// Reads back an exported .docx for the tests: unzip with fflate, then the paragraphs of document.xml with
// their properties (alignment, indent, spacing) and runs (font slots, size, bold, italic, underline, language).
import { unzipSync, strFromU8 } from 'fflate';

export interface XRun {
  text: string;
  sz: number | null;
  b: boolean;
  i: boolean;
  u: boolean;
  ascii: string | null;
  hAnsi: string | null;
  lang: string | null;
}
export interface XPara {
  text: string;
  jc: string | null;
  firstLine: number | null;
  after: number | null;
  before: number | null;
  line: number | null;
  lineRule: string | null;
  keepNext: boolean;
  inTable: boolean;
  border: boolean;
  runs: XRun[];
}

const attr = (xml: string, tag: string, name: string): string | null => {
  const m = new RegExp(`<w:${tag}\\b[^>]*\\bw:${name}="([^"]*)"`, 'u').exec(xml);
  return m ? m[1] : null;
};
const flag = (rPr: string, tag: string) => {
  const m = new RegExp(`<w:${tag}(?:\\s[^>]*)?/>`, 'u').exec(rPr);
  return !!m && !/w:val="(?:false|0|none)"/u.test(m[0]);
};
const unescape = (s: string) =>
  s
    .replace(/&lt;/gu, '<')
    .replace(/&gt;/gu, '>')
    .replace(/&quot;/gu, '"')
    .replace(/&apos;/gu, "'")
    .replace(/&amp;/gu, '&');

export function readDocx(bytes: Uint8Array): { files: Record<string, string>; paras: XPara[] } {
  const raw = unzipSync(bytes);
  const files: Record<string, string> = {};
  for (const [k, v] of Object.entries(raw)) if (k.endsWith('.xml') || k.endsWith('.rels')) files[k] = strFromU8(v);
  const doc = files['word/document.xml'];
  const paras: XPara[] = [];
  // Track table depth by position: a paragraph is in a table when more <w:tbl> than </w:tbl> precede it.
  const re = /<w:p\b[^>]*?(?:\/>|>([\s\S]*?)<\/w:p>)/gu;
  for (let m = re.exec(doc); m; m = re.exec(doc)) {
    const before = doc.slice(0, m.index);
    const inTable = (before.match(/<w:tbl>/gu)?.length ?? 0) > (before.match(/<\/w:tbl>/gu)?.length ?? 0);
    const body = m[1] ?? '';
    const pPr = /<w:pPr>([\s\S]*?)<\/w:pPr>/u.exec(body)?.[1] ?? '';
    const runs: XRun[] = [];
    const rr = /<w:r\b[^>]*>([\s\S]*?)<\/w:r>/gu;
    for (let r = rr.exec(body); r; r = rr.exec(body)) {
      const rPr = /<w:rPr>([\s\S]*?)<\/w:rPr>/u.exec(r[1])?.[1] ?? '';
      let text = '';
      const tr = /<w:t\b[^>]*>([\s\S]*?)<\/w:t>/gu;
      for (let t = tr.exec(r[1]); t; t = tr.exec(r[1])) text += unescape(t[1]);
      const sz = attr(rPr, 'sz', 'val');
      runs.push({
        text,
        sz: sz ? +sz / 2 : null,
        b: flag(rPr, 'b'),
        i: flag(rPr, 'i'),
        u: /<w:u\b/u.test(rPr) && attr(rPr, 'u', 'val') !== 'none',
        ascii: attr(rPr, 'rFonts', 'ascii'),
        hAnsi: attr(rPr, 'rFonts', 'hAnsi'),
        lang: attr(rPr, 'lang', 'val'),
      });
    }
    const num = (s: string | null) => (s === null ? null : +s);
    paras.push({
      text: runs.map((r) => r.text).join(''),
      jc: attr(pPr, 'jc', 'val'),
      firstLine: num(attr(pPr, 'ind', 'firstLine')),
      after: num(attr(pPr, 'spacing', 'after')),
      before: num(attr(pPr, 'spacing', 'before')),
      line: num(attr(pPr, 'spacing', 'line')),
      lineRule: attr(pPr, 'spacing', 'lineRule'),
      keepNext: /<w:keepNext\/>/u.test(pPr),
      inTable,
      border: /<w:pBdr>/u.test(pPr),
      runs,
    });
  }
  return { files, paras };
}
