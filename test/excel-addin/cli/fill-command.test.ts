import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Workbook } from '../../../shared/grid';
import { readWorkbook } from '../../../excel-addin/src/xlsx-adapter/read-workbook';
import { listEntries, readEntry } from '../../../excel-addin/src/xlsx-adapter/zip-rewrite';
import { buildInstanceWorkbook, fixtureFileName, instanceAt, writeInstanceFixture, writtenInstances } from '../../fixtures/xlsx/generate';
import { assertBuiltCli, type CliRun, runCli } from './run-cli';

interface JsonEdit {
  sheet: string;
  cell: string;
  old: string;
  new: string;
  formula?: string;
  reason: string;
  source: Record<string, string>;
  fillId: string;
}
interface JsonFill {
  file: string;
  out: string;
  written: boolean;
  fixes: JsonEdit[];
  suggestions: { applied: JsonEdit[]; pending: JsonEdit[] };
  conflicts: unknown[];
  refused: unknown[];
  remaining: { problems: { ruleId: string; cell: string; severity: string }[] };
}

let dir = '';

async function fill(args: readonly string[]): Promise<CliRun & { json?: JsonFill }> {
  const run = await runCli(['fill', ...args], dir);
  const json = args.includes('json') && run.stdout ? (JSON.parse(run.stdout) as JsonFill) : undefined;
  return { ...run, json };
}

/** Every non-empty cell: value, formula and number format, keyed 'Sheet!A1'. */
function grid(workbook: Workbook): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const s of workbook.sheets) for (const { row, col, cell } of s.cells()) out.set(`${s.name}!${col},${row}`, { value: cell.value, formula: cell.formula, numFmt: cell.numFmt });
  return out;
}

function a1Key(sheet: string, a1: string): string {
  const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
  let col = 0;
  for (const ch of m[1]!) col = col * 26 + ch.charCodeAt(0) - 64;
  return `${sheet}!${col - 1},${Number(m[2]) - 1}`;
}

/** The cells whose value or formula differ (the number format is compared for the rest too). */
function changedCells(before: Workbook, after: Workbook): Set<string> {
  const a = grid(before);
  const b = grid(after);
  const out = new Set<string>();
  for (const key of new Set([...a.keys(), ...b.keys()])) {
    const x = a.get(key) as { value: unknown; formula: unknown } | undefined;
    const y = b.get(key) as { value: unknown; formula: unknown } | undefined;
    if (JSON.stringify([x?.value ?? { kind: 'empty' }, x?.formula]) !== JSON.stringify([y?.value ?? { kind: 'empty' }, y?.formula])) out.add(key);
  }
  return out;
}

function isTypedConstant(workbook: Workbook, key: string): boolean {
  const cell = grid(workbook).get(key) as { value: { kind: string; value?: unknown }; formula?: string } | undefined;
  return !!cell && cell.formula === undefined && !(cell.value.kind === 'empty' || (cell.value.kind === 'text' && String(cell.value.value).trim() === ''));
}

/**
 * The parts of two .xlsx files compared: every part byte for byte, except the workbook part (which
 * asks Excel to recalculate) and the sheet parts, which must be equal once the touched `<c>`
 * elements, row spans, the dimension and rows left empty are taken out of both.
 */
