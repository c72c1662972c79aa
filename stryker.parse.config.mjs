// Mutation testing of the parser, the text helpers and the engine (vitest.parse.config.mts: shared module graph,
// the tests that pin the model first). For example
//   STRYKER_REPORT=reports/mutation/parse STRYKER_CONCURRENCY=2 npx stryker run stryker.parse.config.mjs \
//     --mutate server/src/core/parse/header.ts,server/src/core/parse/footer.ts
// Scores and how long each part takes: test/MUTATION-CORE.md.
import base from './stryker.config.mjs';

const report = process.env.STRYKER_REPORT ?? 'reports/mutation/parse';
export default {
  ...base,
  vitest: { configFile: 'vitest.parse.config.mts' },
  htmlReporter: { fileName: `${report}.html` },
  jsonReporter: { fileName: `${report}.json` },
};
