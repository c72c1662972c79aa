// Vitest configuration for mutation testing of the core outside the rules, and of the CLI (stryker.core.config.mjs):
//   STRYKER_CONCURRENCY=2 npx stryker run stryker.core.config.mjs --mutate server/src/cli/main.ts,…
// The tests that run the core or the CLI in this process: the rule fixtures, the parser, citation, register,
// state-document, date, writing, real-text, fix-safety and failure tests, the layout table and Word-file rule tests,
// and the in-process CLI tests. Left out: the LSP and CLI tests that run the built bundles in child processes (a
// mutant of the source is not in the bundle),
// the end-to-end, packaging and export tests, and the property tests (minutes per mutant). A mutant that only
// those would notice counts here as survived: the score is a lower bound.
import { defineConfig } from 'vitest/config';
export default defineConfig({
  test: {
    include: [
      'test/rules.test.ts',
      'test/parse.test.ts',
      'test/parse-model.test.ts',
      'test/header.test.ts',
      'test/footer.test.ts',
      'test/body.test.ts',
      'test/ocr.test.ts',
      'test/numbers.test.ts',
      'test/columns.test.ts',
      'test/features.test.ts',
      'test/completion.test.ts',
      'test/hover.test.ts',
      'test/vn.test.ts',
      'test/text.test.ts',
      'test/engine.test.ts',
      'test/model-dump.test.ts',
      'test/parse-kinhgui.test.ts',
      'test/parse-failure.test.ts',
      'test/citations.test.ts',
      'test/register.test.ts',
      'test/register-core.test.ts',
      'test/state.test.ts',
      'test/writing.test.ts',
      'test/realtext.test.ts',
      'test/legacy-text.test.ts',
      'test/fix-safety.test.ts',
      'test/seeds.test.ts',
      'test/cli-inprocess.test.ts',
      'test/cli-args.test.ts',
      'test/cli-read.test.ts',
      'test/fixes.test.ts',
      'test/doctypes.test.ts',
      'test/family.test.ts',
      'test/dates.test.ts',
      'test/inspect.test.ts',
      'test/export-layout.test.ts',
      'test/docx-rules.test.ts',
    ],
    testTimeout: 30000,
    hookTimeout: 30000,
  },
});
