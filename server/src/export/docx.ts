// Writes the blocks of a document (blocks.ts) as a .docx laid out per the regime, with the `docx` library.
// Every size, style and spacing comes from the layout table (server/src/core/layout) through styleOf().
// This module is bundled on its own (dist/export.js) and loaded only when the user exports.

import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type IParagraphOptions,
} from 'docx';
import { mmToTwip, ptToHalfPt, type ComponentStyle, type RegimeLayout } from '../core/layout';
import type { Columns, ExportDoc, Para } from './blocks';

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.BOTH,
} as const;

const NONE = { style: BorderStyle.NONE, size: 0, color: 'auto' };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
const ZERO_MARGINS = { top: 0, bottom: 0, left: 0, right: 0 };

/** Paragraph properties of a component: alignment, indent, spacing, line spacing. */
function paraProps(s: ComponentStyle, inTable: boolean): Pick<IParagraphOptions, 'alignment' | 'indent' | 'spacing'> {
  const ls = s.lineSpacing;
  const line =
    ls.unit === 'pt'
      ? { line: Math.round(ls.def * 20), lineRule: LineRuleType.EXACT }
      : { line: Math.round(ls.def * 240), lineRule: LineRuleType.AUTO };
  return {
    alignment: ALIGN[s.align],
    indent: !inTable && s.indentMm.def ? { firstLine: mmToTwip(s.indentMm.def) } : undefined,
    spacing: { before: Math.round(s.spaceBefore.def * 20), after: Math.round(s.spaceAfter.def * 20), ...line },
  };
}

function runsOf(p: Para, s: ComponentStyle, lang: string): TextRun[] {
  return p.runs.map(
    (r) =>
      new TextRun({
        text: r.text,
        font: s.font,
        size: ptToHalfPt(s.size.def),
        bold: s.bold || !!r.b,
        italics: s.italic || !!r.i,
        underline: s.underline ? {} : undefined,
        language: { value: lang },
      }),
  );
}

/** A rule: an empty paragraph whose top border has the given length, centred in the given width. */
function ruleParagraph(mm: number, widthMm: number): Paragraph {
  const side = mmToTwip(Math.max(0, (widthMm - mm) / 2));
  return new Paragraph({
    indent: { left: side, right: side },
    spacing: { before: 0, after: 0, line: 60, lineRule: LineRuleType.EXACT },
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [new TextRun({ text: '', size: 2 })],
  });
}

function paragraph(l: RegimeLayout, p: Para, widthMm: number, inTable: boolean): Paragraph {
  if (p.ruleMm !== undefined) return ruleParagraph(p.ruleMm, widthMm);
  const s = l.components[p.c];
  return new Paragraph({
    ...paraProps(s, inTable),
    keepNext: p.keepNext || undefined,
    keepLines: inTable || undefined,
    children: runsOf(p, s, l.lang),
  });
}

function emptyLine(l: RegimeLayout, sizePt: number): Paragraph {
  return new Paragraph({
    spacing: { before: 0, after: 0 },
    children: [new TextRun({ text: '', size: ptToHalfPt(sizePt), font: l.components.body.font })],
  });
}

function cell(l: RegimeLayout, paras: Paragraph[], widthMm: number): TableCell {
  return new TableCell({
    width: { size: mmToTwip(widthMm), type: WidthType.DXA },
    margins: ZERO_MARGINS,
    borders: { top: NONE, bottom: NONE, left: NONE, right: NONE },
    children: paras.length ? paras : [emptyLine(l, 1)],
  });
}

function twoColumns(l: RegimeLayout, rows: Columns[], cols: [number, number], extra?: (c: Columns) => Paragraph[][]) {
  return new Table({
    width: { size: mmToTwip(cols[0] + cols[1]), type: WidthType.DXA },
    columnWidths: cols.map(mmToTwip),
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    margins: ZERO_MARGINS,
    rows: rows.map((row) => {
      const [lp, rp] = extra
        ? extra(row)
        : [row.left.map((p) => paragraph(l, p, cols[0], true)), row.right.map((p) => paragraph(l, p, cols[1], true))];
      return new TableRow({ cantSplit: true, children: [cell(l, lp, cols[0]), cell(l, rp, cols[1])] });
    }),
  });
}

/** Builds the Word document object (no I/O). */
export function buildDocument(doc: ExportDoc): Document {
  const l = doc.layout;
  const m = l.page.margins;
  const textWidth = l.page.widthMm - m.left.def - m.right.def;
  const g = l.geometry;
  const children: (Paragraph | Table)[] = [];
  if (doc.header.some((r) => r.left.length || r.right.length)) children.push(twoColumns(l, doc.header, g.headerColsMm));
  for (const p of doc.title) children.push(paragraph(l, p, textWidth, false));
  for (const p of doc.body) children.push(paragraph(l, p, textWidth, false));
  if (doc.closing) {
    const c = doc.closing;
    const sigSize = l.components.signerName.size.def;
    children.push(emptyLine(l, l.components.body.size.def)); // a line between the body and the closing block
    children.push(
      twoColumns(l, [c], g.closingColsMm, (row) => {
        const right = row.right.map((p) => paragraph(l, p, g.closingColsMm[1], true));
        const gap = Array.from({ length: g.signatureLines }, () => emptyLine(l, sigSize));
        right.splice(c.signatureGap, 0, ...gap);
        return [row.left.map((p) => paragraph(l, p, g.closingColsMm[0], true)), right];
      }),
    );
  }
  doc.appendix.forEach((p, i) => {
    const para = paragraph(l, p, textWidth, false);
    children.push(i === 0 ? new Paragraph({ pageBreakBefore: true, children: [] }) : para);
    if (i === 0) children.push(para);
  });
  const pn = l.components.pageNumber;
  const lang = { value: l.lang };
  return new Document({
    creator: 'ketluan',
    title:
      doc.title
        .find((p) => p.c === 'typeName')
        ?.runs.map((r) => r.text)
        .join('') ?? '',
    styles: {
      default: {
        document: {
          run: { font: l.components.body.font, size: ptToHalfPt(l.components.body.size.def), language: lang },
          paragraph: { spacing: { before: 0, after: 0 } },
        },
      },
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: mmToTwip(l.page.widthMm), height: mmToTwip(l.page.heightMm) },
            margin: {
              top: mmToTwip(m.top.def),
              bottom: mmToTwip(m.bottom.def),
              left: mmToTwip(m.left.def),
              right: mmToTwip(m.right.def),
              header: mmToTwip(l.page.headerDistanceMm),
              footer: mmToTwip(10),
            },
          },
        },
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    children: [PageNumber.CURRENT],
                    font: pn.font,
                    size: ptToHalfPt(pn.size.def),
                    language: lang,
                  }),
                ],
              }),
            ],
          }),
          first: new Header({ children: [new Paragraph({ children: [] })] }),
        },
        children,
      },
    ],
  });
}

/** The .docx file as bytes. */
export async function writeDocx(doc: ExportDoc): Promise<Uint8Array> {
  const buf = await Packer.toArrayBuffer(buildDocument(doc));
  return new Uint8Array(buf);
}
