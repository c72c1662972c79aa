import { isMainThread } from 'node:worker_threads';
import { main } from './main';
if (isMainThread) {
  const r = main(process.argv.slice(2));
  if (typeof r === 'number') process.exitCode = r;
  else r.then((code) => { process.exitCode = code; }, (e) => { process.stderr.write(`ketluan: ${e instanceof Error ? e.message : String(e)}\n`); process.exitCode = 2; });
}
