// Public API of the analysis core. Imports neither vscode nor any LSP package.
export {
  analyze,
  runRules,
  inlineSuppressions,
  CHEAP_RULES,
  LARGE_DRAFT,
  type AnalyzeOptions,
  type AnalyzeResult,
  type Finding,
  type RuleSetting,
} from './engine';
export { parse, type ParseOptions } from './parse';
export { RULES, ruleById } from './rules';
export { PROFILES, type ProfileId } from './profiles';
export { positionAt, offsetAt, readSource } from './text';
export { toIso, parseIso, type YMD } from './dates';
export { inspect } from './inspect';
export { applyEdits, applyFixes, compatibleFixEdits, type FixAllResult } from './fixes';
export type { DocModel, Section, Citation } from './model';
export type { Rule, Severity, Lang, Edit } from './rule';
export { ruleIndexMarkdown } from './rule-index';
export { documentSymbols, foldingRanges, selectionChain, type OutlineSymbol } from './features/symbols';
export { citationAt, citationHover, sameNumber } from './features/citations';
export { completions, type CompletionEntry } from './features/completion';
export * as register from './register';
