// The web-worker server's host: no file access. The client reads every .ketluan.json of the workspace
// through the VS Code file-system API (any scheme: vscode-vfs, file…) and sends its text; a document takes
// the config of its nearest folder upward. Rule pages are the public ones.
import { CONFIG_NAME, parseConfigText } from '../shared/config-schema';
import { ruleDocWebUrl } from '../shared/links';
import type { ConfigEntry, ServerHost } from './host';

/** Config files sent by the client, by folder; also used by the Node server for virtual folders. */
export function pushedConfigs() {
  /** Folder uri (without the trailing slash) → its config. */
  const byFolder = new Map<string, ConfigEntry>();
  return {
    configFor(uri: string): ConfigEntry | null {
      let best: ConfigEntry | null = null,
        bestLength = -1;
      for (const [folder, entry] of byFolder) {
        if (uri.startsWith(folder + '/') && folder.length > bestLength) {
          best = entry;
          bestLength = folder.length;
        }
      }
      return best;
    },
    accept(uri: string, text: string | null) {
      if (!uri.endsWith('/' + CONFIG_NAME)) return;
      const folder = uri.slice(0, -CONFIG_NAME.length - 1);
      if (text === null) byFolder.delete(folder);
      else byFolder.set(folder, { path: uri, ...parseConfigText(text) });
    },
  };
}

export function browserHost(): ServerHost {
  const pushed = pushedConfigs();
  return {
    configFor: pushed.configFor,
    clearConfigs: () => {
      /* the client sends every change itself */
    },
    acceptConfigFile: pushed.accept,
    ruleDocUri: (id) => ruleDocWebUrl(id),
  };
}
