import { startServer } from './server';
import { IN_INDEX_WORKER } from './index-worker';

// The same bundle runs the register's indexing thread (index-worker.ts); only the main thread serves LSP.
if (!IN_INDEX_WORKER) {
  const connection = startServer();
  // A promise that fails somewhere in a handler is logged, not allowed to end the process (Node's default):
  // the editor would otherwise lose every check until the client restarts the server.
  process.on('unhandledRejection', (e) => {
    connection.console.error(`ketluan: lỗi không được xử lý / unhandled error: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
  });
}
