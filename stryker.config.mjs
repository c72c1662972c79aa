// Mutation testing (`npm run mutation`): plants small mistakes in the analysis core and the CLI and runs the
// tests against each; a mutant that no test notices ("survived") is listed in reports/mutation/.
// Per file: `npm run mutation -- --mutate server/src/core/rules/homoglyph.ts`.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.config.mts' },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: [
    'server/src/core/**/*.ts',
    'server/src/cli/**/*.ts',
    // The entry file only starts main(); the worker pool is measured by the bench, not unit tests.
    '!server/src/cli/index.ts',
  ],
  coverageAnalysis: 'perTest',
  ignoreStatic: true,
  concurrency: Number(process.env.STRYKER_CONCURRENCY ?? 2),
  timeoutMS: 20000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { allowColor: false, logTests: false, maxTestsToLog: 0 },
  thresholds: { high: 90, low: 85, break: null },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
