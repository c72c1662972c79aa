// Vitest configuration for mutation testing of the parser, the text helpers and the engine
// (stryker.parse.config.mjs). Every test of the core runs the parser, so with the configuration of the rest of the
// core each surviving mutant costs a whole run of 22 test files, each importing the core afresh (≈ 35 s).
// Here the files share one module graph (`isolate: false`: the mutant is switched on at run time, and `ignoreStatic`
// leaves out module-level code, so nothing needs a fresh import), and the files that pin the most of the model run
// first, so a killed mutant stops at its first failing test (Stryker runs with bail 1).
// Left out: the parser-failure test (it replaces the parser module with a mock, which needs isolation), and the tests
// that read the model through the rule fixtures again (fix safety, writing rules, register, in-process CLI): a run
// of the rest takes ≈ 8 s instead of ≈ 13 s. The score is a lower bound, as with vitest.core.config.mts.
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const MODEL_FIRST = [
  'model-dump',
  'vn',
  'text',
  'inspect',
  'engine',
  'parse',
  'parse-model',
  'header',
  'footer',
  'parse-kinhgui',
  'body',
  'features',
  'completion',
  'hover',
  'ocr',
  'numbers',
  'columns',
  'citations',
  'dates',
  'state',
  'realtext',
  'rules',
  'seeds',
  'legacy-text',
  'doctypes',
  'family',
];
// KETLUAN_MUTATION_FIRST=writing,…: test files to run first (and to include), for a part whose own tests are not
// in the list above (the writing helpers, whose tests run the whole engine).
const FIRST = (process.env.KETLUAN_MUTATION_FIRST ?? '').split(',').filter(Boolean);
const ORDER = [...FIRST, ...MODEL_FIRST.filter((name) => !FIRST.includes(name))];
const rank = (file: string): number => {
  const name = /([^/\\]+)\.test\.ts$/.exec(file)?.[1] ?? '';
  const i = ORDER.indexOf(name);
  return i < 0 ? ORDER.length : i;
};

class ModelFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    return [...files].sort((a, b) => rank(a.moduleId) - rank(b.moduleId));
  }
}

export default defineConfig({
  test: {
    include: ORDER.map((name) => `test/${name}.test.ts`),
    isolate: false,
    setupFiles: ['test/mutation-setup.ts'],
    sequence: { sequencer: ModelFirst },
    testTimeout: 30000,
    hookTimeout: 30000,
  },
});
