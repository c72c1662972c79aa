#!/usr/bin/env node
// ketluan command line. The checker itself is bundled into dist/cli.js by `npm run build`.
'use strict';
const path = require('node:path');
const fs = require('node:fs');
const bundle = path.join(__dirname, '..', 'dist', 'cli.js');
if (!fs.existsSync(bundle)) {
  process.stderr.write('ketluan: chưa build, hãy chạy "npm run build" / not built yet, run "npm run build"\n');
  process.exit(2);
}
require(bundle);
