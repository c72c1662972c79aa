// The quick fix "Thêm vào từ điển": writes a word into the "words" list of the nearest .ketluan.json
// (creating the file in the workspace folder when there is none). The server runs it as a command, so the
// client needs no file access; the edit keeps every other key of the file as it was.
import { existsSync, readFileSync, writeFileSync, renameSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CodeActionKind, type CodeAction, type Diagnostic, type InitializeParams } from 'vscode-languageserver/node';
import type { Finding } from '../core';
import { CONFIG_NAME, findConfig } from '../shared/config';

export const ADD_WORD_COMMAND = 'ketluan.addWord';
/** Rules that the user dictionary silences (spec §3.6). */
const DICTIONARY_RULES = new Set(['syllable-invalid', 'word-confusable']);

let roots: string[] = [];
export function setWorkspaceRoots(params: InitializeParams): void {
  const uris = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
  roots = uris.filter((u) => u.startsWith('file:')).map((u) => resolve(fileURLToPath(u)));
}

/** The "Thêm vào từ điển" action for a finding of a dictionary rule, or nothing. */
export function dictionaryActions(f: Finding, d: Diagnostic, uri: string, text: string, vi: boolean): CodeAction[] {
  if (!DICTIONARY_RULES.has(f.ruleId) || !uri.startsWith('file:')) return [];
  const word = text.slice(f.start, f.end).normalize('NFC').trim();
  if (!word || word.length > 60) return [];
  const title = vi ? `Thêm "${word}" vào từ điển (.ketluan.json)` : `Add "${word}" to the dictionary (.ketluan.json)`;
  const command = { title, command: ADD_WORD_COMMAND, arguments: [uri, word] };
  return [{ title, kind: CodeActionKind.QuickFix, diagnostics: [d], command }];
}

/**
 * Adds the word to the "words" list of the config file that applies to the draft; creates the file in the
 * workspace folder holding the draft (else beside it) when there is none. Returns the file written. Throws
 * when the existing file is not a JSON object (it is then left untouched).
 */
export function addWordToConfig(uri: string, word: string): string {
  const file = resolve(fileURLToPath(uri));
  const path = findConfig(file) ?? join(roots.find((r) => file.startsWith(r + sep)) ?? dirname(file), CONFIG_NAME);
  const raw = existsSync(path) ? readFileSync(path, 'utf8') : '{}';
  const config = JSON.parse(raw.trim() ? raw : '{}') as unknown;
  if (!config || typeof config !== 'object' || Array.isArray(config)) throw new Error(`${path}: not a JSON object`);
  const o = config as Record<string, unknown>;
  const words = Array.isArray(o.words) ? ((o.words as unknown[]).filter((w) => typeof w === 'string') as string[]) : [];
  if (!words.includes(word)) words.push(word);
  o.words = words;
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(o, null, 2) + '\n');
  renameSync(tmp, path);
  return path;
}
