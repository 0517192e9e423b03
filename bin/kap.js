#!/usr/bin/env node
// The compiled CLI lives in dist/ (built by `npm install` through the prepare script).
'use strict';
let main;
try {
  ({ main } = require('../dist/node/cli/main.js'));
} catch (error) {
  if (error && error.code === 'MODULE_NOT_FOUND') {
    process.stderr.write(
      'kap is not built yet: run `npm install` (or `npm run build:cli`) in the project folder.\n',
    );
    process.exit(2);
  }
  throw error;
}
main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  env: process.env,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    // Not the user's fault: a distinct exit code (3) keeps it apart from the spec's 0/1/2.
    process.stderr.write(`kap: internal error: ${error && error.stack ? error.stack : error}\n`);
    process.exitCode = 3;
  },
);
