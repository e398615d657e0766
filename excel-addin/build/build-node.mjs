// Bundles the Node entry points (CLI, benchmarks) to CommonJS. PnPjs ships ESM only, so it is
// bundled in; packages with native code or large CJS trees stay external.
import { build } from 'esbuild';
import { mkdirSync, existsSync } from 'node:fs';

const entries = {
  namndstod: 'excel-addin/src/cli/main.ts',
  bench: 'test/bench/main.ts',
  'bench-folder-run': 'test/bench/folder-run-child.ts',
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
  external: ['better-sqlite3', 'exceljs', 'fflate', 'playwright-core', 'fast-check'],
  banner: { js: '#!/usr/bin/env node' },
  logLevel: 'warning',
});
