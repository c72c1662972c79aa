// Mutation testing of a few rules against their own fixture cases (vitest.rules.config.mts):
//   KETLUAN_RULE_FIXTURES=homoglyph,unicode-not-nfc STRYKER_CONCURRENCY=2 npx stryker run \
//     stryker.rules.config.mjs --mutate server/src/core/rules/homoglyph.ts,server/src/core/rules/unicode-not-nfc.ts
// (--mutate takes a comma-separated list, not a {a,b} glob).
// Every fixture runs the whole engine, so every test covers every rule; naming the rules' folders keeps a run
// to minutes. A mutant that only another rule's fixtures would kill counts as survived: the score is a lower
// bound, and what it measures is that the rule's own cases pin its behaviour. Scores: test/rules/MUTATION.md.
import base from './stryker.config.mjs';

export default {
  ...base,
  vitest: { configFile: 'vitest.rules.config.mts' },
};
