import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildT01Workbook } from '../../fixtures/xlsx/t01-workbook';
import { assertBuiltCli, runCli } from './run-cli';

// What the CLI process does as it starts, in order, written to stderr as it exits: every module
// it loads, by resolved path (a person running `namndstod validate` once waits for each of them),
// and each request for V8's compile cache. module.enableCompileCache is Node 22's; a stand-in
// logs the request on the Node 20 that runs the tests (and in place of the real one on Node 22).
const START_LOG = `
const Module = require('node:module');
const load = Module._load;
const events = [];
Module.enableCompileCache = () => { events.push('enableCompileCache'); return { status: 1 }; };
Module._load = function (request, parent, isMain) {
  try { events.push(Module._resolveFilename(request, parent, isMain).replaceAll('\\\\', '/')); } catch {}
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
  hook = join(dir, 'start-log.cjs');
  workbook = join(dir, 't01.xlsx');
  await writeFile(hook, START_LOG);
  await writeFile(workbook, (await buildT01Workbook({ filled: true, projects: 20 })).bytes);
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function eventsOf(args: readonly string[]): Promise<string[]> {
  const run = await runCli(args, dir, {}, ['-r', hook]);
  expect([0, 1]).toContain(run.code);
  const line = run.stderr.split('\n').find((l) => l.startsWith('EVENTS '));
  if (!line) throw new Error(`no start log: ${run.stderr}`);
  return JSON.parse(line.slice('EVENTS '.length)) as string[];
}

const named = (events: readonly string[], part: string) => events.some((e) => e.includes(part));

describe('each CLI command loads its own bundle and nothing it does not use', () => {
  it('validate loads the validate bundle, not the other commands, the database driver or the packers', async () => {
    const loaded = await eventsOf(['validate', workbook, '--format', 'json']);
    expect(named(loaded, 'dist/namndstod-validate.cjs')).toBe(true);
    for (const other of ['namndstod-start', 'namndstod-fill', 'namndstod-package', 'namndstod-sharepoint', 'namndstod-provision']) {
      expect(named(loaded, other)).toBe(false);
    }
    for (const pkg of ['node_modules/better-sqlite3', 'node_modules/exceljs', 'node_modules/fflate']) expect(named(loaded, pkg)).toBe(false);
  });

  it('validate loads ExcelJS when, and only when, the report is a workbook (the log sees packages)', async () => {
    const loaded = await eventsOf(['validate', workbook, '--format', 'xlsx', '--out', join(dir, 'report.xlsx')]);
    expect(named(loaded, 'node_modules/exceljs')).toBe(true);
  });

  it('fill loads the fill bundle and not the validate one', async () => {
    const loaded = await eventsOf(['fill', workbook, '--out', join(dir, 'filled.xlsx')]);
    expect(named(loaded, 'dist/namndstod-fill.cjs')).toBe(true);
    expect(named(loaded, 'namndstod-validate')).toBe(false);
  });
});

describe('the compile cache', () => {
  it('is asked for (where Node has it) before the command bundle loads, so the bundle is cached', async () => {
    const events = (await eventsOf(['validate', workbook, '--format', 'json'])).filter((e) => e === 'enableCompileCache' || /\/namndstod(-[a-z]+)?\.cjs$/.test(e));
    expect(events.map((e) => e.replace(/^.*\//, ''))).toEqual(['namndstod.cjs', 'enableCompileCache', 'namndstod-validate.cjs']);
  });

  it('is left alone where Node has none (Node 20): the command still runs', async () => {
    const noCache = join(dir, 'no-cache.cjs');
    await writeFile(noCache, "delete require('node:module').enableCompileCache;\n");
    const run = await runCli(['validate', workbook, '--format', 'json'], dir, {}, ['-r', noCache]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).files[0].template).toBe('projekt-over-50-mnkr');
  });
});
