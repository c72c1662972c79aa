// Vitest configuration for mutation testing of the rules (server/src/core/rules/), used by stryker.rules.config.mjs:
// KETLUAN_RULE_FIXTURES=<rule>,… npx stryker run stryker.rules.config.mjs --mutate server/src/core/rules/<rule>.ts,…
// Only the rule fixtures (test/rules.test.ts, and the Word fixtures of the layout rules in test/docx-rules.test.ts)
// and unit tests of rule details (test/rule-units.test.ts). The
// parser, LSP, CLI, end-to-end and property tests are left out: they add minutes per mutant and check other
// layers. A mutant that only those tests would kill counts here as survived, so the score is a lower bound.
import { defineConfig } from 'vitest/config';
export default defineConfig({
  test: {
    include: ['test/rules.test.ts', 'test/docx-rules.test.ts', 'test/rule-units.test.ts'],
    testTimeout: 30000,
    hookTimeout: 30000,
  },
});