async function expectOnlyTouchedCellsRewritten(inputPath: string, outputPath: string, touched: readonly string[]): Promise<void> {
  const a = new Uint8Array(await readFile(inputPath));
  const b = new Uint8Array(await readFile(outputPath));
  const partsA = new Map(listEntries(a).map((e) => [e.name, readEntry(a, e)]));
  const partsB = new Map(listEntries(b).map((e) => [e.name, readEntry(b, e)]));
  expect([...partsB.keys()].sort()).toEqual([...partsA.keys()].filter((n) => n !== 'xl/calcChain.xml').sort());
  const text = (u: Uint8Array) => new TextDecoder().decode(u);
  const cells = [...new Set(touched)];
  const normalise = (xml: string) => {
    let out = xml;
    for (const c of cells) out = out.replace(new RegExp(`<c r="${c}"(?:\\s[^>]*?)?(?:/>|>[\\s\\S]*?</c>)`, 'g'), '');
    return out
      .replace(/\sspans="[^"]*"/g, '')
      .replace(/<dimension [^>]*\/>/, '')
      .replace(/<row [^>]*?(?:\/>|>\s*<\/row>)/g, '')
      .replace(/\sfullCalcOnLoad="1"/, '')
      .replace(/<calcPr\s*\/>/, '');
  };
  for (const [name, bytes] of partsB) {
    const before = partsA.get(name)!;
    if (Buffer.compare(Buffer.from(bytes), Buffer.from(before)) === 0) continue;
    const rewritable = /^xl\/worksheets\/sheet\d+\.xml$/.test(name) || name === 'xl/workbook.xml' || name === '[Content_Types].xml' || name === 'xl/_rels/workbook.xml.rels';
    expect({ name, rewritable }).toEqual({ name, rewritable: true });
    expect({ name, xml: normalise(text(bytes)) }).toEqual({ name, xml: normalise(text(before)) });
  }
}

async function sha(path: string): Promise<string> {
  return createHash('sha256').update(await readFile(path)).digest('hex');
}

beforeAll(async () => {
  assertBuiltCli();
  dir = await mkdtemp(join(tmpdir(), 'namndstod-fill-'));
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Runs `tasks` two at a time: the machine has two cores and each is a node process. */
async function pool<T>(tasks: readonly (() => Promise<T>)[]): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await tasks[i]!();
    }
  };
  await Promise.all([worker(), worker(), worker()]);
  return results;
}

describe('namndstod fill on every filled-in fixture', () => {
  const filled = writtenInstances().filter((i) => instanceAt(i).filled === true);
  const runs = new Map<number, { plain: CliRun & { json?: JsonFill }; yes?: CliRun & { json?: JsonFill }; input: string }>();

  beforeAll(async () => {
    const inputs = await Promise.all(filled.map((i) => writeInstanceFixture(i, dir)));
    const plain = await pool(filled.map((i) => () => fill([fixtureFileName(i), '--out', `plain-${fixtureFileName(i)}`, '--format', 'json'])));
    const needYes = filled.filter((_, k) => (plain[k]!.json?.suggestions.pending.length ?? 0) > 0);
    const yes = await pool(needYes.map((i) => () => fill([fixtureFileName(i), '--out', `yes-${fixtureFileName(i)}`, '--format', 'json', '--yes'])));
    filled.forEach((i, k) => runs.set(i, { plain: plain[k]!, input: inputs[k]!, ...(needYes.includes(i) ? { yes: yes[needYes.indexOf(i)] } : {}) }));
  }, 120_000);

  it('covers the filled-in fixtures, some with fixes and some with suggestions to prove both paths', () => {
    expect(filled.length).toBeGreaterThanOrEqual(10);
    const all = [...runs.values()];
    expect(all.some((r) => (r.plain.json?.fixes.length ?? 0) > 0)).toBe(true);
    expect(all.some((r) => r.yes !== undefined)).toBe(true);
  });

  it.each(filled)('instance %i: only fix cells change without --yes, fix and suggestion cells with it; the rest survives', async (index) => {
    const r = runs.get(index)!;
    expect(r.plain.stderr).toContain('Sparade');
    expect([0, 1]).toContain(r.plain.code);
    const json = r.plain.json!;
    expect(json.written).toBe(true);
    const input = await readWorkbook(r.input);
    const output = await readWorkbook(join(dir, `plain-${fixtureFileName(index)}`));
    const fixKeys = json.fixes.map((e) => a1Key(e.sheet, e.cell));
    expect([...changedCells(input, output)].sort()).toEqual([...fixKeys].sort());
    // The engine's promise, checked on the files: no fix replaced what a person typed.
    expect(fixKeys.filter((k) => isTypedConstant(input, k))).toEqual([]);
    expect(output.sheets.map((s) => [s.name, s.merges])).toEqual(input.sheets.map((s) => [s.name, s.merges]));
    await expectOnlyTouchedCellsRewritten(r.input, join(dir, `plain-${fixtureFileName(index)}`), json.fixes.map((e) => e.cell));

    if (r.yes) {
      const yes = r.yes.json!;
      const after = await readWorkbook(join(dir, `yes-${fixtureFileName(index)}`));
      const keys = [...yes.fixes, ...yes.suggestions.applied].map((e) => a1Key(e.sheet, e.cell));
      expect(yes.suggestions.applied.length).toBeGreaterThan(0);
      expect(yes.suggestions.pending).toEqual([]);
      expect([...changedCells(input, after)].sort()).toEqual([...keys].sort());
      expect(yes.suggestions.applied.every((e) => isTypedConstant(input, a1Key(e.sheet, e.cell)))).toBe(true);
      await expectOnlyTouchedCellsRewritten(r.input, join(dir, `yes-${fixtureFileName(index)}`), keys.length ? [...yes.fixes, ...yes.suggestions.applied].map((e) => e.cell) : []);
    }
  });

  it('KAA 2019: the three shares printed one per cent low are suggested, and written only with --yes', async () => {
    const r = runs.get(37)!;
    expect(r.plain.code).toBe(1);
    expect(r.plain.json!.suggestions.pending.map((e) => [e.cell, e.old, e.new, e.formula])).toEqual([
      ['H5', '23%', '24%', '=G5/C5'],
      ['F6', '44%', '45%', '=E6/C6'],
      ['J11', '67%', '68%', '=I11/C11'],
    ]);
    expect(r.plain.json!.remaining.problems.filter((p) => p.ruleId === 'kaa-tabeller/shares-match-counts').map((p) => p.cell)).toEqual(['H5', 'F6', 'J11']);
    expect(r.yes!.code).toBe(0);
    expect(r.yes!.json!.remaining.problems).toEqual([]);
  });

  it('the survey: the blank % column is filled (fixes) and keeps its percent format', async () => {
    const r = runs.get(39)!;
    const json = r.plain.json!;
    expect(json.fixes.filter((e) => e.fillId === 'kaa-tabeller/shares')).toHaveLength(19);
    expect(json.fixes[0]).toMatchObject({ sheet: 'Blad1', cell: 'C5', old: '(tom)', formula: '=B5/B23', source: { kind: 'computed', fillId: 'kaa-tabeller/shares' } });
    const output = await readWorkbook(join(dir, `plain-${fixtureFileName(39)}`));
    expect(output.sheet('Blad1')!.at('C5')).toMatchObject({ value: { kind: 'number', value: 74 / 262 }, formula: 'B5/B23', numFmt: '0.0%' });
  });
});

