// The language server in a web worker (VS Code for the Web): the same server over the worker's messages.
import { createConnection, BrowserMessageReader, BrowserMessageWriter } from 'vscode-languageserver/browser';
import { startServer } from './server';
import { browserHost } from './browser-host';

// The worker's global scope (the project compiles without the DOM typings).
declare const self: ConstructorParameters<typeof BrowserMessageReader>[0];
const connection = createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self));
startServer(connection, browserHost());
