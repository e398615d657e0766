import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { renderXlsx } from '../../../excel-addin/src/cli/render-xlsx';
import { fixtureFileName, writeInstanceFixture } from '../../fixtures/xlsx/generate';
import { all } from './report-fixtures';
import { assertBuiltCli, runCli } from './run-cli';

async function load(bytes: Uint8Array | string): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  if (typeof bytes === 'string') await wb.xlsx.readFile(bytes);
  else await wb.xlsx.load(Buffer.from(bytes) as never);
  expect(wb.worksheets).toHaveLength(1);
  return wb.worksheets[0]!;
}

function rows(ws: ExcelJS.Worksheet): unknown[][] {
  const out: unknown[][] = [];
  ws.eachRow((row) => out.push((row.values as unknown[]).slice(1)));
  return out;
}

describe('renderXlsx', () => {
  it('writes one row per problem under a bold, filtered, frozen header, in Swedish', async () => {
    const ws = await load(await renderXlsx(all, 'sv'));
    expect(rows(ws)).toEqual([
      ['Fil', 'Blad', 'Cell', 'Kontroll', 'Allvarlighet', 'Meddelande'],
      ['rapport.xlsx', 'Blad1', 'D4', 'investeringar/avvikelse-equals-vp-minus-prognos', 'Fel', 'Avvikelse 9,9 borde vara 0.'],
      ['rapport.xlsx', 'Blad1', 'A1', 'investeringar/title-year', 'Varning', 'Rubriken <b>2020</b>.'],
      ['rapport.xlsx', 'Blad & <2>', 'B7', 'investeringar/avvikelse-equals-vp-minus-prognos', 'Info', 'Notera.'],
      ['lista.xlsx', '', '', '(okänd mall)', 'Info', expect.stringContaining('Okänd mall')],
      ['trasig "fil".xlsx', '', '', '(kan inte läsas)', 'Fel', 'Filen är skadad eller ofullständig (zip).'],
    ]);
    expect(ws.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(ws.getRow(2).getCell(1).font?.bold).toBeFalsy();
    expect(ws.autoFilter).toBe('A1:F6');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  it('speaks English with lang en', async () => {
    const ws = await load(await renderXlsx(all, 'en'));
    expect(rows(ws)[0]).toEqual(['File', 'Sheet', 'Cell', 'Check', 'Severity', 'Message']);
    expect(rows(ws)[1]).toEqual(['rapport.xlsx', 'Blad1', 'D4', 'investeringar/avvikelse-equals-vp-minus-prognos', 'Error', 'Avvikelse 9.9 should be 0.']);
  });
});

describe('namndstod validate --format xlsx', () => {
  let dir = '';
  beforeAll(async () => {
    assertBuiltCli();
    dir = await mkdtemp(join(tmpdir(), 'namndstod-xlsx-report-'));
    await writeInstanceFixture(37, dir);
    await writeInstanceFixture(34, dir);
  });
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('saves the report workbook to --out, one row per problem, read back here', async () => {
    const run = await runCli(['validate', fixtureFileName(37), fixtureFileName(34), '--format', 'xlsx', '--out', 'rapport.xlsx'], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('Rapporten sparades i rapport.xlsx');
    const ws = await load(join(dir, 'rapport.xlsx'));
    const body = rows(ws).slice(1);
    expect(body.filter((r) => r[0] === fixtureFileName(37)).map((r) => [r[2], r[3], r[4]])).toEqual([
      ['H5', 'kaa-tabeller/shares-match-counts', 'Fel'],
      ['F6', 'kaa-tabeller/shares-match-counts', 'Fel'],
      ['J11', 'kaa-tabeller/shares-match-counts', 'Fel'],
    ]);
    // T1 2020: eight "O kr" among the problems, each on its own row.
    expect(body.filter((r) => r[0] === fixtureFileName(34) && r[3] === 'projektbilaga/medfinansiering-is-an-amount')).toHaveLength(8);
    expect(ws.autoFilter).toBe(`A1:F${body.length + 1}`);
  });

  it('needs --out', async () => {
    const run = await runCli(['validate', fixtureFileName(37), '--format', 'xlsx'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--format xlsx kräver --out');
  });
});
