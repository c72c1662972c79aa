import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';
import { nodeHost } from './node-host';

const connection = startServer(createConnection(ProposedFeatures.all), nodeHost(__dirname));
// A promise that fails somewhere in a handler is logged, not allowed to end the process (Node's default):
// the editor would otherwise lose every check until the client restarts the server.
process.on('unhandledRejection', (e) => {
  connection.console.error(`ketluan: lỗi không được xử lý / unhandled error: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
});