describe('namndstod fill with sources', () => {
  it('--from: Utfall 2019 of T1 2020 comes from the VB 2019 workbook, with file and cell as its source', async () => {
    const wb = buildInstanceWorkbook(6);
    wb.worksheets[0]!.getCell('B4').value = null;
    await wb.xlsx.writeFile(join(dir, 't1-2020-utan-utfall.xlsx'));
    await writeInstanceFixture(9, dir);
    const run = await fill(['t1-2020-utan-utfall.xlsx', '--out', 't1-2020-ifylld.xlsx', '--from', fixtureFileName(9), '--format', 'json']);
    expect(run.code).toBe(0);
    expect(run.json!.fixes.map((e) => [e.cell, e.new, e.source])).toEqual([
      ['B4', '2,7', { kind: 'previous-workbook', file: fixtureFileName(9), sheet: 'Blad1', cell: 'E8' }],
    ]);
    const out = await readWorkbook(join(dir, 't1-2020-ifylld.xlsx'));
    expect(out.sheets[0]!.at('B4').value).toEqual({ kind: 'number', value: 2.7 });
  });

  it('--projects: a missing ongoing project gets a row (fixes), differing amounts are suggested; text log keeps them apart', async () => {
    await writeInstanceFixture(36, dir);
    const projects = [
      { externalId: 'PRJ-1', title: 'Utvecklat stöd för unga', budgetSek: 24_250_660, cofinancingSek: 12_852_850, startDate: '2021-02-01', endDate: '2023-04-30', department: ['Utveckling- och utredningsstaben'], financingCategory: 'ESF', role: 'Projektägare', status: 'Pågående' },
      { externalId: 'PRJ-77', title: 'Ny satsning 2022', budgetSek: 2_500_000, cofinancingSek: 0, startDate: '2022-01-01', endDate: '2022-12-31', department: ['Jobbtorg Stockholm'], financingCategory: 'Länsstyrelsen', role: 'Projektägare', status: 'Pågående' },
    ];
    await writeFile(join(dir, 'projekt.json'), JSON.stringify(projects));
    const text = await fill([fixtureFileName(36), '--out', 'vp-ifylld.xlsx', '--projects', 'projekt.json']);
    expect(text.code).toBe(1);
    const fixesAt = text.stdout.indexOf('Rättelser');
    const suggestionsAt = text.stdout.indexOf('Förslag, skrivs INTE utan --yes');
    expect(fixesAt).toBeGreaterThanOrEqual(0);
    expect(suggestionsAt).toBeGreaterThan(fixesAt);
    const fixBlock = text.stdout.slice(fixesAt, suggestionsAt);
    expect(fixBlock).toContain('Blad1!B27: (tom) → "Ny satsning 2022"');
    expect(fixBlock).toContain('Källa: listan Projects, post PRJ-77, fält Title');
    expect(text.stdout.slice(suggestionsAt)).toContain('Blad1!C7: "24,2 miljoner kr" → "24 250 660 kr"');
    const out = await readWorkbook(join(dir, 'vp-ifylld.xlsx'));
    expect(out.sheets[0]!.at('B27').value).toEqual({ kind: 'text', value: 'Ny satsning 2022' });
    expect(out.sheets[0]!.at('C7').value).toEqual({ kind: 'text', value: '24,2 miljoner kr' });
  });
});

