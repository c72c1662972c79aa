// The register itself: documents by file, entries by number key, citations by cited key. Pure and
// incremental (one file replaced in O(its entries)); the server and the CLI feed it files.
import type { IndexedDoc, RegisterCitation, RegisterEntry, RegisterView, Task } from './types';
import { foldSearch, matchesQuery } from './fold';
import { padDocNumber } from '../format';

export interface CitingPlace {
  file: string;
  name: string;
  citation: RegisterCitation;
}

/**
 * What the register keeps of a file: the entry as is, citations and tasks packed into a few arrays (a
 * workspace of thousands of drafts holds hundreds of thousands of them; few objects keep the garbage
 * collector's pauses short in the language server).
 */
export interface PackedDoc {
  file: string;
  name: string;
  entry: RegisterEntry | null;
  keys: string[];
  /** line, character, endCharacter of each citation. */
  pos: Int32Array;
  document: string | null;
  assignees: string[];
  /** Task texts joined by "\n" (a task is one sentence of one line). */
  texts: string;
  deadlines: (string | null)[];
  lines: Int32Array;
  /** The entry's number, type, title and file name folded for workspace symbols (null: no entry, or not yet). */
  folded: string | null;
}
type StoredDoc = PackedDoc;

/**
 * Packs a file's contribution where it was read: an indexing thread sends this form (few objects to copy), with
 * its search text folded there. In the main thread (an open draft, after each analysis) the folding waits until
 * the row has changed: `fold` false.
 */
// Stryker disable next-line BooleanLiteral: not folded here, setPacked folds it; the register holds the same text
export function packDoc(doc: IndexedDoc, fold = true): PackedDoc {
  const pos = new Int32Array(doc.citations.length * 3);
  doc.citations.forEach((c, i) => {
    pos[i * 3] = c.line;
    pos[i * 3 + 1] = c.character;
    pos[i * 3 + 2] = c.endCharacter;
  });
  const e = doc.entry;
  return {
    file: doc.file,
    name: doc.name,
    entry: e,
    keys: doc.citations.map((c) => c.key),
    pos,
    document: doc.tasks.length ? doc.tasks[0].document : null,
    assignees: doc.tasks.map((t) => t.assignee),
    texts: doc.tasks
      // Stryker disable next-line StringLiteral: a task is one sentence of one line, it holds no "\n" to replace
      .map((t) => t.task.replace(/\n/g, ' '))
      .join('\n'),
    deadlines: doc.tasks.map((t) => t.deadline),
    lines: Int32Array.from(doc.tasks, (t) => t.line),
    folded: fold ? foldedOf(doc.name, e) : null,
  };
}

/** A row's words for workspace-symbol search: number, type, trích yếu, file name, folded. */
function foldedOf(name: string, e: RegisterEntry | null): string | null {
  return e ? foldSearch(`${e.number} ${e.typeWord} ${e.title} ${name}`) : null;
}

/** Strings a workspace repeats (cited keys, assignees, deadlines) kept once. */
// Stryker disable all: interning keeps one copy of equal strings; every value read back is the same either way
function intern(p: PackedDoc): StoredDoc {
  for (let i = 0; i < p.keys.length; i++) p.keys[i] = same(p.keys[i]);
  for (let i = 0; i < p.assignees.length; i++) p.assignees[i] = same(p.assignees[i]);
  for (let i = 0; i < p.deadlines.length; i++) {
    const d = p.deadlines[i];
    if (d) p.deadlines[i] = same(d);
  }
  if (p.document) p.document = same(p.document);
  return p;
}
// Stryker restore all

function unpackCitations(d: StoredDoc): RegisterCitation[] {
  return d.keys.map((key, i) => ({
    key,
    line: d.pos[i * 3],
    character: d.pos[i * 3 + 1],
    endCharacter: d.pos[i * 3 + 2],
  }));
}

