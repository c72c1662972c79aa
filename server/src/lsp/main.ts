import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';
import { nodeHost } from './node-host';
import { IN_INDEX_WORKER } from './index-worker';

// The same bundle runs the register's indexing thread (index-worker.ts); only the main thread serves LSP.
if (!IN_INDEX_WORKER) {
  const connection = startServer(createConnection(ProposedFeatures.all), nodeHost(__dirname));
  // A promise that fails somewhere in a handler is logged, not allowed to end the process (Node's default):
  // the editor would otherwise lose every check until the client restarts the server.
  process.on('unhandledRejection', (e) => {
    const why = e instanceof Error ? (e.stack ?? e.message) : String(e);
    connection.console.error(`ketluan: lỗi không được xử lý / unhandled error: ${why}`);
  });
}
