// The register's indexer: files are read and parsed in a child process of the language server, so diagnostics of
// the open draft never wait for the workspace index, and the register keeps only the copied results (no string of
// a parsed file stays alive through a slice of it). A process rather than a thread: every thread of it — the
// parsing and its garbage collector's helpers — runs at the lowest CPU priority, while a worker thread would share
// the server's helper threads, which run at normal priority and compete with the thread that answers the editor.
import { fork, type ChildProcess } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { setPriority } from 'node:os';
import { packDoc, type PackedDoc } from '../core/register';
import { indexFileSync } from '../shared/register-files';

export interface IndexJob {
  file: string;
  name: string;
}
export interface IndexResult {
  file: string;
  /** Packed where it was read: a few arrays and strings to copy to the server, kept as they arrive. */
  doc: PackedDoc | null;
}
/** A running indexer: jobs go in batches, results come back in the same batches. */
export interface IndexWorker {
  post(jobs: IndexJob[]): void;
  /** Ends the process (no failure is reported for it). */
  stop(): void;
  readonly pid: number | undefined;
}

const ENV = 'KETLUAN_INDEXER';

/** Starts the indexer from the running bundle; null when a process cannot be started. */
export function startIndexWorker(
  onResults: (r: IndexResult[]) => void,
  onFail: (e: unknown) => void,
): IndexWorker | null {
  let stopped = false;
  let child: ChildProcess;
  try {
    child = fork(__filename, [], {
      env: { ...process.env, [ENV]: '1' },
      // Structured clone instead of JSON: the packed rows hold typed arrays.
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
      execArgv: [],
    });
  } catch (e) {
    onFail(e);
    return null;
  }
  child.on('message', (r) => onResults(r as IndexResult[]));
  child.on('error', (e) => {
    if (!stopped) onFail(e);
  });
  child.on('exit', (code, signal) => {
    if (!stopped) onFail(new Error(`index process exited with ${code ?? signal}`));
  });
  // The language server's connection keeps it alive; the indexer must not keep it from exiting.
  child.unref();
  child.channel?.unref();
  return {
    post: (jobs) => {
      if (!stopped) child.send(jobs);
    },
    stop: () => {
      stopped = true;
      child.kill();
    },
    get pid() {
      return child.pid;
    },
  };
}

/** True in the indexer process: the bundle must not start a language server there. */
export const IN_INDEX_WORKER = process.env[ENV] === '1' && typeof process.send === 'function';

/**
 * The lowest CPU priority for every thread of this process. On Linux a niceness belongs to a thread: the threads
 * already running (V8's helpers) are set one by one, and threads started later inherit the main thread's.
 */
function lowestPriority(): void {
  try {
    setPriority(0, 19);
  } catch {
    return; // not permitted here: the process runs at normal priority
  }
  let tasks: string[] = [];
  try {
    tasks = readdirSync('/proc/self/task');
  } catch {
    return; // not Linux: the process's priority was set above
  }
  for (const tid of tasks) {
    try {
      setPriority(+tid, 19);
    } catch {
      /* a thread that has ended */
    }
  }
}

if (IN_INDEX_WORKER) {
  lowestPriority();
  // One message per batch of jobs: each message costs the server an event and a copy.
  process.on('message', (jobs: IndexJob[]) => {
    const out: IndexResult[] = [];
    for (const j of jobs) {
      const doc = indexFileSync(j.file, j.name);
      out.push({ file: j.file, doc: doc && packDoc(doc) });
    }
    process.send!(out);
  });
  // The server went away (or ended this indexer): nothing left to do.
  process.on('disconnect', () => process.exit(0));
}
