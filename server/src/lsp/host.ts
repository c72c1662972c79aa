// What the language server needs from where it runs: the config file of a document and the address of a
// rule's page. The Node server reads .ketluan.json from disk (node-host.ts); the web-worker server gets the
// files from the client, which reads them through the VS Code file-system API (browser-host.ts).
import type { ConfigProblem, KetluanConfig } from '../shared/config-schema';

export interface ConfigEntry { path: string; config: KetluanConfig; problems: ConfigProblem[] }

export interface ServerHost {
  /** The nearest .ketluan.json of a document, or null (none, or not readable here). */
  configFor(uri: string): ConfigEntry | null;
  /** Config files changed: read them again. */
  clearConfigs(): void;
  /** A config file's text sent by the client (web build); `text` null when the file was deleted. */
  acceptConfigFile?(uri: string, text: string | null): void;
  /** The address of a rule's documentation page. */
  ruleDocUri(ruleId: string): string;
}
