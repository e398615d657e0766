import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HEADER_ROW } from '../../fixtures/xlsx/projektbilaga';
import { instanceAt, writeInstanceFixture } from '../../fixtures/xlsx/generate';
import { assertBuiltCli, runCli } from './run-cli';

interface JsonProblem {
  ruleId: string;
  sheet: string;
  cell: string;
  message: string;
  partner?: { file: string; sheet: string; cell: string };
}
interface JsonFile {
  file: string;
  template: string | null;
  problems: JsonProblem[];
}

const RULE = 'projektbilaga/figures-match-previous-edition';
/** The T1 2020 list (instance 34) beside VB 2019 (instance 33): SY-Vux's figures changed. */
const syVux = HEADER_ROW + 2 + instanceAt(34).rows.findIndex((r) => r[1] === 'SY-Vux');

let dir = '';
let folder = '';
let alone = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'namndstod-cli-cross-'));
  assertBuiltCli();
  folder = join(dir, 'projektbilagor');
  alone = join(dir, 'ensam');
  await mkdir(alone);
  await writeInstanceFixture(33, folder);
  await writeInstanceFixture(34, folder);
  await writeInstanceFixture(34, alone);
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

const crossOf = (f: JsonFile | undefined) => (f?.problems ?? []).filter((p) => p.ruleId === RULE);

describe('namndstod validate across documents', () => {
  it('pairs the files of a folder: the T1 2020 list is held to VB 2019, the problem on its own cell naming the other file', async () => {
    const run = await runCli(['validate', folder, '--format', 'json'], dir);
    expect(run.code).toBe(1);
    const files = (JSON.parse(run.stdout) as { files: JsonFile[] }).files;
    const t1 = files.find((f) => f.file.endsWith('34-projektbilaga.xlsx'));
    const vb = files.find((f) => f.file.endsWith('33-projektbilaga.xlsx'));
    expect(crossOf(vb)).toEqual([]);
    expect(crossOf(t1).map((p) => [p.cell, p.partner?.cell])).toEqual([
      [`C${syVux}`, 'C7'],
      [`D${syVux}`, 'D7'],
      [`E${syVux}`, 'E7'],
      [`D${syVux + 1}`, 'D8'],
    ]);
    for (const p of crossOf(t1)) {
      expect(p.partner?.file).toBe(join(folder, '33-projektbilaga.xlsx'));
      expect(p.message).toContain(`${join(folder, '33-projektbilaga.xlsx')} (Blad1!${p.partner!.cell})`);
    }
  });

  it('a file on its own has no cross-document problem', async () => {
    const run = await runCli(['validate', join(alone, '34-projektbilaga.xlsx'), '--format', 'json'], dir);
    const [t1] = (JSON.parse(run.stdout) as { files: JsonFile[] }).files;
    expect(t1?.template).toBe('projektbilaga');
    expect(t1?.problems.filter((p) => p.partner)).toEqual([]);
  });

  it('--with brings a partner into the run without reporting on it', async () => {
    const partner = join(folder, '33-projektbilaga.xlsx');
    const run = await runCli(['validate', join(alone, '34-projektbilaga.xlsx'), '--with', partner, '--format', 'json', '--lang', 'en'], dir);
    expect(run.code).toBe(1);
    const files = (JSON.parse(run.stdout) as { files: JsonFile[] }).files;
    expect(files.map((f) => f.file)).toEqual([join(alone, '34-projektbilaga.xlsx')]);
    expect(crossOf(files[0]).map((p) => p.cell)).toEqual([`C${syVux}`, `D${syVux}`, `E${syVux}`, `D${syVux + 1}`]);
    expect(crossOf(files[0])[0]!.message).toContain(`in ${partner} (Blad1!C7)`);
  });

  it('names the partner in the text report too', async () => {
    const run = await runCli(['validate', join(alone, '34-projektbilaga.xlsx'), '--with', join(folder, '33-projektbilaga.xlsx')], dir);
    expect(run.stdout).toContain(`i ${join(folder, '33-projektbilaga.xlsx')} (Blad1!C7)`);
    expect(run.stdout).toContain(`[${RULE}]`);
  });

  it('a --with file that cannot be read is said so, and the rest is still checked', async () => {
    const missing = join(dir, 'finns-inte.xlsx');
    const run = await runCli(['validate', join(alone, '34-projektbilaga.xlsx'), '--with', missing, '--format', 'json'], dir);
    expect(run.stderr).toContain(`--with ${missing} kunde inte läsas`);
    const files = (JSON.parse(run.stdout) as { files: JsonFile[] }).files;
    expect(files.map((f) => f.template)).toEqual(['projektbilaga']);
    expect(run.code).toBe(1);
  });

  it('refuses --with without a file', async () => {
    const run = await runCli(['validate', alone, '--with'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--with behöver en fil eller mapp.');
  });
});
