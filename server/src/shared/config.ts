// The .ketluan.json config file (spec §5): finding and reading it on disk. Used by the CLI and the Node
// server; the validation itself is in config-schema.ts (no file access, shared with the web build).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { CONFIG_NAME, parseConfigText, type ConfigProblem, type KetluanConfig } from './config-schema';

export * from './config-schema';

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
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** Reads and checks a config file. Problems are returned, never thrown. */
export function loadConfig(path: string): { config: KetluanConfig; problems: ConfigProblem[] } {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'error';
    return { config: {}, problems: [{ vi: `không đọc được tệp (${code})`, en: `cannot read the file (${code})` }] };
  }
  return parseConfigText(text);
}

/**
 * The options a file's nearest .ketluan.json gives, found and parsed once per folder. The server clears it
 * when a config file changes; the CLI keeps it for one run. Problems are reported once per config file.
 */
export class ConfigCache {
  private byDir = new Map<string, { path: string | null; config: KetluanConfig; problems: ConfigProblem[] }>();
  get(file: string): { path: string | null; config: KetluanConfig; problems: ConfigProblem[]; fresh: boolean } {
    const dir = dirname(resolve(file));
    const hit = this.byDir.get(dir);
    if (hit) return { ...hit, fresh: false };
    const path = findConfig(file);
    const loaded = path ? loadConfig(path) : { config: {}, problems: [] };
    const entry = { path, ...loaded };
    this.byDir.set(dir, entry);
    return { ...entry, fresh: true };
  }
  clear() {
    this.byDir.clear();
  }
}
