// The workspace register in the language server: every draft of the workspace folders, indexed in the
// background in small time slices (the open file's diagnostics go first), kept current from file events
// (the server registers its own watchers when the client allows it) and from the open drafts' models.
import { promises as fsp } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { DocModel } from '../core';
import { indexDocument, packDoc, Register } from '../core/register';
import { indexFileSync, isIndexable } from '../shared/register-files';
import { startIndexWorker, type IndexJob, type IndexResult } from './index-worker';
import type { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';

export interface IndexOptions {
  /** Longest stretch of indexing work before yielding to other messages (ms), when indexing in this thread. */
  sliceMs?: number;
  /** Index in a worker thread (default); false: in this thread, in time slices. */
  worker?: boolean;
  /** Called (once per burst) after files changed the register, with the files that changed. */
  onChanged?: (files: string[]) => void;
  log?: (message: string) => void;
}

/** Glob patterns the server watches (drafts, and Word files once a reader for them is registered). */
export const WATCH_GLOBS = ['**/*.{kl.md,tb.md,ketluan,md,txt,docx}'];

export function uriToPath(uri: string): string | null {
  if (!uri.startsWith('file:')) return null;
  try {
    return fileURLToPath(uri);
  } catch {
    return null;
  }
}
export function pathToUri(path: string): string {
  return pathToFileURL(path).href;
}

const SMALL_BATCH = 4;

export class WorkspaceIndex {
  readonly register = new Register();
  private folders: string[] = [];
  private queue: string[] = [];
  private queued = new Set<string>();
  /** Files whose register content comes from an open editor (disk events do not override them). */
  private open = new Set<string>();
  private pumping = false;
  private workers: Worker[] = [];
  private next = 0;
  private workerFailed = false;
  private inFlight = new Set<string>();
  private changed = new Set<string>();
  private walking = 0;
  private idleWaiters: (() => void)[] = [];
  private readonly sliceMs: number;
  /** Milliseconds spent on the first full build, once it is done. */
  coldMs: number | null = null;
  private startedAt = 0;

  constructor(private readonly opts: IndexOptions = {}) {
    this.sliceMs = opts.sliceMs ?? 4;
  }

  get folderPaths(): string[] {
    return [...this.folders];
  }

  get busy(): boolean {
    return this.walking > 0 || this.queue.length > 0 || this.pumping || this.inFlight.size > 0;
  }

  /** Resolves when nothing is left to index. */
  idle(): Promise<void> {
    return this.busy ? new Promise((res) => this.idleWaiters.push(res)) : Promise.resolve();
  }

  setFolders(folders: string[]): void {
    const added = folders.filter((f) => !this.folders.includes(f));
    const removed = this.folders.filter((f) => !folders.includes(f));
    this.folders = [...folders];
    for (const f of [...this.register.files()])
      if (removed.some((r) => f.startsWith(r)) && !this.inFolders(f)) this.register.delete(f);
    if (!this.startedAt) this.startedAt = performance.now();
    for (const f of added) void this.walk(f);
  }

  inFolders(file: string): boolean {
    return this.folders.some((f) => {
      const r = relative(f, file);
      return !r.startsWith('..') && !isAbsolute(r);
    });
  }

  nameOf(file: string): string {
    const root = this.folders.find((f) => !relative(f, file).startsWith('..'));
    return root ? relative(root, file) || file : file;
  }

  private async walk(dir: string): Promise<void> {
    this.walking++;
    try {
      const stack = [dir];
      while (stack.length) {
        const d = stack.pop()!;
        let list: import('node:fs').Dirent[];
        try {
          list = await fsp.readdir(d, { withFileTypes: true });
        } catch {
          continue;
        }
        for (const e of list) {
          if (e.name.startsWith('.') || e.name === 'node_modules') continue;
          const full = join(d, e.name);
          if (e.isDirectory()) stack.push(full);
          else if (e.isFile() && isIndexable(full)) this.enqueue(full);
        }
      }
    } finally {
      this.walking--;
      this.kick();
    }
  }

  /** A file was created or changed on disk. */
  enqueue(file: string): void {
    if (this.open.has(file) || this.queued.has(file)) return;
    this.queued.add(file);
    this.queue.push(file);
    this.kick();
  }

  /** A file was deleted on disk. */
  remove(file: string): void {
    if (this.register.delete(file)) this.note(file);
    // A deleted folder: drop what was under it.
    const prefix = file.endsWith('/') ? file : file + '/';
    for (const f of [...this.register.files()]) if (f.startsWith(prefix) && this.register.delete(f)) this.note(f);
    this.flushSoon();
  }

  /** File events from the client (workspace/didChangeWatchedFiles): 1 created, 2 changed, 3 deleted. */
  onFileEvents(changes: { uri: string; type: number }[]): void {
    for (const c of changes) {
      const file = uriToPath(c.uri);
      if (!file) continue;
      if (c.type === 3) this.remove(file);
      else if (isIndexable(file) && this.inFolders(file)) this.enqueue(file);
    }
  }

  /** An open draft was analysed: its register row comes from the editor's text. */
  fromModel(file: string, model: DocModel): void {
    if (!this.inFolders(file)) return; // a draft outside the workspace folders is not part of the office's register
    this.open.add(file);
    if (this.register.set(indexDocument(model, file, this.nameOf(file)))) {
      this.note(file);
      this.flushSoon();
    }
  }

  /** The draft was closed: the disk's version counts again. */
  closed(file: string): void {
    this.open.delete(file);
    if (this.inFolders(file)) this.enqueue(file);
    else if (this.register.delete(file)) {
      this.note(file);
      this.flushSoon();
    }
  }

  private kick(): void {
    // A few changed files while no thread is running are indexed here (a millisecond or two each; starting a
    // thread costs more); a folder's worth goes to the threads.
    const few = !this.workers.length && !this.walking && this.queue.length <= SMALL_BATCH;
    if (!few && this.useWorker()) {
      this.feed();
      return;
    }
    if (this.pumping) return;
    if (!this.queue.length) {
      this.finish();
      return;
    }
    this.pumping = true;
    setImmediate(() => this.slice());
  }

  private useWorker(): boolean {
    if (this.opts.worker === false || this.workerFailed) return false;
    if (!this.workers.length) {
      for (let i = 0; i < this.threads; i++) {
        const w = startIndexWorker(
          (rs) => this.received(rs),
          (e) => this.workerDown(e),
        );
        if (w) this.workers.push(w);
      }
    }
    return this.workers.length > 0;
  }
  /**
   * Indexing threads: one core is left to the main thread, which answers the editor; up to two threads on the
   * others (one on a two-core machine: measured there, a second thread indexed no faster while the user types and
   * took 60 MB more, each thread holding its own heap and compiled code).
   */
  private get threads(): number {
    const env = Number(process.env.KETLUAN_INDEX_THREADS);
    if (env >= 1 && env <= 8) return Math.floor(env);
    return Math.max(1, Math.min(2, availableParallelism() - 1));
  }

  /** Keeps a few batches in the worker's queue: enough to keep it busy, few enough to let a changed file pass soon. */
  private feed(): void {
    while (this.queue.length && this.inFlight.size < 64) {
      const batch: IndexJob[] = [];
      while (this.queue.length && batch.length < 16) {
        const file = this.queue.shift()!;
        this.queued.delete(file);
        if (this.open.has(file) || this.inFlight.has(file)) {
          if (this.inFlight.has(file)) this.requeueLater.add(file);
          continue;
        }
        this.inFlight.add(file);
        batch.push({ file, name: this.nameOf(file) });
      }
      if (batch.length) this.workers[this.next++ % this.workers.length].postMessage(batch);
    }
    if (!this.busy) this.finish();
  }
  private requeueLater = new Set<string>();

  private received(results: IndexResult[]): void {
    for (const r of results) {
      this.inFlight.delete(r.file);
      // An open draft's row comes from the editor's text: the disk's copy does not replace it.
      if (!this.open.has(r.file) && (r.doc ? this.register.setPacked(r.doc) : this.register.delete(r.file)))
        this.note(r.file);
      if (this.requeueLater.delete(r.file)) this.enqueue(r.file);
    }
    if (this.queue.length) this.feed();
    else if (!this.busy) this.finish();
  }

  private workerDown(e: unknown): void {
    if (this.workerFailed) return;
    this.workerFailed = true;
    for (const w of this.workers) void w.terminate();
    this.workers = [];
    this.opts.log?.(
      `ketluan: luồng lập chỉ mục dừng, lập chỉ mục trong luồng chính / index worker stopped: ${String(e)}`,
    );
    for (const f of this.inFlight) this.enqueue(f);
    this.inFlight.clear();
    this.kick();
  }

  private slice(): void {
    const t0 = performance.now();
    while (this.queue.length && performance.now() - t0 < this.sliceMs) {
      const file = this.queue.shift()!;
      this.queued.delete(file);
      if (this.open.has(file)) continue;
      // A copy: strings sliced from the parsed text would keep the whole text alive in the register.
      const parsed = indexFileSync(file, this.nameOf(file));
      const doc = parsed && structuredClone(packDoc(parsed));
      if (doc ? this.register.setPacked(doc) : this.register.delete(file)) this.note(file);
    }
    if (this.queue.length) {
      setImmediate(() => this.slice());
      return;
    }
    this.pumping = false;
    this.finish();
  }

  private idleTimer: NodeJS.Timeout | null = null;
  /** Threads that have nothing to do are ended after a while (each holds its own heap); new work starts them again. */
  private retireSoon(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => {
      this.idleTimer = null;
      if (this.busy || !this.workers.length) return;
      for (const w of this.workers) {
        w.removeAllListeners('exit');
        void w.terminate();
      }
      this.workers = [];
    }, 3000);
    this.idleTimer.unref();
  }

  private finish(): void {
    if (this.busy) return;
    if (this.workers.length) this.retireSoon();
    if (this.coldMs === null && this.startedAt) {
      this.coldMs = performance.now() - this.startedAt;
      this.opts.log?.(
        `ketluan: sổ đăng ký / register: ${this.register.size} tệp / files, ${Math.round(this.coldMs)} ms`,
      );
    }
    this.flush();
    for (const w of this.idleWaiters.splice(0)) w();
  }

  private note(file: string) {
    this.changed.add(file);
  }

  private flushTimer: NodeJS.Timeout | null = null;
  private flushSoon() {
    if (this.flushTimer) return;
    this.flushTimer = setTimeout(() => {
      this.flushTimer = null;
      if (!this.busy) this.flush();
    }, 50);
  }

  private flush() {
    if (!this.changed.size) return;
    const files = [...this.changed];
    this.changed.clear();
    this.opts.onChanged?.(files);
  }
}
