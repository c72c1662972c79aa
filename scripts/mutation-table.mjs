// Prints the rows of test/rules/MUTATION.md from a Stryker JSON report (default reports/mutation/mutation.json):
// file, mutants tested, killed (incl. timeouts), survived (incl. no coverage), score. Static mutants left out
// by `ignoreStatic` and mutants marked with "Stryker disable" are not counted. With --survivors, lists them.
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const survivors = args.includes('--survivors');
const path = args.find((a) => !a.startsWith('--')) ?? 'reports/mutation/mutation.json';
const report = JSON.parse(readFileSync(path, 'utf8'));
for (const [file, data] of Object.entries(report.files).sort()) {
  const ms = data.mutants.filter((m) => m.status !== 'Ignored');
  const killed = ms.filter((m) => m.status === 'Killed' || m.status === 'Timeout').length;
  const survived = ms.filter((m) => m.status === 'Survived' || m.status === 'NoCoverage');
  const errors = ms.length - killed - survived.length;
  const score = ms.length - errors ? ((100 * killed) / (ms.length - errors)).toFixed(1) : '—';
  const name = file.replace(/^.*server\/src\/(core\/rules\/)?/, '');
  if (!survivors) {
    console.log(`| ${name} | ${ms.length} | ${killed} | ${survived.length} | ${score} |`);
    continue;
  }
  const lines = data.source.split('\n');
  for (const m of survived) {
    const l = m.location.start.line;
    console.log(`${name}:${l}:${m.location.start.column} ${m.mutatorName} [${m.status}] → ${m.replacement ?? ''}`);
    console.log(`    ${lines[l - 1].trim().slice(0, 150)}`);
  }
}
