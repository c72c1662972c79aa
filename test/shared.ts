// Tests that read ../shared: the real documents kept beside the development checkout (seeds, state corpus).
// They are never copied into the project, so a fresh clone elsewhere has none: those suites then report one
// plainly named skipped test each. CI sets KETLUAN_REQUIRE_SHARED=1 where ../shared must be found.
import { describe, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const SHARED = process.env.KETLUAN_SHARED ?? join(__dirname, '..', '..', 'shared');
export const SEEDS = join(SHARED, 'examples', 'seeds');
export const STATE_CORPUS = join(SHARED, 'corpus', 'state');
export const haveShared = existsSync(join(SEEDS, 'expected.json')) && existsSync(STATE_CORPUS);

if (!haveShared && process.env.KETLUAN_REQUIRE_SHARED === '1') {
  throw new Error(`KETLUAN_REQUIRE_SHARED=1 but the shared documents are not at ${SHARED}`);
}

/** A suite over the shared documents: run when they are there, one named skipped test otherwise. */
export function describeShared(name: string, body: () => void): void {
  if (haveShared) describe(name, body);
  else describe(name, () => it.skip(`bỏ qua / skipped: không có ../shared (${SHARED}) bên cạnh bản clone`, () => {}));
}
