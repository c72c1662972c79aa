// analyze(text, options) -> model + findings. The one entry point of the core for the server and the CLI.

import { parse, type ParseOptions } from './parse';
import type { DocModel, Range } from './model';
import { PROFILES, type ProfileId } from './profiles';
import { fill, type Fix, type Lang, type Report, type RuleOptions, type Severity } from './rule';
import { RULES } from './rules';
import { parseIso, today as clockToday, type YMD } from './dates';
import { positionAt } from './text';
import {
  PARSE_FAILED,
  PARSE_FAILED_SEVERITY,
  TEXT_ONLY_RULES,
  parseFailedMessage,
  parseFailedRange,
} from './parse-failed';
import { dictionarySet } from './writing/dictionary';
import { WRITING_RULE_IDS } from './writing/ids';
import type { RegisterView } from './register/types';

export type RuleSetting = 'off' | Severity;

export interface AnalyzeOptions {
  profile?: ProfileId | 'auto';
  referenceDate?: string | YMD | null;
  today?: YMD;
  language?: Lang;
  toneMarkStyle?: RuleOptions['toneMarkStyle'];
  rules?: Record<string, RuleSetting>;
  /** Run only these rules (tests, cheap mode). */
  only?: string[];
  /** The caller read bytes that were not valid UTF-8 (reported by legacy-encoding). */
  notUtf8?: boolean;
  /** User dictionary: words that syllable-invalid and word-confusable accept. */
  words?: string[];
  /** The workspace register (spec §10) and this draft's file in it; register rules need it. */
  register?: RegisterView;
  /** When given, receives the time spent in each rule (milliseconds, summed). */
  timing?: Map<string, number>;
  /** Facts about a Word file, for the layout-* rules (given by the .docx reader). */
  word?: RuleOptions['word'];
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  start: number;
  end: number;
  fix?: { title: string; edits: Fix['edits'] };
  suggestions: { title: string; edits: Fix['edits'] }[];
}

export interface RuleFailure {
  ruleId: string;
  error: string;
}

export interface AnalyzeResult {
  model: DocModel;
  findings: Finding[];
  /** Rules that threw (the others still ran). */
  failures: RuleFailure[];
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, information: 2, hint: 3 };

export function toYmd(d: string | YMD | null | undefined): YMD | null {
  if (!d) return null;
  return typeof d === 'string' ? parseIso(d) : d;
}

export function analyze(text: string, options: AnalyzeOptions = {}): AnalyzeResult {
  const parseOpts: ParseOptions = {
    profile: options.profile ?? 'auto',
    referenceDate: toYmd(options.referenceDate),
    today: options.today,
  };
  const t0 = options.timing ? performance.now() : 0;
  const model = parse(text, parseOpts);
  if (options.timing) options.timing.set('(parse)', (options.timing.get('(parse)') ?? 0) + performance.now() - t0);
  return runRules(model, options);
}

/** Rules cheap enough for very large drafts (the server uses them past LARGE_DRAFT characters). */
export const CHEAP_RULES = RULES.filter(
  (r) =>
    !r.id.startsWith('citation-') &&
    !['deadline-before-issue', 'tone-mark-mixed', 'legacy-encoding', 'homoglyph'].includes(r.id),
)
  .filter((r) => !WRITING_RULE_IDS.includes(r.id))
  .map((r) => r.id);
export const LARGE_DRAFT = 5 * 1024 * 1024;

