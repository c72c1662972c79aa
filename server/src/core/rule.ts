// What a rule is and what it reports. One rule per file in ./rules, named after its id.

import type { DocModel, Range } from './model';
import type { ProfileData, ProfileId } from './profiles';
import type { YMD } from './dates';
import type { RegisterView } from './register/types';
import type { WordFacts } from './rules/_word';

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type Lang = 'vi' | 'en';
export interface Msg {
  vi: string;
  en: string;
}

export interface Edit {
  start: number;
  end: number;
  newText: string;
}
export interface Fix {
  title: Msg;
  edits: Edit[];
}

export interface Report {
  /** Key into the rule's messages. */
  message: string;
  /** Values for {placeholders} in the message. */
  data?: Record<string, string | number>;
  range: Range;
  /** Overrides the rule's default severity for this case (rules with E/W/I cases). */
  severity?: Severity;
  /** Safe fix (applied by fix-all and --fix). */
  fix?: Fix;
  /** Offered edits the user must choose. */
  suggest?: Fix[];
  /** The fix rewrites a family-specific form (number shape, authority, archive line, "*", "-----"):
   *  it is applied by fix-all only when the family is certain, else offered as a suggestion. */
  familySpecific?: boolean;
}

export interface RuleContext {
  model: DocModel;
  profile: ProfileData;
  text: string;
  eol: string;
  options: RuleOptions;
  /** The workspace register, when the caller indexed one (register-* rules are silent without it). */
  register?: RegisterView;
  report(r: Report): void;
}

export interface RuleOptions {
  toneMarkStyle: 'consistent' | 'old' | 'new';
  /** The file's bytes were not valid UTF-8 (told by the caller that read them). */
  notUtf8: boolean;
  /** "Today" as the caller gives it (tests pass a fixed day); rules never read the clock themselves. */
  today: YMD;
  /** The user dictionary (.ketluan.json "words"), keys as writing/lexicon key(): silences spelling rules. */
  words?: ReadonlySet<string>;
  /** Facts about a Word file (formatting, page set-up), read by the layout-* rules; absent for text drafts. */
  word?: WordFacts;
}

export interface Rule {
  id: string;
  /** Default severity (the most severe case for E/W/I rules). */
  severity: Severity;
  /** Profiles the rule runs under. */
  profiles: ProfileId[];
  /** "fix": safe automatic fix; "suggest": offered edit; "none". */
  fixable: 'fix' | 'suggest' | 'none';
  /** One-line summary, for the rule index and SARIF. */
  title: Msg;
  messages: Record<string, Msg>;
  check(ctx: RuleContext): void;
}

export const PARTY: ProfileId[] = ['hd36', 'hd05'];
export const ALL: ProfileId[] = ['hd36', 'hd05', 'nd30'];

export function fill(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, k) => (k in data ? String(data[k]) : m));
}

export function msg(vi: string, en: string): Msg {
  return { vi, en };
}

/** Shortens quoted user text for messages. */
export function quote(s: string, max = 60): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > max ? t.slice(0, max - 1) + '…' : t;
}
