// The .ketluan.json config file (spec §5), the part without file access: its shape, its validation and
// the options it gives. Used by the CLI, the Node server and the web-worker server alike.
import type { AnalyzeOptions, RuleSetting } from '../core';
import { isProfileId } from '../core/profiles';
import { parseIso } from '../core/dates';
import { ruleById } from '../core/rules';
import type { Office } from '../core/register/types';
import { validateOffice } from './office';

export interface KetluanConfig {
  profile?: 'auto' | 'hd36' | 'hd05' | 'nd30';
  referenceDate?: string | null;
  messageLanguage?: 'vi' | 'en';
  toneMarkStyle?: 'consistent' | 'old' | 'new';
  rules?: Record<string, RuleSetting>;
  /** User dictionary: words the spelling rules accept (syllable-invalid, word-confusable). */
  words?: string[];
  /** The office that issues the drafts (spec §10): name, parent body, place, archive line. */
  office?: Office;
}

export const CONFIG_NAME = '.ketluan.json';
const SETTINGS = new Set(['off', 'hint', 'info', 'information', 'warning', 'error']);

/** A problem in a config file, in both languages; `text(p, lang)` picks one. */
export interface ConfigProblem {
  vi: string;
  en: string;
}
export const problemText = (p: ConfigProblem, lang: 'vi' | 'en' | undefined) => (lang === 'en' ? p.en : p.vi);

/** Parses the text of a .ketluan.json (also used where the file is read through an editor's file system). */
export function parseConfigText(text: string): { config: KetluanConfig; problems: ConfigProblem[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return { config: {}, problems: [{ vi: `không phải JSON hợp lệ: ${why}`, en: `not valid JSON: ${why}` }] };
  }
  return validateConfig(raw);
}

const P = (vi: string, en: string): ConfigProblem => ({ vi, en });

export function validateConfig(raw: unknown): { config: KetluanConfig; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  const config: KetluanConfig = {};
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    return { config, problems: [P('tệp cấu hình phải là một đối tượng JSON { … }', 'config must be a JSON object')] };
  }
  const o = raw as Record<string, unknown>;
  if (o.profile !== undefined) {
    if (o.profile === 'auto' || isProfileId(o.profile)) config.profile = o.profile as KetluanConfig['profile'];
    else
      problems.push(
        P(
          `profile: "${String(o.profile)}" không phải auto, hd36, hd05 hoặc nd30`,
          `profile: "${String(o.profile)}" is not auto, hd36, hd05 or nd30`,
        ),
      );
  }
  if (o.referenceDate !== undefined && o.referenceDate !== null) {
    if (typeof o.referenceDate === 'string' && parseIso(o.referenceDate)) config.referenceDate = o.referenceDate;
    else
      problems.push(
        P(
          `referenceDate: "${String(o.referenceDate)}" không phải ngày dạng YYYY-MM-DD`,
          `referenceDate: "${String(o.referenceDate)}" is not a date YYYY-MM-DD`,
        ),
      );
  }
  if (o.messageLanguage !== undefined) {
    if (o.messageLanguage === 'vi' || o.messageLanguage === 'en') config.messageLanguage = o.messageLanguage;
    else
      problems.push(
        P(
          `messageLanguage: "${String(o.messageLanguage)}" phải là vi hoặc en`,
          `messageLanguage: "${String(o.messageLanguage)}" must be vi or en`,
        ),
      );
  }
  if (o.toneMarkStyle !== undefined) {
    if (['consistent', 'old', 'new'].includes(String(o.toneMarkStyle))) {
      config.toneMarkStyle = o.toneMarkStyle as KetluanConfig['toneMarkStyle'];
    } else
      problems.push(
        P(
          `toneMarkStyle: "${String(o.toneMarkStyle)}" phải là consistent, old hoặc new`,
          `toneMarkStyle: "${String(o.toneMarkStyle)}" must be consistent, old or new`,
        ),
      );
  }
  if (o.rules !== undefined) {
    if (!o.rules || typeof o.rules !== 'object' || Array.isArray(o.rules)) {
      problems.push(P('rules: phải là một đối tượng { "mã-quy-tắc": mức }', 'rules: an object of rule ids'));
    } else {
      config.rules = {};
      for (const [k, v] of Object.entries(o.rules as Record<string, unknown>)) {
        if (!ruleById(k)) {
          problems.push(
            P(
              `rules.${k}: không có quy tắc nào mang mã "${k}" (xem "ketluan rules")`,
              `rules.${k}: there is no rule "${k}" (see "ketluan rules")`,
            ),
          );
        } else if (typeof v === 'string' && SETTINGS.has(v)) {
          config.rules[k] = (v === 'info' ? 'information' : v) as RuleSetting;
        } else
          problems.push(
            P(
              `rules.${k}: "${String(v)}" không phải off, hint, info, warning hoặc error`,
              `rules.${k}: "${String(v)}" is not off, hint, info, warning or error`,
            ),
          );
      }
    }
  }
  if (o.words !== undefined) {
    if (Array.isArray(o.words) && o.words.every((w) => typeof w === 'string')) config.words = o.words as string[];
    else problems.push(P('words: phải là một danh sách chữ ["…", "…"]', 'words: a list of words (strings)'));
  }
  if (o.office !== undefined) {
    const r = validateOffice(o.office);
    if (r.office) config.office = r.office;
    problems.push(...r.problems);
  }
  return { config, problems };
}

export function toAnalyzeOptions(c: KetluanConfig): AnalyzeOptions {
  return {
    profile: c.profile ?? 'auto',
    referenceDate: c.referenceDate ?? null,
    language: c.messageLanguage ?? 'vi',
    toneMarkStyle: c.toneMarkStyle ?? 'consistent',
    rules: c.rules ?? {},
    words: c.words ?? [],
  };
}
