// Bundles the Node entry points (CLI, benchmarks) to CommonJS. PnPjs ships ESM only, so it is
// bundled in; packages with native code or large CJS trees stay external. fflate is bundled too:
// a bundle that never calls it then leaves it out, where an external fflate was loaded by every
// process that read a workbook (8–11 ms), node:zlib doing the inflating.
import { build } from 'esbuild';
import { mkdirSync, existsSync } from 'node:fs';

const entries = {
  namndstod: 'excel-addin/src/cli/main.ts',
  // One bundle per command, loaded by main.ts when the command is asked for.
  'namndstod-validate': 'excel-addin/src/cli/validate-command.ts',
  'namndstod-fill': 'excel-addin/src/cli/fill-command.ts',
  'namndstod-start': 'excel-addin/src/cli/start-command.ts',
  'namndstod-package': 'excel-addin/src/cli/package-command.ts',
  'namndstod-sharepoint': 'teams-app/src/local-sharepoint/cli.ts',
  'namndstod-provision': 'teams-app/src/provisioning/cli.ts',
  bench: 'test/bench/main.ts',
  'bench-folder-run': 'test/bench/folder-run-child.ts',
  'bench-read-once': 'test/bench/read-once.ts',
  'write-fixtures': 'test/fixtures/xlsx/write-all-entry.ts',
  fuzz: 'test/fuzz/run.ts',
  soak: 'test/soak/main.ts',
};
mkdirSync('dist', { recursive: true });
await build({
  entryPoints: Object.fromEntries(Object.entries(entries).filter(([, p]) => existsSync(p))),
  outdir: 'dist',
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'linked',
  external: ['better-sqlite3', 'exceljs', 'playwright-core', 'fast-check'],
  banner: { js: '#!/usr/bin/env node' },
  logLevel: 'warning',
});
