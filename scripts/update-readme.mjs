// Rewrites the rule index in README.md from the registry: node scripts/update-readme.mjs (after a build).
import { readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
const table = execFileSync('node', ['bin/ketluan.js', 'rules'], { encoding: 'utf8' }).trim();
const readme = readFileSync('README.md', 'utf8');
writeFileSync(
  'README.md',
  readme.replace(
    /<!-- rules:start -->[\s\S]*?<!-- rules:end -->/,
    () => `<!-- rules:start -->\n${table}\n<!-- rules:end -->`,
  ),
);
