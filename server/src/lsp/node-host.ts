// The Node server's host: .ketluan.json read from disk (file: documents only), rule pages inside the package.
import { fileURLToPath } from 'node:url';
import { ConfigCache } from '../shared/config';
import { docsRoot, ruleDocUri } from '../shared/docs';
import type { ServerHost } from './host';
import { pushedConfigs } from './browser-host';
import { RegisterSupport } from './register-features';
import { ADD_WORD_COMMAND, addWordToConfig, dictionaryActions, setWorkspaceRoots } from './dictionary';

export function nodeHost(bundleDir: string): ServerHost {
  const configs = new ConfigCache();
  const root = docsRoot(bundleDir);
  // Virtual folders (vscode-vfs…): their .ketluan.json comes from the client, as in the web build.
  const pushed = pushedConfigs();
  return {
    acceptConfigFile: pushed.accept,
    configFor(uri) {
      if (!uri.startsWith('file:')) return pushed.configFor(uri);
      try {
        const { path, config, problems } = configs.get(fileURLToPath(uri));
        return path ? { path, config, problems } : null;
      } catch {
        return null;
      }
    },
    clearConfigs: () => configs.clear(),
    ruleDocUri: (id) => ruleDocUri(root, id),
    createRegister: (deps) => new RegisterSupport(deps),
    dictionary: {
      command: ADD_WORD_COMMAND,
      setRoots: setWorkspaceRoots,
      actions: dictionaryActions,
      add: (uri, word) => {
        addWordToConfig(uri, word);
      },
    },
  };
}