function unpackTasks(d: StoredDoc): Task[] {
  if (!d.assignees.length) return [];
  const texts = d.texts.split('\n');
  return d.assignees.map((assignee, i) => ({
    document: d.document,
    assignee,
    task: texts[i],
    deadline: d.deadlines[i],
    line: d.lines[i],
  }));
}

export class Register {
  private docs = new Map<string, StoredDoc>();
  private entriesByKey = new Map<string, RegisterEntry[]>();
  private citing = new Map<string, Set<string>>();
  private folded = new Map<string, string>();
  /** Grows on every change: a cached result computed with an older generation is stale. */
  generation = 0;
  termStart: string | null = null;

  get size(): number {
    return this.docs.size;
  }

  get(file: string): IndexedDoc | undefined {
    const d = this.docs.get(file);
    return d && { file: d.file, name: d.name, entry: d.entry, citations: unpackCitations(d), tasks: unpackTasks(d) };
  }

  files(): IterableIterator<string> {
    return this.docs.keys();
  }

  /** Adds or replaces a file's contribution. Returns whether its entry or citations changed. */
  set(input: IndexedDoc): boolean {
    return this.setPacked(packDoc(input, false));
  }

  /** As set(), from the packed form an indexing thread sends (packDoc); the register keeps that object. */
  setPacked(packed: PackedDoc): boolean {
    const doc = intern(packed);
    const old = this.docs.get(doc.file);
    if (old && sameDoc(old, doc)) {
      this.docs.set(doc.file, doc);
      return false;
    }
    if (old) this.unlink(old);
    this.docs.set(doc.file, doc);
    if (doc.entry) {
      const list = this.entriesByKey.get(doc.entry.key);
      if (list) list.push(doc.entry);
      else this.entriesByKey.set(doc.entry.key, [doc.entry]);
      this.folded.set(doc.file, (doc.folded ??= foldedOf(doc.name, doc.entry)) ?? '');
    }
    for (const key of doc.keys) {
      const set = this.citing.get(key);
      if (set) set.add(doc.file);
      else this.citing.set(key, new Set([doc.file]));
    }
    this.generation++;
    return true;
  }

  delete(file: string): boolean {
    const old = this.docs.get(file);
    if (!old) return false;
    this.unlink(old);
    this.docs.delete(file);
    this.generation++;
    return true;
  }

  private unlink(old: StoredDoc) {
    if (old.entry) {
      const list = this.entriesByKey.get(old.entry.key);
      const rest = list?.filter((e) => e.file !== old.file) ?? [];
      if (rest.length) this.entriesByKey.set(old.entry.key, rest);
      else this.entriesByKey.delete(old.entry.key);
      this.folded.delete(old.file);
    }
    for (const key of old.keys) {
      const set = this.citing.get(key);
      if (set) {
        set.delete(old.file);
        if (!set.size) this.citing.delete(key);
      }
    }
  }

  /** Entries with this key, the given file excepted. */
  lookup(key: string, except?: string | null): RegisterEntry[] {
    return (this.entriesByKey.get(key) ?? []).filter((e) => e.file !== except);
  }

  /** Every place that cites this key. */
  citations(key: string): CitingPlace[] {
    const out: CitingPlace[] = [];
    for (const file of [...(this.citing.get(key) ?? [])].sort()) {
      const d = this.docs.get(file);
      if (!d) continue;
      for (const c of unpackCitations(d)) if (c.key === key) out.push({ file, name: d.name, citation: c });
    }
    return out;
  }

  /** The read-only view given to rules while checking `self`. */
  view(self: string | null): RegisterView {
    return { self, byKey: this.entriesByKey, termStart: this.termStart };
  }

  entries(): RegisterEntry[] {
    const out: RegisterEntry[] = [];
    for (const d of this.docs.values()) if (d.entry) out.push(d.entry);
    return out.sort(compareEntries);
  }

