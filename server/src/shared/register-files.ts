// The register's file side, shared by the CLI and the language server: which files are drafts, how each
// kind is read into text, and indexing a file. Word files (.docx) are read into the draft syntax by the
// Word reader (spec §9), so a document the office keeps only as a Word file has its place in the register.
import { closeSync, fstatSync, openSync, readFileSync, readdirSync, statSync, promises as fsp } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from '../core/parse';
import { indexDocument, Register, type IndexedDoc } from '../core/register';
import { readDocx } from '../docx/reader';
import { toDraft, paragraphPlacer, type ParagraphPlace } from '../docx/draft';

/**
 * A reader for one kind of file: the text reader and the Word reader are built in; another kind joins with
 * registerReader({ extensions, read }). The server indexes in worker threads that load this module: a reader
 * registered from elsewhere must be registered in a module imported from here, so that every thread knows it.
 */
export interface DocumentReader {
  /** Lower-case file name endings this reader takes (".docx"). */
  extensions: string[];
  /** The document as text in the draft syntax, or null when the file cannot be read. Never throws. */
  read(path: string, bytes: Uint8Array): string | null;
  /**
   * As read(), with a map from positions of that text to the file's own places, for a file that is not the text
   * (a Word file: paragraph and column, as `check` reports it). The register keeps the file's own places.
   */
  readPlaced?(path: string, bytes: Uint8Array): { text: string; place: Placer } | null;
}

/** Maps (line, character, length) of the text a reader gave to the place in the file. */
export type Placer = (line: number, character: number, length: number) => ParagraphPlace;

export const DRAFT_EXTENSIONS = ['.kl.md', '.tb.md', '.ketluan', '.md', '.txt'];
/** Files larger than this stay out of the register (a dump, not a draft); they are still checked when opened. */
export const MAX_INDEXED_BYTES = 2 * 1024 * 1024;

const textReader: DocumentReader = {
  extensions: DRAFT_EXTENSIONS,
  read(_path, bytes) {
    if (bytes.includes(0)) return null;
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return Buffer.from(bytes).toString('latin1');
    }
  },
};
/** Word files: the text of the document as a draft (header columns, body, closing), as `ketluan import` gives. */
const wordReader: DocumentReader = {
  extensions: ['.docx'],
  read(_path, bytes) {
    const r = readDocx(bytes);
    return r.ok ? toDraft(r.doc) : null;
  },
  readPlaced(_path, bytes) {
    const r = readDocx(bytes);
    if (!r.ok) return null;
    const text = toDraft(r.doc);
    return {
      text,
      place: paragraphPlacer(
        text,
        r.doc.paragraphs.map((p) => p.text),
      ),
    };
  },
};
const readers: DocumentReader[] = [wordReader, textReader];

export function registerReader(r: DocumentReader): void {
  readers.unshift(r);
}

export function readerFor(path: string): DocumentReader | null {
  const lower = path.toLowerCase();
  return readers.find((r) => r.extensions.some((x) => lower.endsWith(x))) ?? null;
}

export function isIndexable(path: string): boolean {
  const base = path.split(/[\\/]/).pop() ?? '';
  // "~$name.docx" is the lock file Word keeps beside an open document.
  return !base.startsWith('.') && !base.startsWith('~$') && readerFor(path) !== null;
}

/** Parses a text and keeps what the register needs (the model itself is dropped). */
export function indexText(file: string, name: string, text: string, place?: Placer): IndexedDoc {
  const doc = indexDocument(parse(text, { noDates: true }), file, name);
  return place ? placed(doc, place) : doc;
}

/** The row, citations and tasks of a file at the file's own places (a Word file's paragraphs). */
function placed(doc: IndexedDoc, place: Placer): IndexedDoc {
  const move = (r: { line: number; character: number; endCharacter: number }) => {
    const length = r.endCharacter - r.character;
    const p = place(r.line, r.character, length);
    r.line = p.line;
    r.character = p.character;
    r.endCharacter = p.character + length;
  };
  if (doc.entry) move(doc.entry);
  for (const c of doc.citations) move(c);
  for (const t of doc.tasks) t.line = place(t.line, 0, Number.MAX_SAFE_INTEGER).line;
  return doc;
}

/** The text of a file and, for a file that is not that text, the map to its places. */
function readText(reader: DocumentReader, file: string, bytes: Uint8Array): { text: string; place?: Placer } | null {
  if (reader.readPlaced) return reader.readPlaced(file, bytes);
  const text = reader.read(file, bytes);
  return text === null ? null : { text };
}

/** Reads and indexes one file; null when it is unreadable, binary or too large. */
export function indexFileSync(file: string, name: string): IndexedDoc | null {
  const reader = readerFor(file);
  if (!reader) return null;
  try {
    // The size from the open file (one look-up of the path, not two: this runs for every file of a workspace).
    const fd = openSync(file, 'r');
    let bytes: Buffer;
    try {
      if (fstatSync(fd).size > MAX_INDEXED_BYTES) return null;
      bytes = readFileSync(fd);
    } finally {
      closeSync(fd);
    }
    const r = readText(reader, file, bytes);
    return r && indexText(file, name, r.text, r.place);
  } catch {
    return null;
  }
}

export async function indexFile(file: string, name: string): Promise<IndexedDoc | null> {
  const reader = readerFor(file);
  if (!reader) return null;
  try {
    const st = await fsp.stat(file);
    if (!st.isFile() || st.size > MAX_INDEXED_BYTES) return null;
    const r = readText(reader, file, await fsp.readFile(file));
    return r && indexText(file, name, r.text, r.place);
  } catch {
    return null;
  }
}

/** Every indexable file under a folder (hidden folders and node_modules skipped), sorted. */
export function walkSync(dir: string, out: string[] = []): string[] {
  let list: import('node:fs').Dirent[];
  try {
    list = readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const e of list.sort((a, b) => a.name.localeCompare(b.name))) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const full = join(dir, e.name);
    if (e.isDirectory()) walkSync(full, out);
    else if (e.isFile() && isIndexable(full)) out.push(full);
  }
  return out;
}

/** A register of the given files and folders (the CLI's; folders are walked). Names are relative to `base`. */
export function buildRegisterSync(paths: string[], base = process.cwd()): Register {
  const reg = new Register();
  for (const p of paths) {
    let files: string[];
    try {
      files = statSync(p).isDirectory() ? walkSync(p) : [p];
    } catch {
      continue;
    }
    for (const f of files) {
      const doc = indexFileSync(f, relative(base, f) || f);
      if (doc) reg.set(doc);
    }
  }
  return reg;
}
