#!/usr/bin/env node
// The `airoadmap` command: loads the bundled command line (built by `npm run build`).
try {
  require.resolve('../dist/cli.js');
} catch {
  process.stderr.write('airoadmap: dist/cli.js is missing; run `npm run build` first.\n');
  process.exit(2);
}
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS launcher
require('../dist/cli.js');
