import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildT01Workbook } from '../../fixtures/xlsx/t01-workbook';
import { assertBuiltCli, runCli } from './run-cli';

// Every module the CLI process loads, by resolved path, written to stderr as it exits: a person
// running `namndstod validate` once waits for all of them to load.
const LOAD_LOG = `
const Module = require('node:module');
const load = Module._load;
const loaded = new Set();
Module._load = function (request, parent, isMain) {
  try { loaded.add(Module._resolveFilename(request, parent, isMain)); } catch {}
  return load.apply(this, arguments);
};
process.on('exit', () => process.stderr.write('LOADED ' + JSON.stringify([...loaded]) + '\\n'));
`;

// Stands in for Node 22's module.enableCompileCache on the Node 20 that runs the tests: logs the
// call and the command bundles loaded, in order.
const CACHE_LOG = `
const Module = require('node:module');
const load = Module._load;
const events = [];
Module.enableCompileCache = () => { events.push('enableCompileCache'); return { status: 1 }; };
Module._load = function (request) {
  if (/namndstod-[a-z]+\\.cjs$/.test(request)) events.push(request.replace(/^.*[\\\\/]/, ''));
  return load.apply(this, arguments);
};
process.on('exit', () => process.stderr.write('EVENTS ' + JSON.stringify(events) + '\\n'));
`;

let dir = '';
let hook = '';
let workbook = '';
beforeAll(async () => {
  assertBuiltCli();
  dir = await mkdtemp(join(tmpdir(), 'namndstod-bundles-'));
  hook = join(dir, 'load-log.cjs');
  workbook = join(dir, 't01.xlsx');
  await writeFile(hook, LOAD_LOG);
  await writeFile(join(dir, 'cache-log.cjs'), CACHE_LOG);
  await writeFile(workbook, (await buildT01Workbook({ filled: true, projects: 20 })).bytes);
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function loadedBy(args: readonly string[]): Promise<string[]> {
  const run = await runCli(args, dir, {}, ['-r', hook]);
  expect([0, 1]).toContain(run.code);
  const line = run.stderr.split('\n').find((l) => l.startsWith('LOADED '));
  if (!line) throw new Error(`no load log: ${run.stderr}`);
  return (JSON.parse(line.slice('LOADED '.length)) as string[]).map((p) => p.replaceAll('\\', '/'));
}

const named = (paths: readonly string[], part: string) => paths.some((p) => p.includes(part));

describe('each CLI command loads its own bundle and nothing it does not use', () => {
  it('validate loads the validate bundle, not the other commands, the database driver or the packers', async () => {
    const loaded = await loadedBy(['validate', workbook, '--format', 'json']);
    expect(named(loaded, 'dist/namndstod-validate.cjs')).toBe(true);
    for (const other of ['namndstod-start', 'namndstod-fill', 'namndstod-package', 'namndstod-sharepoint', 'namndstod-provision']) {
      expect(named(loaded, other)).toBe(false);
    }
    for (const pkg of ['node_modules/better-sqlite3', 'node_modules/exceljs', 'node_modules/fflate']) expect(named(loaded, pkg)).toBe(false);
  });

  it('validate loads ExcelJS when, and only when, the report is a workbook (the log sees packages)', async () => {
    const loaded = await loadedBy(['validate', workbook, '--format', 'xlsx', '--out', join(dir, 'report.xlsx')]);
    expect(named(loaded, 'node_modules/exceljs')).toBe(true);
  });

  it('fill loads the fill bundle and not the validate one', async () => {
    const loaded = await loadedBy(['fill', workbook, '--out', join(dir, 'filled.xlsx')]);
    expect(named(loaded, 'dist/namndstod-fill.cjs')).toBe(true);
    expect(named(loaded, 'namndstod-validate')).toBe(false);
  });
});

describe('the compile cache', () => {
  it('is asked for (where Node has it) before the command bundle loads, so the bundle is cached', async () => {
    const run = await runCli(['validate', workbook, '--format', 'json'], dir, {}, ['-r', join(dir, 'cache-log.cjs')]);
    expect(run.code).toBe(0);
    const line = run.stderr.split('\n').find((l) => l.startsWith('EVENTS '));
    expect(JSON.parse(line!.slice('EVENTS '.length))).toEqual(['enableCompileCache', 'namndstod-validate.cjs']);
  });

  it('is left alone where Node has none (Node 20): the command still runs', async () => {
    const noCache = join(dir, 'no-cache.cjs');
    await writeFile(noCache, "delete require('node:module').enableCompileCache;\n");
    const run = await runCli(['validate', workbook, '--format', 'json'], dir, {}, ['-r', noCache]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).files[0].template).toBe('projekt-over-50-mnkr');
  });
});