describe('namndstod fill on the template’s own formulas', () => {
  it('recomputes a stale Avvikelse formula in place (a fix), rewriting that cell only', async () => {
    const wb = buildInstanceWorkbook(7);
    wb.worksheets[0]!.getCell('E4').value = 3.5;
    await wb.xlsx.writeFile(join(dir, 't1-2021-ny-prognos.xlsx'));
    const run = await fill(['t1-2021-ny-prognos.xlsx', '--out', 't1-2021-omraknad.xlsx', '--format', 'json']);
    expect(run.code).toBe(0);
    expect(run.json!.fixes.map((e) => [e.cell, e.old, e.new, e.formula])).toEqual([['D4', '0 (=C4-E4)', '0,5', '=C4-E4']]);
    await expectOnlyTouchedCellsRewritten(join(dir, 't1-2021-ny-prognos.xlsx'), join(dir, 't1-2021-omraknad.xlsx'), ['D4']);
    const out = await readWorkbook(join(dir, 't1-2021-omraknad.xlsx'));
    expect(out.sheets[0]!.at('D4')).toMatchObject({ value: { kind: 'number', value: 0.5 }, formula: 'C4-E4', numFmt: '0.0' });
  });
});

describe('namndstod fill: refusals and If-Match', () => {
  beforeAll(async () => {
    await writeInstanceFixture(37, dir);
  });

  it('never writes over an input, nor an existing file without --force', async () => {
    const input = fixtureFileName(37);
    const before = await sha(join(dir, input));
    const over = await fill([input, '--out', input, '--force']);
    expect(over.code).toBe(2);
    expect(over.stderr).toContain('aldrig över indata');
    await writeFile(join(dir, 'finns.xlsx'), 'upptagen');
    const exists = await fill([input, '--out', 'finns.xlsx']);
    expect(exists.code).toBe(2);
    expect(exists.stderr).toContain('finns redan');
    expect(await readFile(join(dir, 'finns.xlsx'), 'utf8')).toBe('upptagen');
    const forced = await fill([input, '--out', 'finns.xlsx', '--force', '--yes']);
    expect(forced.code).toBe(0);
    expect((await readWorkbook(join(dir, 'finns.xlsx'))).sheets[0]!.at('H5').value).toEqual({ kind: 'number', value: 44 / 187 });
    expect(await sha(join(dir, input))).toBe(before);
  });

  it.each([
    [['fill', 'x.xlsx'], '--out krävs'],
    [['fill', '--out', 'y.xlsx'], 'Ange arbetsboken'],
    [['fill', 'a.xlsx', 'b.xlsx', '--out', 'y.xlsx'], 'en arbetsbok åt gången'],
    [['fill', 'a.xlsx', '--out', 'y.xlsx', '--format', 'html'], '--format ska vara text eller json'],
    [['fill', 'a.xlsx', '--out', 'y.xlsx', '--bogus'], 'Okänd flagga --bogus'],
  ])('exits 2 on a usage error: %j', async (args, message) => {
    const run = await runCli(args, dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr).toContain('Användning: namndstod fill');
  });

  it('exits 2 and writes nothing for an unreadable input, an unknown template, a bad project list or --from', async () => {
    await writeFile(join(dir, 'tom.xlsx'), '');
    const unknown = new ExcelJS.Workbook();
    unknown.addWorksheet('Inköp').addRow(['Vara', 'Antal']);
    await unknown.xlsx.writeFile(join(dir, 'okand.xlsx'));
    await writeFile(join(dir, 'trasig.json'), '[{"title": "utan id"}]');
    const cases: [string[], string][] = [
      [['tom.xlsx', '--out', 'u1.xlsx'], 'Filen är tom'],
      [['saknas.xlsx', '--out', 'u2.xlsx'], 'Filen finns inte'],
      [['okand.xlsx', '--out', 'u3.xlsx'], 'inget att fylla i'],
      [[fixtureFileName(37), '--out', 'u4.xlsx', '--projects', 'trasig.json'], 'saknar externalId eller title'],
      [[fixtureFileName(37), '--out', 'u5.xlsx', '--from', 'tom.xlsx'], 'Filen är tom'],
    ];
    for (const [args, message] of cases) {
      const run = await fill(args);
      expect({ args, code: run.code, said: run.stderr.includes(message) }).toEqual({ args, code: 2, said: true });
      expect(await stat(join(dir, args[2]!)).catch(() => undefined)).toBeUndefined();
    }
  });

  it('explains itself in English with --lang en', async () => {
    const run = await fill([fixtureFileName(37), '--out', 'en.xlsx', '--lang', 'en']);
    expect(run.stdout).toContain('Suggestions, NOT written without --yes');
    expect(run.stdout).toContain('Source: computed (kaa-tabeller/shares)');
    expect(run.stderr).toContain('Saved en.xlsx');
  });
});

