// Setup of each test file under vitest.parse.config.mts (mutation testing in one shared module graph): the caches
// that outlive an analysis start empty, so an answer cached under the original code or another mutant cannot hide
// the mutant being tested.
import { beforeAll } from 'vitest';
import { resetToneCache } from '../server/src/core/vn';
import { resetWritingCaches } from '../server/src/core/writing/scan';

beforeAll(() => {
  resetToneCache();
  resetWritingCaches();
});
