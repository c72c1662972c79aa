#!/usr/bin/env node
// The ketluan language server for any editor that speaks LSP: `ketluan-language-server --stdio`.
// Without a transport option it talks over standard input/output.
'use strict';
const path = require('node:path');
const fs = require('node:fs');
const bundle = path.join(__dirname, '..', 'dist', 'server.js');
if (!fs.existsSync(bundle)) {
  process.stderr.write('ketluan: chưa build, hãy chạy "npm run build" / not built yet, run "npm run build"\n');
  process.exit(2);
}
const transports = ['--stdio', '--node-ipc', '--socket', '--pipe'];
const given = process.argv.slice(2).some((a) => transports.some((t) => a === t || a.startsWith(t + '=')));
if (!given) process.argv.push('--stdio');
require(bundle);