describe('namndstod fill keeps what a city workbook carries', () => {
  it('notes, merges, widths, fonts and another sheet survive; only the filled cells are rewritten', async () => {
    const wb = buildInstanceWorkbook(39);
    const ws = wb.worksheets[0]!;
    ws.getCell('B4').note = 'Antal svar, inte procent';
    ws.mergeCells('A1:C1');
    ws.getColumn(2).width = 17;
    ws.getCell('B23').font = { bold: true };
    wb.addWorksheet('Anteckningar').getCell('A1').value = 'Lämnas orörd';
    await wb.xlsx.writeFile(join(dir, 'enkat-stadad.xlsx'));
    const run = await fill(['enkat-stadad.xlsx', '--out', 'enkat-ifylld.xlsx', '--format', 'json']);
    expect(run.code).toBe(0);
    const cells = run.json!.fixes.map((e) => e.cell);
    expect(cells).toHaveLength(19);
    await expectOnlyTouchedCellsRewritten(join(dir, 'enkat-stadad.xlsx'), join(dir, 'enkat-ifylld.xlsx'), cells);
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(join(dir, 'enkat-ifylld.xlsx'));
    const sheet = back.getWorksheet('Blad1')!;
    expect(sheet.getCell('B4').note).toBe('Antal svar, inte procent');
    expect(sheet.getColumn(2).width).toBe(17);
    expect(sheet.getCell('B23').font?.bold).toBe(true);
    expect(sheet.getCell('C5').value).toEqual({ formula: 'B5/B23', result: 74 / 262 });
    expect(sheet.getCell('C5').numFmt).toBe('0.0%');
    expect(back.getWorksheet('Anteckningar')!.getCell('A1').value).toBe('Lämnas orörd');
  });
});
