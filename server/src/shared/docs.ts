// Where a rule's documentation page lives: docs/rules/<id>.md inside the installed package (readable
// offline; the diagnostic's code link), and the same page in the public repository (SARIF helpUri).
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPOSITORY_URL, ruleDocWebUrl } from './links';

export { REPOSITORY_URL, ruleDocWebUrl };

export function docsRoot(bundleDir: string): string {
  // Bundles live in <root>/dist; sources in <root>/server/src/...
  return bundleDir.endsWith('dist') ? join(bundleDir, '..') : join(bundleDir, '..', '..', '..');
}

export function ruleDocUri(root: string, ruleId: string): string {
  return pathToFileURL(join(root, 'docs', 'rules', `${ruleId}.md`)).href;
}
