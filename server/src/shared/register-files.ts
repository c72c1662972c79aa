// The register's file side, shared by the CLI and the language server: which files are drafts, how each
// kind is read into text, and indexing a file. Word files (.docx) are read into the draft syntax by the
// Word reader (spec §9), so a document the office keeps only as a Word file has its place in the register.
import { readFileSync, readdirSync, statSync, promises as fsp } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from '../core/parse';
import { indexDocument, Register, type IndexedDoc } from '../core/register';
import { readDocx } from '../docx/reader';
import { toDraft } from '../docx/draft';

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
}

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
export function indexText(file: string, name: string, text: string): IndexedDoc {
  return indexDocument(parse(text), file, name);
}

/** Reads and indexes one file; null when it is unreadable, binary or too large. */
export function indexFileSync(file: string, name: string): IndexedDoc | null {
  const reader = readerFor(file);
  if (!reader) return null;
  try {
    if (statSync(file).size > MAX_INDEXED_BYTES) return null;
    const text = reader.read(file, readFileSync(file));
    return text === null ? null : indexText(file, name, text);
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
    const text = reader.read(file, await fsp.readFile(file));
    return text === null ? null : indexText(file, name, text);
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
