// Word fixtures of the layout-* rules: test/rules/<id>/<case>.docx.json describes a .docx as one of the clean
// samples (test/docx-samples.ts) with edits; <case>.expect lists the findings ("PARAGRAPH[:COL] rule-id").
import { readFileSync } from 'node:fs';
import { buildDocx, pageHeader, type Block, type DocSpec, type ParaSpec, type SectSpec } from './docx-build';
import { cleanParty, cleanState, BODY } from './docx-samples';

export interface WordFixture {
  base: 'party' | 'state';
  /** Paragraphs found by their text (in tables too) and the properties set on them. */
  edits?: { find: string; set: Partial<ParaSpec> }[];
  sect?: Partial<SectSpec>;
  /** Page number header: its alignment, "none" for no number, "footer" to put it in the footer. */
  pageNumber?: 'none' | 'footer' | 'left' | 'right' | 'tab';
  /** Size of the page number (points). */
  pageNumberSize?: number;
  /** Body paragraphs appended (a long document). */
  extraBody?: number;
  styles?: string;
  defaultRPr?: string;
  theme?: { minor: string; major: string };
  settings?: string;
}

export const WORD_FIXTURE = /\.docx\.json$/;

function paragraphs(blocks: Block[]): ParaSpec[] {
  const out: ParaSpec[] = [];
  for (const b of blocks) {
    if ('raw' in b) continue;
    if ('table' in b) for (const row of b.table) for (const cell of row) out.push(...cell);
    else out.push(b);
  }
  return out;
}

export function fixtureSpec(f: WordFixture): DocSpec {
  const spec = f.base === 'state' ? cleanState() : cleanParty();
  for (const e of f.edits ?? []) {
    const p = paragraphs(spec.body).find((x) => x.text === e.find);
    if (!p) throw new Error(`no paragraph "${e.find}" in the ${f.base} sample`);
    Object.assign(p, e.set);
    // null removes a property (so the paragraph inherits it from its style).
    for (const [k, v] of Object.entries(e.set)) if (v === null) delete (p as Record<string, unknown>)[k];
  }
  spec.sect = { ...spec.sect, ...f.sect };
  if (f.pageNumber === 'none') {
    delete spec.sect.headerDefault;
  } else if (f.pageNumber === 'footer') {
    delete spec.sect.headerDefault;
    spec.sect.footerDefault = pageHeader();
  } else if (f.pageNumber === 'tab') {
    const tabbed = '<w:r><w:tab/></w:r><w:r><w:fldChar';
    spec.sect.headerDefault = pageHeader({ jc: 'left' }).replace('<w:r><w:fldChar', tabbed);
  } else if (f.pageNumber) spec.sect.headerDefault = pageHeader({ jc: f.pageNumber });
  if (f.pageNumberSize) spec.sect.headerDefault = pageHeader({ sz: f.pageNumberSize });
  if (f.extraBody) {
    // Appended before the closing table (the last block).
    const closing = spec.body.pop()!;
    for (let i = 0; i < f.extraBody; i++) {
      const text =
        'Các chi bộ tiếp tục rà soát, bổ sung kế hoạch công tác, bảo đảm hoàn thành nhiệm vụ được giao ' +
        `trong năm; báo cáo kết quả về Văn phòng (lần ${i + 1}).`;
      spec.body.push({ text, ...BODY });
    }
    spec.body.push(closing);
  }
  if (f.styles) spec.styles = f.styles;
  if (f.defaultRPr) spec.defaultRPr = f.defaultRPr;
  if (f.theme) spec.theme = f.theme;
  if (f.settings) spec.settings = f.settings;
  return spec;
}

export function readWordFixture(path: string): Uint8Array {
  return buildDocx(fixtureSpec(JSON.parse(readFileSync(path, 'utf8')) as WordFixture));
}
