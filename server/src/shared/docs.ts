// Where a rule's documentation page lives: docs/rules/<id>.md inside the installed package,
// readable offline; opened from the diagnostic's code link.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export function docsRoot(bundleDir: string): string {
  // Bundles live in <root>/dist; sources in <root>/server/src/...
  return bundleDir.endsWith('dist') ? join(bundleDir, '..') : join(bundleDir, '..', '..', '..');
}

export function ruleDocUri(root: string, ruleId: string): string {
  return pathToFileURL(join(root, 'docs', 'rules', `${ruleId}.md`)).href;
}
