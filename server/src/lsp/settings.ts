// Settings of the language server, per document: asked from the client with the document's uri as
// `scopeUri` (so a folder's .vscode/settings.json in a multi-root workspace applies to its own drafts),
// cached until the client says the configuration changed. Clients without `workspace/configuration`
// get the initialization options and whatever `didChangeConfiguration` pushes.
import type { KetluanConfig } from '../shared/config';

export interface Settings extends KetluanConfig {
  debounceMs?: number;
}

export interface ConfigurationSource {
  getConfiguration(item: { scopeUri?: string; section?: string }): Promise<unknown>;
}

export class SettingsStore {
  private base: Settings;
  private pending = new Map<string, Promise<Settings>>();
  private resolved = new Map<string, Settings>();
  /** Set once the client has said it answers workspace/configuration. */
  source: ConfigurationSource | null = null;

  constructor(initial: Settings = {}) {
    this.base = { ...initial };
  }

  /** The settings of one document (asked once per document until `invalidate`). */
  forDocument(uri: string): Promise<Settings> {
    if (!this.source) return Promise.resolve(this.base);
    let p = this.pending.get(uri);
    if (!p) {
      const source = this.source;
      p = source.getConfiguration({ scopeUri: uri, section: 'ketluan' }).then(
        (s) => {
          const v = { ...this.base, ...(s && typeof s === 'object' ? (s as Settings) : {}) };
          if (this.pending.get(uri) === p) this.resolved.set(uri, v);
          return v;
        },
        () => this.base,
      );
      this.pending.set(uri, p);
    }
    return p;
  }

  /** What is known now, without asking: the document's settings if fetched, else the defaults. */
  known(uri: string): Settings {
    return this.resolved.get(uri) ?? this.base;
  }

  /** Settings pushed by a client (didChangeConfiguration with a `ketluan` section). */
  push(s: Settings) {
    this.base = { ...this.base, ...s };
  }

  /** The configuration changed (or the workspace folders did): ask again. */
  invalidate() {
    this.pending.clear();
    this.resolved.clear();
  }

  forget(uri: string) {
    this.pending.delete(uri);
    this.resolved.delete(uri);
  }
}
