// What the Word reader gives: paragraphs in reading order with their effective formatting, the page set-up
// of every section, and the page-number fields of the headers and footers. Lengths are in twips (1/20 pt)
// as in the file, sizes in points; converting to millimetres is the checker's business.

/** Effective character formatting of a span of text (after styles, themes and direct formatting). */
export interface RunFormat {
  /** Font of the ASCII slot (Latin letters without marks, digits, punctuation). */
  ascii: string;
  /** Font of the hAnsi slot: the slot Vietnamese letters (ệ, ư, Đ) are drawn with. */
  hAnsi: string;
  /** Size in points. */
  size: number;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  /** "All caps" formatting: shown in capitals whatever was typed. */
  caps: boolean;
}

/** A piece of a paragraph's text (offsets into WordParagraph.text) with one formatting. */
export interface Span {
  start: number;
  end: number;
  fmt: RunFormat;
}

export type WordAlign = 'left' | 'center' | 'right' | 'justify';

export interface CellPos {
  /** Top-level table number in the document (0-based), row and cell inside it, and the row's cell count. */
  table: number;
  row: number;
  col: number;
  cols: number;
}

export interface WordParagraph {
  /** 0-based paragraph number in reading order (the CLI shows it 1-based as ¶n). */
  index: number;
  /** Text as shown: tabs kept, line breaks as spaces, "all caps" runs in capitals. */
  text: string;
  spans: Span[];
  /** Effective paragraph properties. */
  align: WordAlign;
  /** First-line indent in twips (negative for a hanging indent). */
  firstLine: number;
  /** Space before / after in twips. */
  before: number;
  after: number;
  /** Line spacing: "auto" in 240ths of a line, "exact" / "atLeast" in twips. */
  line: number;
  lineRule: 'auto' | 'exact' | 'atLeast';
  styleId: string | null;
  /** Position in a table, or null for a paragraph of the page body. */
  cell: CellPos | null;
  /** Inside a text box or shape. */
  inTextBox: boolean;
  /** A bottom border drawn under the paragraph (a rule line). */
  bottomBorder: boolean;
  /** Field instructions in the paragraph ("PAGE", "NUMPAGES" …). */
  fields: string[];
}

export type HeaderKind = 'default' | 'first' | 'even';

export interface HeaderPart {
  /** Part name inside the package ("word/header1.xml"). */
  part: string;
  paragraphs: WordParagraph[];
}

export interface WordSection {
  /** Last paragraph (0-based, inclusive) of the section. */
  lastParagraph: number;
  /** Page size and margins in twips; null when the file does not say. */
  pageW: number | null;
  pageH: number | null;
  landscape: boolean;
  top: number | null;
  bottom: number | null;
  left: number | null;
  right: number | null;
  header: number | null;
  /** "Different first page". */
  titlePg: boolean;
  headers: Partial<Record<HeaderKind, HeaderPart>>;
  footers: Partial<Record<HeaderKind, HeaderPart>>;
}

export interface WordDoc {
  paragraphs: WordParagraph[];
  sections: WordSection[];
  mirrorMargins: boolean;
  /** Page breaks seen: explicit ones and those Word recorded when it last laid the file out. */
  pageBreaks: number;
  /** Things read with a fallback (a missing styles part …): told, never fatal. */
  notes: string[];
}

/** Why a file could not be read, with what the user should do. */
export interface ReadFailure {
  code:
    'doc97' | 'encrypted' | 'not-zip' | 'corrupt' | 'missing-part' | 'strict' | 'too-large' | 'bomb' | 'rtf' | 'pdf';
  vi: string;
  en: string;
}

export type ReadResult = { ok: true; doc: WordDoc } | { ok: false; failure: ReadFailure };
