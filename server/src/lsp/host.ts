// What the language server needs from where it runs: the config file of a document and the address of a
// rule's page. The Node server reads .ketluan.json from disk (node-host.ts); the web-worker server gets the
// files from the client, which reads them through the VS Code file-system API (browser-host.ts).
import type { CodeAction, Connection, Diagnostic, InitializeParams, Location } from 'vscode-languageserver';
import type { ConfigProblem, KetluanConfig } from '../shared/config-schema';
import type { DocModel, Finding } from '../core';
import type { RegisterView } from '../core/register/types';
import type { CompletionEntry } from '../core/features/completion';

export interface ConfigEntry {
  path: string;
  config: KetluanConfig;
  problems: ConfigProblem[];
}

export interface ServerHost {
  /** The nearest .ketluan.json of a document, or null (none, or not readable here). */
  configFor(uri: string): ConfigEntry | null;
  /** Config files changed: read them again. */
  clearConfigs(): void;
  /** A config file's text sent by the client (web build); `text` null when the file was deleted. */
  acceptConfigFile?(uri: string, text: string | null): void;
  /** The address of a rule's documentation page. */
  ruleDocUri(ruleId: string): string;
  /** Node only: the workspace register (spec §10). */
  createRegister?(deps: RegisterDeps): RegisterFeatures;
  /** Node only: the user dictionary ("words" of .ketluan.json). */
  dictionary?: DictionaryHost;
}

/** Node only: the workspace register's features (register-features.ts); the web worker has none. */
export interface RegisterFeatures {
  initialize(params: InitializeParams): void;
  initialized(): void;
  fileEvents(changes: { uri: string; type: number }[]): void;
  readonly generation: number;
  view(uri: string): RegisterView | undefined;
  analysed(uri: string, model: DocModel): void;
  closed(uri: string): void;
  definition(uri: string, line: number, character: number): Location[] | null;
  references(uri: string, line: number, character: number, includeDeclaration: boolean): Location[] | null;
  hover(uri: string, line: number, character: number): string | null;
  completions(uri: string, model: DocModel, offset: number): CompletionEntry[];
}

/** What the register needs from the server. */
export interface RegisterDeps {
  connection: Connection;
  /** The model of an open draft (analysed on demand). */
  modelOf(uri: string): DocModel | null;
  language(uri: string): 'vi' | 'en';
  /** Open drafts must be checked again (the register changed); `except` changed themselves. */
  recheckOpen(except: Set<string>): void;
}

/** Node only: the user dictionary of .ketluan.json and its "Thêm vào từ điển" action (dictionary.ts). */
export interface DictionaryHost {
  command: string;
  setRoots(params: InitializeParams): void;
  actions(f: Finding, d: Diagnostic, uri: string, text: string, vi: boolean): CodeAction[];
  /** Writes the word into the nearest .ketluan.json (or a new one); throws when that file is not an object. */
  add(uri: string, word: string): void;
}

/** The register of a host that has none: every feature answers nothing. */
export const NO_REGISTER: RegisterFeatures = {
  initialize: () => {},
  initialized: () => {},
  fileEvents: () => {},
  generation: 0,
  view: () => undefined,
  analysed: () => {},
  closed: () => {},
  definition: () => null,
  references: () => null,
  hover: () => null,
  completions: () => [],
};
