import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { formatSvNumber } from '../../../shared/locale';
import { toA1 } from '../../../shared/grid';
import { rawXlsx } from '../xlsx-adapter/zip-fixtures';
import { assertBuiltCli, runCli } from './run-cli';

interface JsonProblem {
  ruleId: string;
  severity: string;
  sheet: string;
  cell: string;
  message: string;
}
interface JsonFile {
  file: string;
  template: string | null;
  catalogId: string | null;
  edition: string | null;
  problems: JsonProblem[];
  lookedFor?: string[];
  error?: string;
}

let dir = '';

async function save(wb: ExcelJS.Workbook, name: string): Promise<string> {
  if (!dir) throw new Error('no temp dir: beforeAll failed');
  const path = join(dir, name);
  await mkdir(join(path, '..'), { recursive: true });
  await wb.xlsx.writeFile(path);
  return path;
}

function unknownWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Inköpslista');
  ws.addRow(['Vara', 'Antal']);
  ws.addRow(['Kaffe', 3]);
  return wb;
}

const OLE2 = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(2048)]);

beforeAll(async () => {
  // The temp dir first: if the check below fails, later saves must still not land in the checkout.
  dir = await mkdtemp(join(tmpdir(), 'namndstod-cli-'));
  assertBuiltCli();
  await save(unknownWorkbook(), 'okand.xlsx');
  await writeFile(join(dir, 'tom.xlsx'), '');
  await writeFile(join(dir, 'skyddad.xlsx'), OLE2);
  await writeFile(join(dir, 'text.xlsx'), 'inte en arbetsbok\n');
  const good = new Uint8Array(await unknownWorkbook().xlsx.writeBuffer());
  await writeFile(join(dir, 'trasig.xlsx'), good.subarray(0, Math.floor(good.length / 2)));
  // 2,5 kB: one cell on Excel's last row in each of 400 columns (see read-workbook-bad-input).
  const far = Array.from({ length: 400 }, (_, c) => `<c r="${toA1(1_048_575, c)}"><v>${c}</v></c>`).join('');
  await writeFile(join(dir, 'gles.xlsx'), rawXlsx({ sheets: [{ name: 'Glest', xml: `<row r="1048576">${far}</row>` }] }));
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('namndstod validate: exit codes and usage', () => {
  it('exits 0 for a readable workbook with no errors, and says the template is unknown', async () => {
    const run = await runCli(['validate', 'okand.xlsx'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('okand.xlsx');
    expect(run.stdout).toContain('Okänd mall');
    expect(run.stdout).toContain('Letade efter');
    expect(run.stdout).not.toContain('\u001b[');
  });

  it('checks a tiny file whose cells lie a million rows down like any other workbook', async () => {
    const run = await runCli(['validate', 'gles.xlsx', '--format', 'json'], dir);
    expect(run.code).toBe(0);
    const file = (JSON.parse(run.stdout) as { files: JsonFile[] }).files[0]!;
    expect([file.file, file.template, file.problems, file.error]).toEqual(['gles.xlsx', null, [], undefined]);
  });

  it('exits 2 when every file is unreadable, still reporting each reason on one line', async () => {
    const run = await runCli(['validate', 'tom.xlsx', 'text.xlsx', 'skyddad.xlsx', 'trasig.xlsx', 'saknas.xlsx'], dir);
    expect(run.code).toBe(2);
    const lines = run.stdout.split('\n');
    const reasonAfter = (file: string) => lines[lines.indexOf(file) + 1] ?? '';
    expect(reasonAfter('tom.xlsx')).toContain('Filen är tom');
    expect(reasonAfter('text.xlsx')).toContain('inte en Excel-arbetsbok');
    expect(reasonAfter('skyddad.xlsx')).toContain('lösenordsskyddad eller gammalt .xls-format');
    expect(reasonAfter('trasig.xlsx')).toContain('skadad eller ofullständig');
    expect(reasonAfter('saknas.xlsx')).toContain('Filen finns inte');
    expect(run.stdout).toContain('5 filer kunde inte läsas');
  });

  it('exits 1 when some files are unreadable and checks the others', async () => {
    const run = await runCli(['validate', 'tom.xlsx', 'okand.xlsx', '--format', 'json'], dir);
    expect(run.code).toBe(1);
    const files = (JSON.parse(run.stdout) as { files: JsonFile[] }).files;
    expect(files.map((f) => [f.file, f.error !== undefined, f.lookedFor !== undefined])).toEqual([
      ['tom.xlsx', true, false],
      ['okand.xlsx', false, true],
    ]);
  });

  it.each([
    [['validate'], 'Ange minst en fil eller mapp'],
    [['validate', 'okand.xlsx', '--bogus'], 'Okänd flagga --bogus'],
    [['validate', 'okand.xlsx', '--format', 'pdf'], '--format ska vara text, json, html eller xlsx'],
    [['validate', 'okand.xlsx', '--lang', 'de'], '--lang ska vara sv eller en'],
    [['validate', 'okand.xlsx', '--out'], '--out behöver ett filnamn'],
  ])('exits 2 on a usage error: %j', async (args, message) => {
    const run = await runCli(args, dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr).toContain('Användning: namndstod validate');
    expect(run.stdout).toBe('');
  });

  it('explains usage in English with --lang en', async () => {
    const run = await runCli(['validate', '--lang', 'en', '--nope'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Unknown option --nope');
    expect(run.stderr).toContain('Usage: namndstod validate');
  });

  it('prints help and exits 0', async () => {
    const run = await runCli(['validate', '--help'], dir);
    expect([run.code, run.stdout.startsWith('Användning: namndstod validate')]).toEqual([0, true]);
  });
});

describe('namndstod validate: the json report', () => {
  it('has exactly the agreed fields, nulls and lookedFor for an unknown template, error for an unreadable file', async () => {
    const run = await runCli(['validate', 'okand.xlsx', 'skyddad.xlsx', '--format', 'json'], dir);
    const report = JSON.parse(run.stdout) as { files: JsonFile[] };
    expect(Object.keys(report)).toEqual(['files']);
    const [unknown, locked] = report.files;
    expect(unknown).toMatchObject({ file: 'okand.xlsx', template: null, catalogId: null, edition: null, problems: [] });
    expect(unknown!.lookedFor!.length).toBeGreaterThan(0);
    expect(unknown!.lookedFor!.every((k) => typeof k === 'string' && k.length > 0)).toBe(true);
    expect(locked).toMatchObject({ file: 'skyddad.xlsx', template: null, catalogId: null, edition: null, problems: [] });
    expect(locked!.error).toMatch(/^Filen kan inte läsas: den är lösenordsskyddad eller gammalt \.xls-format/);
    expect(locked!.error).not.toContain('\n');
  });

  it('gives the reason in English with --lang en', async () => {
    const run = await runCli(['validate', 'tom.xlsx', 'okand.xlsx', '--format=json', '--lang=en'], dir);
    const files = (JSON.parse(run.stdout) as { files: JsonFile[] }).files;
    expect(files[0]!.error).toBe('The file is empty (0 bytes).');
  });
});

describe('namndstod validate: folders', () => {
  let folder = '';
  beforeAll(async () => {
    folder = join(dir, 'rapporter');
    await save(unknownWorkbook(), 'rapporter/b.xlsx');
    await save(unknownWorkbook(), 'rapporter/a.xlsx');
    await save(unknownWorkbook(), 'rapporter/under/c.xlsx');
    await save(unknownWorkbook(), 'rapporter/.dold/d.xlsx');
    await writeFile(join(folder, '~$a.xlsx'), 'lock file');
    await writeFile(join(folder, 'noter.txt'), 'inte en arbetsbok');
  });

  it('checks every .xlsx recursively in sorted order, skipping lock files, with progress on stderr', async () => {
    const run = await runCli(['validate', 'rapporter', '--format', 'json'], dir);
    expect(run.code).toBe(0);
    const files = (JSON.parse(run.stdout) as { files: JsonFile[] }).files.map((f) => f.file);
    expect(files).toEqual([join('rapporter', 'a.xlsx'), join('rapporter', 'b.xlsx'), join('rapporter', 'under', 'c.xlsx')]);
    expect(run.stderr.trim().split('\n')).toEqual([
      `[1/3] ${join('rapporter', 'a.xlsx')}`,
      `[2/3] ${join('rapporter', 'b.xlsx')}`,
      `[3/3] ${join('rapporter', 'under', 'c.xlsx')}`,
    ]);
  });

  it('exits 2 for a folder without workbooks', async () => {
    await mkdir(join(dir, 'tomt'), { recursive: true });
    const run = await runCli(['validate', 'tomt'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Mappen tomt innehåller inga .xlsx-filer.');
  });

  it('never writes to the files it reads', async () => {
    const inputs = ['rapporter/a.xlsx', 'rapporter/b.xlsx', 'rapporter/under/c.xlsx', 'okand.xlsx', 'tom.xlsx', 'skyddad.xlsx', 'trasig.xlsx'];
    const fingerprint = async () =>
      Promise.all(
        inputs.map(async (f) => {
          const p = join(dir, f);
          const s = await stat(p);
          return [f, createHash('sha256').update(await readFile(p)).digest('hex'), s.mtimeMs, s.size];
        }),
      );
    const before = await fingerprint();
    for (const format of ['text', 'json', 'html']) {
      const run = await runCli(['validate', 'rapporter', 'okand.xlsx', 'tom.xlsx', 'skyddad.xlsx', 'trasig.xlsx', '--format', format], dir);
      expect(run.code).toBe(1);
    }
    expect(await fingerprint()).toEqual(before);
  });
});

describe('namndstod validate --out', () => {
  it('writes the report to the file, refuses to replace it without --force, and never writes over an input', async () => {
    const first = await runCli(['validate', 'okand.xlsx', '--format', 'html', '--out', 'rapport.html'], dir);
    expect(first.code).toBe(0);
    expect(first.stdout).toBe('');
    expect(first.stderr).toContain('Rapporten sparades i rapport.html');
    const html = await readFile(join(dir, 'rapport.html'), 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>/);

    const again = await runCli(['validate', 'okand.xlsx', '--format', 'json', '--out', 'rapport.html'], dir);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('finns redan');
    expect(await readFile(join(dir, 'rapport.html'), 'utf8')).toBe(html);

    const forced = await runCli(['validate', 'okand.xlsx', '--format', 'json', '--out', 'rapport.html', '--force'], dir);
    expect(forced.code).toBe(0);
    expect(JSON.parse(await readFile(join(dir, 'rapport.html'), 'utf8'))).toHaveProperty('files');

    const before = await readFile(join(dir, 'okand.xlsx'));
    const overInput = await runCli(['validate', 'okand.xlsx', '--out', 'okand.xlsx', '--force'], dir);
    expect(overInput.code).toBe(2);
    expect(overInput.stderr).toContain('skrivs aldrig över');
    expect(await readFile(join(dir, 'okand.xlsx'))).toEqual(before);
  });
});

describe('namndstod validate on a real T03 workbook (Uppföljning av investeringsbudget)', () => {
  const injected = '<script>alert(1)</script>';
  const evilName = '<img src=x onerror=alert(1)>.xlsx';
  let avvikelseCell = '';
  let expected = 0;
  let sheetName = '';

  beforeAll(async () => {
    // The T03 writer of the fixture catalogue; its T1 2021 instance has the formula VP − Prognos in column D.
    const { buildInstanceWorkbook } = await import('../../fixtures/xlsx/generate');
    const baseline = buildInstanceWorkbook(7);
    await save(baseline, 't03-original.xlsx');

    const wrong = buildInstanceWorkbook(7);
    const ws = wrong.worksheets[0]!;
    sheetName = ws.name;
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        // ExcelJS types col and row as strings; they are numbers at run time.
        const [row, col] = [Number(cell.row), Number(cell.col)];
        if (avvikelseCell || !cell.formula || col !== 4) return;
        avvikelseCell = cell.address;
        const vp = Number(ws.getCell(row, 3).value);
        const prognos = Number(ws.getCell(row, 5).value);
        expected = vp - prognos;
        cell.value = { formula: cell.formula, result: expected + 2.5 };
      }),
    );
    await save(wrong, 't03-fel-avvikelse.xlsx');

    const evil = buildInstanceWorkbook(7);
    const evilSheet = evil.worksheets[0]!;
    evilSheet.getCell(avvikelseCell.replace('D', 'B')).value = injected;
    await save(evil, evilName);
  });

  it('reports the wrong Avvikelse at its cell with the Swedish message, exit 1', async () => {
    expect(avvikelseCell).toMatch(/^D\d+$/);
    const base = await runCli(['validate', 't03-original.xlsx', '--format', 'json'], dir);
    const run = await runCli(['validate', 't03-fel-avvikelse.xlsx', '--format', 'json'], dir);
    expect(run.code).toBe(1);
    const [file] = (JSON.parse(run.stdout) as { files: JsonFile[] }).files;
    const [original] = (JSON.parse(base.stdout) as { files: JsonFile[] }).files;
    expect(file).toMatchObject({ file: 't03-fel-avvikelse.xlsx', template: 'investeringar', catalogId: 'T03', edition: original!.edition });
    expect(file!.edition).toEqual(expect.any(String));
    const added = file!.problems.filter((p) => !original!.problems.some((o) => JSON.stringify(o) === JSON.stringify(p)));
    expect(added).toEqual([
      {
        ruleId: 'investeringar/avvikelse-equals-vp-minus-prognos',
        severity: 'error',
        sheet: sheetName,
        cell: avvikelseCell,
        message: expect.stringContaining(`Avvikelse ${formatSvNumber(expected + 2.5)} borde vara ${formatSvNumber(expected)}`),
        related: expect.any(Array),
      },
    ]);
  });

  it('prints the problem in the text report grouped under file and sheet, severity as a word', async () => {
    const run = await runCli(['validate', 't03-fel-avvikelse.xlsx'], dir);
    expect(run.code).toBe(1);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('t03-fel-avvikelse.xlsx');
    expect(lines[1]).toMatch(/^ {2}Mall: T03 /);
    const sheetLine = lines.indexOf(`  Blad ${sheetName}`);
    expect(sheetLine).toBeGreaterThan(1);
    const problemLine = lines.find((l) => l.includes(`${avvikelseCell} `) && l.includes('Avvikelse'));
    expect(problemLine).toMatch(/^ {4}✖ Fel\s+D\d+\s+Avvikelse .* \[investeringar\/avvikelse-equals-vp-minus-prognos\]$/);
    expect(lines.indexOf(problemLine!)).toBeGreaterThan(sheetLine);
    expect(run.stdout).toMatch(/Totalt: 1 fil, \d+ fel/);
  });

  it('escapes a planted <script> in the html report, in the message and in the file name', async () => {
    const run = await runCli(['validate', evilName, 't03-fel-avvikelse.xlsx', 'okand.xlsx', 'tom.xlsx', '--format', 'html'], dir);
    expect(run.code).toBe(1);
    const html = run.stdout;
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="sv">/);
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;.xlsx');
    expect(html).toContain('<h1>Kontroll av mallar</h1>');
    expect(html).toContain('✖ Fel');
    expect(html).toContain('Okänd mall');
    expect(html).toContain('Kan inte läsas');
    expect(html).toMatch(/Sammanfattning: \d+ fel/);
    expect(html).not.toMatch(/<link|src="http|<script/);
    const json = await runCli(['validate', evilName, '--format', 'json'], dir);
    const [file] = (JSON.parse(json.stdout) as { files: JsonFile[] }).files;
    expect(file!.problems.some((p) => p.message.includes(injected))).toBe(true);
  });

  it('writes the html report in English with --lang en', async () => {
    const run = await runCli(['validate', 't03-fel-avvikelse.xlsx', '--format', 'html', '--lang', 'en'], dir);
    expect(run.stdout).toContain('<html lang="en">');
    expect(run.stdout).toContain('<h1>Template check</h1>');
    expect(run.stdout).toContain('✖ Error');
  });
});

describe('namndstod validate on a long T01 whose Summa is wrong', () => {
  it('names the rows the Summa adds up as one range, not one address per project', async () => {
    const { buildT01Workbook } = await import('../../fixtures/xlsx/t01-workbook');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from((await buildT01Workbook({ filled: true, slips: false, projects: 80 })).bytes) as never);
    const ws = wb.worksheets[0]!;
    // The first =SUM() of the Summa row: keep the formula, cache a result 1 mnkr too high.
    let summa: ExcelJS.Cell | undefined;
    ws.eachRow((row) => row.eachCell((cell) => (summa ??= typeof cell.formula === 'string' && /^SUM\(/.test(cell.formula) ? cell : undefined)));
    const { formula, result } = summa!.value as ExcelJS.CellFormulaValue;
    summa!.value = { formula, result: Number(result) + 1 };
    await save(wb, 't01-fel-summa.xlsx');
    const [, letters, first, last] = /^SUM\(([A-Z]+)(\d+):[A-Z]+(\d+)\)$/.exec(formula)!;

    const run = await runCli(['validate', 't01-fel-summa.xlsx', '--format', 'json'], dir);
    expect(run.code).toBe(1);
    const [file] = (JSON.parse(run.stdout) as { files: (JsonFile & { problems: (JsonProblem & { related: string[] })[] })[] }).files;
    expect(file!.problems.filter((p) => p.ruleId === 'projekt-over-50-mnkr/summa-equals-sum-of-project-rows')).toEqual([
      expect.objectContaining({ cell: summa!.address, related: [`${letters}${first}:${letters}${last}`] }),
    ]);
  });
});
