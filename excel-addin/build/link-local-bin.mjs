// Makes `npx namndstod …` run the checkout's own CLI after `npm install`. npm never links the root
// package's bin into node_modules/.bin, and when the root package.json declares that bin, npx
// (npm ≥ 9) installs the checkout into its own cache instead — re-running `prepare` (a full build)
// and leaving a broken cache entry when interrupted. So the root declares no bin and this step
// writes the shims npx looks for in node_modules/.bin.
import { chmodSync, lstatSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const MARK = 'namndstod-local-bin';
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const binDir = join(root, 'node_modules', '.bin');

const shims = {
  namndstod: `#!/usr/bin/env node
// ${MARK}: written by excel-addin/build/link-local-bin.mjs
'use strict';
const cli = require('node:path').join(__dirname, '..', '..', 'dist', 'namndstod.cjs');
if (!require('node:fs').existsSync(cli)) {
  process.stderr.write('namndstod: ' + cli + ' is missing; run "npm run build" first\\n');
  process.exit(2);
}
require(cli);
`,
  'namndstod.cmd': `@rem ${MARK}: written by excel-addin/build/link-local-bin.mjs\r\n@node "%~dp0\\namndstod" %*\r\n`,
};

function lstatOrNull(path) {
  try {
    return lstatSync(path);
  } catch {
    return null;
  }
}

mkdirSync(binDir, { recursive: true });
for (const [name, text] of Object.entries(shims)) {
  const path = join(binDir, name);
  // A namndstod bin that some package (or a person) put there is not ours to replace.
  const existing = lstatOrNull(path);
  if (existing && (!existing.isFile() || !readFileSync(path, 'utf8').includes(MARK))) {
    process.stderr.write(`link-local-bin: ${path} exists and was not written by this script; left as it is\n`);
    continue;
  }
  writeFileSync(path, text);
  chmodSync(path, 0o755);
}
