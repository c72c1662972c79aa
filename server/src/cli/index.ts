import { isMainThread } from 'node:worker_threads';
import { main } from './main';
if (isMainThread) {
  // `ketluan check … | head`: the reader went away; stop quietly instead of printing a stack trace.
  const quietOnClosedPipe = (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  };
  process.stdout.on('error', quietOnClosedPipe);
  process.stderr.on('error', quietOnClosedPipe);
  const r = main(process.argv.slice(2));
  if (typeof r === 'number') process.exitCode = r;
  else {
    r.then(
      (code) => {
        process.exitCode = code;
      },
      (e) => {
        process.stderr.write(`ketluan: ${e instanceof Error ? e.message : String(e)}\n`);
        process.exitCode = 2;
      },
    );
  }
}
