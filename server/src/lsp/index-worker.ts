// The register's indexing thread: files are read and parsed off the language server's main thread, so
// diagnostics of the open draft never wait for the workspace index, and the register keeps only the
// copied results (no string of a parsed file stays alive through a slice of it).
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { setPriority } from 'node:os';
import { packDoc, type PackedDoc } from '../core/register';
import { indexFileSync } from '../shared/register-files';

export interface IndexJob {
  file: string;
  name: string;
}
export interface IndexResult {
  file: string;
  /** Packed where it was read: a few arrays and strings to copy to the main thread, kept as they arrive. */
  doc: PackedDoc | null;
}

const FLAG = 'ketluanIndexer';

/** Starts the indexing thread from the running bundle; null when threads are not available. */
export function startIndexWorker(onResults: (r: IndexResult[]) => void, onFail: (e: unknown) => void): Worker | null {
  try {
    const w = new Worker(__filename, { workerData: { [FLAG]: true } });
    w.on('message', (r: IndexResult[]) => onResults(r));
    w.on('error', onFail);
    w.on('exit', (code) => {
      if (code !== 0) onFail(new Error(`index worker exited with ${code}`));
    });
    w.unref();
    return w;
  } catch (e) {
    onFail(e);
    return null;
  }
}

/** True in the indexing thread: the bundle must not start a language server there. */
export const IN_INDEX_WORKER = !isMainThread && !!workerData?.[FLAG];

if (IN_INDEX_WORKER) {
  // Lowest CPU priority for this thread (on Linux a niceness set with pid 0 applies to the calling thread):
  // the server's main thread, which answers the editor, always runs first.
  try {
    setPriority(0, 19);
  } catch {
    /* not permitted here: the thread runs at normal priority */
  }
  // One message per batch of jobs: each message costs the main thread an event and a copy.
  parentPort!.on('message', (jobs: IndexJob[]) => {
    const out: IndexResult[] = [];
    for (const j of jobs) {
      const doc = indexFileSync(j.file, j.name);
      out.push({ file: j.file, doc: doc && packDoc(doc) });
    }
    parentPort!.postMessage(out);
  });
}
