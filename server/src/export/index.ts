// Entry of the export bundle (dist/export.js): draft text -> .docx bytes or an A4 HTML preview.
// Loaded lazily by the CLI (`ketluan export`) and the VS Code client; the language server never loads it.
import { parse, type ParseOptions } from '../core/parse';
import { toBlocks, type ExportDoc } from './blocks';
import { writeDocx } from './docx';
import { renderHtml, type HtmlOptions, type Mark } from './html';

export { toBlocks, type ExportDoc } from './blocks';
export { renderHtml, renderFragment, stylesheet, PAGINATE_JS, type HtmlOptions, type Mark } from './html';
export { buildDocument, writeDocx } from './docx';

export type ExportOptions = ParseOptions;

export function blocksOf(text: string, opts: ExportOptions = {}): ExportDoc {
  return toBlocks(parse(text, opts));
}

export function exportDocx(text: string, opts: ExportOptions = {}): Promise<Uint8Array> {
  return writeDocx(blocksOf(text, opts));
}

export function exportHtml(text: string, opts: ExportOptions & HtmlOptions = {}, marks: Mark[] = []): string {
  return renderHtml(blocksOf(text, opts), opts, marks);
}
