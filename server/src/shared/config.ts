// The .ketluan.json config file (spec §5): finding it and validating it. Used by the CLI and the
// server (both have file access); the core only receives the resulting options.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { AnalyzeOptions, RuleSetting } from '../core';
import { isProfileId } from '../core/profiles';
import { parseIso } from '../core/dates';
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

/** The nearest .ketluan.json from a file's folder upward, or null. */
export function findConfig(fileOrDir: string, stopAt?: string): string | null {
  let dir = resolve(fileOrDir);
  if (existsSync(dir) && !isDir(dir)) dir = dirname(dir);
  const stop = stopAt ? resolve(stopAt) : null;
  for (;;) {
    const p = join(dir, CONFIG_NAME);
    if (existsSync(p)) return p;
    const up = dirname(dir);
    if (up === dir || (stop && dir === stop)) return null;
    dir = up;
  }
}

function isDir(p: string): boolean {
  try { return statSync(p).isDirectory(); } catch { return false; }
}

/** Reads and checks a config file. Problems are returned, never thrown. */
export function loadConfig(path: string): { config: KetluanConfig; problems: string[] } {
  try {
    return validateConfig(JSON.parse(readFileSync(path, 'utf8')));
  } catch (e) {
    return { config: {}, problems: [`${path}: ${e instanceof Error ? e.message : String(e)}`] };
  }
}

export function validateConfig(raw: unknown): { config: KetluanConfig; problems: string[] } {
  const problems: string[] = [];
  const config: KetluanConfig = {};
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { config, problems: ['config must be a JSON object'] };
  const o = raw as Record<string, unknown>;
  if (o.profile !== undefined) { if (o.profile === 'auto' || isProfileId(o.profile)) config.profile = o.profile as KetluanConfig['profile']; else problems.push(`profile: "${String(o.profile)}" is not auto, hd36, hd05 or nd30`); }
  if (o.referenceDate !== undefined && o.referenceDate !== null) { if (typeof o.referenceDate === 'string' && parseIso(o.referenceDate)) config.referenceDate = o.referenceDate; else problems.push(`referenceDate: "${String(o.referenceDate)}" is not a date YYYY-MM-DD`); }
  if (o.messageLanguage !== undefined) { if (o.messageLanguage === 'vi' || o.messageLanguage === 'en') config.messageLanguage = o.messageLanguage; else problems.push('messageLanguage: vi or en'); }
  if (o.toneMarkStyle !== undefined) { if (['consistent', 'old', 'new'].includes(String(o.toneMarkStyle))) config.toneMarkStyle = o.toneMarkStyle as KetluanConfig['toneMarkStyle']; else problems.push('toneMarkStyle: consistent, old or new'); }
  if (o.rules !== undefined) {
    if (!o.rules || typeof o.rules !== 'object') problems.push('rules: an object of rule ids');
    else {
      config.rules = {};
      for (const [k, v] of Object.entries(o.rules as Record<string, unknown>)) {
        if (typeof v === 'string' && SETTINGS.has(v)) config.rules[k] = (v === 'info' ? 'information' : v) as RuleSetting;
        else problems.push(`rules.${k}: "${String(v)}" is not off, hint, info, warning or error`);
      }
    }
  }
  if (o.words !== undefined) {
    if (Array.isArray(o.words) && o.words.every((w) => typeof w === 'string')) config.words = o.words as string[];
    else problems.push('words: a list of words (strings)');
  }
  if (o.office !== undefined) { const r = validateOffice(o.office); if (r.office) config.office = r.office; problems.push(...r.problems); }
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

/**
 * The options a file's nearest .ketluan.json gives, found and parsed once per folder. The server clears it
 * when a config file changes; the CLI keeps it for one run. Problems are reported once per config file.
 */
export class ConfigCache {
  private byDir = new Map<string, { path: string | null; config: KetluanConfig; problems: string[] }>();
  get(file: string): { path: string | null; config: KetluanConfig; problems: string[]; fresh: boolean } {
    const dir = dirname(resolve(file));
    const hit = this.byDir.get(dir);
    if (hit) return { ...hit, fresh: false };
    const path = findConfig(file);
    const loaded = path ? loadConfig(path) : { config: {}, problems: [] };
    const entry = { path, ...loaded };
    this.byDir.set(dir, entry);
    return { ...entry, fresh: true };
  }
  clear() { this.byDir.clear(); }
}