export function runRules(model: DocModel, options: AnalyzeOptions = {}): AnalyzeResult {
  const lang: Lang = options.language === 'en' ? 'en' : 'vi';
  const profile = PROFILES[model.profile];
  const suppress = inlineSuppressions(model);
  const findings: Finding[] = [];
  const failures: RuleFailure[] = [];
  const src = model.src;
  const ruleOptions: RuleOptions = {
    toneMarkStyle: options.toneMarkStyle ?? 'consistent',
    notUtf8: !!options.notUtf8,
    today: options.today ?? clockToday(),
    words: dictionarySet(options.words),
    word: options.word,
  };
  if (model.parseError && options.rules?.[PARSE_FAILED] !== 'off') {
    const setting = options.rules?.[PARSE_FAILED];
    findings.push({
      ruleId: PARSE_FAILED,
      severity: setting ?? PARSE_FAILED_SEVERITY,
      message: parseFailedMessage(model, lang),
      ...parseFailedRange(model),
      suggestions: [],
    });
  }
  for (const rule of RULES) {
    if (model.parseError && !TEXT_ONLY_RULES.has(rule.id)) continue;
    if (options.only && !options.only.includes(rule.id)) continue;
    if (!rule.profiles.includes(model.profile)) continue;
    const setting = options.rules?.[rule.id];
    if (setting === 'off') continue;
    const reports: Report[] = [];
    const t0 = options.timing ? performance.now() : 0;
    try {
      rule.check({
        model,
        profile,
        text: src.text,
        eol: src.eol,
        options: ruleOptions,
        register: options.register,
        report: (r) => reports.push(r),
      });
      if (options.timing) options.timing.set(rule.id, (options.timing.get(rule.id) ?? 0) + performance.now() - t0);
    } catch (e) {
      failures.push({ ruleId: rule.id, error: e instanceof Error ? `${e.message}` : String(e) });
      continue;
    }
    for (const r of reports) {
      const range = clampRange(r.range, src.text.length);
      if (suppress(rule.id, range)) continue;
      const template = rule.messages[r.message];
      const message = template ? fill(template[lang], r.data) : r.message;
      // A fix that changes what family the document looks like is safe only when the family is certain.
      const demote = !!r.fix && !!r.familySpecific && model.familyConfidence !== 'high';
      const safe = demote ? undefined : r.fix;
      const offered = demote ? [r.fix!, ...(r.suggest ?? [])] : (r.suggest ?? []);
      findings.push({
        ruleId: rule.id,
        severity: setting ?? r.severity ?? rule.severity,
        message,
        start: range.start,
        end: range.end,
        fix: safe ? { title: fill(safe.title[lang], r.data), edits: safe.edits } : undefined,
        suggestions: offered.map((f) => ({ title: fill(f.title[lang], r.data), edits: f.edits })),
      });
    }
  }
  findings.sort(
    (a, b) =>
      a.start - b.start || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.ruleId.localeCompare(b.ruleId),
  );
  return { model, findings, failures };
}

function clampRange(r: Range, max: number): Range {
  const start = Math.max(0, Math.min(r.start | 0, max));
  const end = Math.max(start, Math.min(r.end | 0, max));
  return { start, end };
}

const COMMENT =
  /<!--\s*ketluan-(disable-next-line|disable-line|disable-file|disable|enable)((?:\s+[a-z0-9-]+)*)\s*-->/gu;

/** Spec §4: inline disable/enable comments. Returns a predicate "is this finding suppressed". */
export function inlineSuppressions(model: DocModel): (ruleId: string, range: Range) => boolean {
  const text = model.src.text;
  // Stryker disable next-line ConditionalExpression,StringLiteral,ArrowFunction: a shortcut for drafts with no comment
  if (!text.includes('ketluan-')) return () => false;
  const fileWide = new Set<string>();
  const lineRules = new Map<number, Set<string>>();
  // Ranges of lines where a rule is disabled: [startLine, endLine) per rule ('*' = all).
  // Stryker disable next-line ArrayDeclaration: an entry with no rule and no lines silences nothing
  const blocks: { rule: string; from: number; to: number }[] = [];
  const open = new Map<string, number>();
  const lineOf = (off: number) => positionAt(model.src, off).line;
  for (const m of text.matchAll(COMMENT)) {
    const kind = m[1];
    // Stryker disable next-line MethodExpression,Regex: the ids follow blanks; an empty id names no rule
    const ids = m[2].trim() ? m[2].trim().split(/\s+/) : ['*'];
    const line = lineOf(m.index!);
    for (const id of ids) {
      if (kind === 'disable-file') fileWide.add(id);
      else if (kind === 'disable-next-line' || kind === 'disable-line') {
        const target = kind === 'disable-line' ? line : line + 1;
        if (!lineRules.has(target)) lineRules.set(target, new Set());
        lineRules.get(target)!.add(id);
      } else if (kind === 'disable') {
        if (!open.has(id)) open.set(id, line);
      } else if (kind === 'enable') {
        if (id === '*') {
          for (const [r, from] of open) blocks.push({ rule: r, from, to: line });
          open.clear();
        } else if (open.has(id)) {
          blocks.push({ rule: id, from: open.get(id)!, to: line });
          open.delete(id);
        }
      }
    }
  }
  for (const [r, from] of open) blocks.push({ rule: r, from, to: Infinity });
  return (ruleId, range) => {
    if (fileWide.has('*') || fileWide.has(ruleId)) return true;
    const line = lineOf(range.start);
    const lr = lineRules.get(line);
    if (lr && (lr.has('*') || lr.has(ruleId))) return true;
    return blocks.some((b) => (b.rule === '*' || b.rule === ruleId) && line >= b.from && line <= b.to);
  };
}

export { RULES };