  tasks(): (Task & { file: string; name: string })[] {
    const out: (Task & { file: string; name: string })[] = [];
    for (const d of [...this.docs.values()].sort((a, b) => a.name.localeCompare(b.name))) {
      for (const t of unpackTasks(d)) out.push({ ...t, file: d.file, name: d.name });
    }
    return out;
  }

  /** Entries whose number, type word, trích yếu or file name hold every word of the query (accents ignored). */
  search(query: string, limit = 200): RegisterEntry[] {
    const out: RegisterEntry[] = [];
    for (const [file, hay] of this.folded) {
      if (!matchesQuery(hay, query)) continue;
      const e = this.docs.get(file)?.entry;
      if (e) out.push(e);
      if (out.length >= limit) break;
    }
    return out.sort(compareEntries);
  }

  /** Registered documents of a type code (completion after "Thông báo số "), newest first. */
  ofType(typeCode: string, except?: string | null): RegisterEntry[] {
    const out: RegisterEntry[] = [];
    for (const d of this.docs.values())
      if (d.entry && d.entry.typeCode === typeCode && d.file !== except) out.push(d.entry);
    return out.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || b.num - a.num);
  }

  /**
   * The next free number for a type and issuer: one above the highest in the period (Party documents:
   * the term when office.termStart is set, else the year; state documents: the year).
   */
  nextNumber(typeCode: string, issuerCode: string | null, year: number, except?: string | null): string {
    return padDocNumber(
      String(
        nextFree(
          [...this.docs.values()].map((d) => d.entry),
          typeCode,
          issuerCode,
          year,
          this.termStart,
          except,
        ),
      ),
    );
  }
}

export function nextFree(
  entries: Iterable<RegisterEntry | null>,
  typeCode: string,
  issuerCode: string | null,
  year: number,
  termStart: string | null,
  except?: string | null,
): number {
  let max = 0;
  for (const e of entries) {
    if (!e || e.file === except || e.typeCode !== typeCode || (e.issuerCode ?? '') !== (issuerCode ?? '')) continue;
    if (!inPeriod(e, year, termStart)) continue;
    if (e.num > max) max = e.num;
  }
  return max + 1;
}

/** Whether an entry counts in the numbering period of `year`. */
export function inPeriod(e: RegisterEntry, year: number, termStart: string | null): boolean {
  if (!e.date) return true; // an undated draft of the register still holds its number
  if (termStart && e.family !== 'state') return e.date >= termStart;
  return +e.date.slice(0, 4) === year;
}

function compareEntries(a: RegisterEntry, b: RegisterEntry): number {
  return (
    (a.date ?? '9999').localeCompare(b.date ?? '9999') ||
    a.typeCode.localeCompare(b.typeCode) ||
    a.num - b.num ||
    a.file.localeCompare(b.file)
  );
}

/** Same entry and citations (tasks do not change what rules and navigation see). */
function sameDoc(a: StoredDoc, b: StoredDoc): boolean {
  if (JSON.stringify(a.entry) !== JSON.stringify(b.entry) || a.keys.length !== b.keys.length) return false;
  return a.keys.every((k, i) => k === b.keys[i]) && a.pos.every((v, i) => v === b.pos[i]);
}

/** Builds the rule view from plain entries (CLI workers receive the entries, not the class). */
export function viewOf(
  entries: readonly RegisterEntry[],
  self: string | null,
  termStart: string | null = null,
): RegisterView {
  const byKey = new Map<string, RegisterEntry[]>();
  for (const e of entries) {
    const l = byKey.get(e.key);
    if (l) l.push(e);
    else byKey.set(e.key, [e]);
  }
  return { self, byKey, termStart };
}

/**
 * One copy of the strings that repeat across files (keys, numbers, assignees): results from the indexing
 * thread arrive as fresh copies, and a workspace names the same bodies and documents thousands of times.
 */
const SHARED = new Map<string, string>();
function same(s: string): string {
  const hit = SHARED.get(s);
  if (hit !== undefined) return hit;
  if (SHARED.size > 200_000) SHARED.clear();
  SHARED.set(s, s);
  return s;
}
