// Vitest configuration for mutation testing of the rules (server/src/core/rules/):
// STRYKER_CONCURRENCY=1 npx stryker run --mutate server/src/core/rules/<id>.ts --vitest.configFile vitest.rules.config.mts
// Only the tests that pin what the rules report: the rule fixtures and the pure-core unit tests. The LSP, CLI,
// end-to-end and timing tests are left out: they add minutes per mutant and check the edges, not the rules.
// A mutant that only those tests would kill counts here as survived, so the score is a lower bound.
import { defineConfig } from 'vitest/config';
export default defineConfig({
  test: {
    include: ['test/rules.test.ts', 'test/rule-units.test.ts'],
    testTimeout: 30000,
    hookTimeout: 30000,
  },
});
