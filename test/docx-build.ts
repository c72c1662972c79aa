// Builds .docx files for the tests from a small description and hand-written WordprocessingML, with fflate.
// Hand-written XML lets a test put a fault exactly where real files have it: in direct formatting, in a
// style's basedOn chain, in the theme, in one font slot, in a text box or an mc:AlternateContent.
import { zipSync, strToU8 } from 'fflate';

export interface RunSpec {
  text: string;
  b?: boolean;
  i?: boolean;
  u?: boolean;
  caps?: boolean;
  sz?: number;
  font?: string;
  hAnsi?: string;
  rStyle?: string;
}
export interface ParaSpec {
  text?: string;
  runs?: RunSpec[];
  style?: string;
  jc?: string;
  /** Run properties for `text`. */
  b?: boolean;
  i?: boolean;
  u?: boolean;
  sz?: number;
  font?: string;
  hAnsi?: string;
  caps?: boolean;
  ind?: number;
  after?: number;
  before?: number;
  line?: number;
  lineRule?: string;
  border?: boolean;
  /** Automatic numbering: [numId, level]. */
  num?: [number, number];
  /** Raw XML placed inside the paragraph after the runs. */
  extra?: string;
}
export type Block = ParaSpec | { table: ParaSpec[][][] } | { raw: string };
export interface SectSpec {
  w?: number;
  h?: number;
  orient?: string;
  top?: number;
  bottom?: number;
  left?: number;
  right?: number;
  header?: number;
  titlePg?: boolean;
  headerDefault?: string;
  headerFirst?: string;
  footerDefault?: string;
}
export interface DocSpec {
  body: Block[];
  /** <w:style> elements added to styles.xml. */
  styles?: string;
  /** Run properties of the document defaults (inside <w:rPr>). */
  defaultRPr?: string;
  /** Theme minor / major Latin fonts (a theme part is written when given). */
  theme?: { minor: string; major: string };
  sect?: SectSpec;
  /** Header and footer parts: name -> paragraphs XML. */
  parts?: Record<string, string>;
  settings?: string;
  /** Inside <w:numbering>: w:abstractNum and w:num elements (a numbering part is written when given). */
  numbering?: string;
  /** Replace the document.xml root namespace (Strict OOXML test). */
  strict?: boolean;
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const W_STRICT = 'http://purl.oclc.org/ooxml/wordprocessingml/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NSDECL =
  `xmlns:w="${W}" xmlns:r="${R}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ` +
  'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" ' +
  'xmlns:v="urn:schemas-microsoft-com:vml" ' +
  'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" ' +
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"';

export const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function rPr(r: Partial<RunSpec>): string {
  let x = '';
  if (r.rStyle) x += `<w:rStyle w:val="${r.rStyle}"/>`;
  const hAnsi = r.hAnsi ?? r.font;
  if (r.font || r.hAnsi) x += `<w:rFonts${r.font ? ` w:ascii="${r.font}"` : ''}${hAnsi ? ` w:hAnsi="${hAnsi}"` : ''}/>`;
  if (r.b !== undefined) x += r.b ? '<w:b/>' : '<w:b w:val="0"/>';
  if (r.i !== undefined) x += r.i ? '<w:i/>' : '<w:i w:val="0"/>';
  if (r.caps) x += '<w:caps/>';
  if (r.u !== undefined) x += `<w:u w:val="${r.u ? 'single' : 'none'}"/>`;
  if (r.sz !== undefined) x += `<w:sz w:val="${r.sz * 2}"/>`;
  return x ? `<w:rPr>${x}</w:rPr>` : '';
}

export function run(r: RunSpec): string {
  const parts = r.text.split('\t').map((t) => (t ? `<w:t xml:space="preserve">${esc(t)}</w:t>` : ''));
  return `<w:r>${rPr(r)}${parts.join('<w:tab/>')}</w:r>`;
}

export function para(p: ParaSpec): string {
  let pp = '';
  if (p.style) pp += `<w:pStyle w:val="${p.style}"/>`;
  if (p.num) pp += `<w:numPr><w:ilvl w:val="${p.num[1]}"/><w:numId w:val="${p.num[0]}"/></w:numPr>`;
  if (p.border) pp += '<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="000000"/></w:pBdr>';
  if (p.before !== undefined || p.after !== undefined || p.line !== undefined) {
    const at = (k: string, v: number | undefined) => (v !== undefined ? ` w:${k}="${v}"` : '');
    pp +=
      `<w:spacing${at('before', p.before)}${at('after', p.after)}` +
      `${p.line !== undefined ? ` w:line="${p.line}" w:lineRule="${p.lineRule ?? 'exact'}"` : ''}/>`;
  }
  if (p.ind !== undefined) pp += `<w:ind w:firstLine="${p.ind}"/>`;
  if (p.jc) pp += `<w:jc w:val="${p.jc}"/>`;
  const runs =
    p.runs ??
    (p.text !== undefined && p.text !== ''
      ? [{ text: p.text, b: p.b, i: p.i, u: p.u, sz: p.sz, font: p.font, hAnsi: p.hAnsi, caps: p.caps }]
      : []);
  return `<w:p>${pp ? `<w:pPr>${pp}</w:pPr>` : ''}${runs.map(run).join('')}${p.extra ?? ''}</w:p>`;
}

export function block(b: Block): string {
  if ('raw' in b) return b.raw;
  if ('table' in b) {
    const cell = (ps: ParaSpec[]) =>
      '<w:tc><w:tcPr><w:tcW w:w="4800" w:type="dxa"/></w:tcPr>' +
      `${(ps.length ? ps : [{}]).map(para).join('')}</w:tc>`;
    const rows = b.table.map((cells) => `<w:tr>${cells.map(cell).join('')}</w:tr>`);
    return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders/></w:tblPr>${rows.join('')}</w:tbl>`;
  }
  return para(b);
}

function sectPr(s: SectSpec = {}): string {
  const refs =
    (s.headerDefault ? `<w:headerReference w:type="default" r:id="rIdH1"/>` : '') +
    (s.headerFirst ? `<w:headerReference w:type="first" r:id="rIdH2"/>` : '') +
    (s.footerDefault ? `<w:footerReference w:type="default" r:id="rIdF1"/>` : '');
  const orient = s.orient ? ` w:orient="${s.orient}"` : '';
  return (
    `<w:sectPr>${refs}<w:pgSz w:w="${s.w ?? 11906}" w:h="${s.h ?? 16838}"${orient}/>` +
    `<w:pgMar w:top="${s.top ?? 1134}" w:right="${s.right ?? 850}" w:bottom="${s.bottom ?? 1134}" ` +
    `w:left="${s.left ?? 1701}" ` +
    `w:header="${s.header ?? 567}" w:footer="567" w:gutter="0"/>${s.titlePg ? '<w:titlePg/>' : ''}</w:sectPr>`
  );
}

/** A header part holding a centred PAGE field (what Word writes for Insert → Page Number → Plain Number 2). */
export function pageHeader(opts: { jc?: string; simple?: boolean; sz?: number } = {}): string {
  const field = opts.simple
    ? '<w:fldSimple w:instr=" PAGE "><w:r><w:t>2</w:t></w:r></w:fldSimple>'
    : '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE   \\* MERGEFORMAT ' +
      '</w:instrText></w:r>' +
      `<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r>${opts.sz ? rPr({ sz: opts.sz }) : ''}<w:t>2</w:t></w:r>` +
      '<w:r><w:fldChar w:fldCharType="end"/></w:r>';
  return `<w:p><w:pPr><w:jc w:val="${opts.jc ?? 'center'}"/></w:pPr>${field}</w:p>`;
}

export function buildDocx(spec: DocSpec): Uint8Array {
  const s = spec.sect ?? {};
  const ns = spec.strict ? NSDECL.replace(W, W_STRICT) : NSDECL;
  const doc =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${ns}><w:body>` +
    spec.body.map(block).join('') +
    sectPr(s) +
    '</w:body></w:document>';
  const styles =
    `<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="${W}">` +
    `<w:docDefaults><w:rPrDefault><w:rPr>${
      spec.defaultRPr ??
      '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times ' +
        'New Roman" w:cs="Times New Roman"/><w:sz w:val="28"/><w:lang w:val="vi-VN"/>'
    }</w:rPr></w:rPrDefault>` +
    '<w:pPrDefault><w:pPr/></w:pPrDefault></w:docDefaults>' +
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>' +
    (spec.styles ?? '') +
    '</w:styles>';
  const rels: string[] = [
    `<Relationship Id="rIdS" Type="${R}/styles" Target="styles.xml"/>`,
    `<Relationship Id="rIdT" Type="${R}/settings" Target="settings.xml"/>`,
  ];
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types ' +
        'xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ' +
        'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships ' +
        'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        `<Relationship Id="rId1" Type="${R}/officeDocument" Target="word/document.xml"/></Relationships>`,
    ),
    'word/document.xml': strToU8(doc),
    'word/styles.xml': strToU8(styles),
    'word/settings.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><w:settings xmlns:w="${W}">${spec.settings ?? ''}</w:settings>`,
    ),
  };
  const hdr = (name: string, id: string, kind: 'header' | 'footer', body: string) => {
    const tag = kind === 'header' ? 'w:hdr' : 'w:ftr';
    files[`word/${name}`] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><${tag} ${NSDECL}>${body}</${tag}>`);
    rels.push(`<Relationship Id="${id}" Type="${R}/${kind}" Target="${name}"/>`);
  };
  if (s.headerDefault !== undefined) hdr('header1.xml', 'rIdH1', 'header', s.headerDefault);
  if (s.headerFirst !== undefined) hdr('header2.xml', 'rIdH2', 'header', s.headerFirst);
  if (s.footerDefault !== undefined) hdr('footer1.xml', 'rIdF1', 'footer', s.footerDefault);
  if (spec.numbering !== undefined) {
    files['word/numbering.xml'] = strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="${W}">${spec.numbering}</w:numbering>`,
    );
    rels.push(`<Relationship Id="rIdN" Type="${R}/numbering" Target="numbering.xml"/>`);
  }
  if (spec.theme) {
    const A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
    files['word/theme/theme1.xml'] = strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><a:theme xmlns:a="${A}" name="T">` +
        `<a:themeElements><a:fontScheme name="F"><a:majorFont><a:latin typeface="${spec.theme.major}"/></a:majorFont>` +
        `<a:minorFont><a:latin typeface="${spec.theme.minor}"/></a:minorFont>` +
        '</a:fontScheme></a:themeElements></a:theme>',
    );
    rels.push(`<Relationship Id="rIdTh" Type="${R}/theme" Target="theme/theme1.xml"/>`);
  }
  files['word/_rels/document.xml.rels'] = strToU8(
    '<?xml version="1.0" encoding="UTF-8"?><Relationships ' +
      'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      rels.join('') +
      '</Relationships>',
  );
  for (const [k, v] of Object.entries(spec.parts ?? {})) files[k] = strToU8(v);
  return zipSync(files);
}
