// Mutation testing of the core outside the rules, and of the CLI, against the tests that run them in this
// process (vitest.core.config.mts). Per file or a few files at a time, e.g.
//   STRYKER_CONCURRENCY=2 npx stryker run stryker.core.config.mjs \
//     --mutate server/src/cli/args.ts,server/src/cli/summary.ts
// Scores and how long each part takes: test/MUTATION-CORE.md.
import base from './stryker.config.mjs';

const report = process.env.STRYKER_REPORT ?? 'reports/mutation/core';
export default {
  ...base,
  vitest: { configFile: 'vitest.core.config.mts' },
  htmlReporter: { fileName: `${report}.html` },
  jsonReporter: { fileName: `${report}.json` },
};
