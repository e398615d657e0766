import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { planWorkbookFill, writeFilledCopy } from '../../../excel-addin/src/cli/fill-workbook';
import { readWorkbook } from '../../../excel-addin/src/xlsx-adapter/read-workbook';
import { Workbook } from '../../../shared/grid';
import { templates } from '../../../shared/templates';
import { buildInstanceWorkbook } from '../../fixtures/xlsx/generate';
import { patchSheet } from '../../support/grid-literal';
import { filledSheet } from '../../shared/templates/projekt-over-50-mnkr/filled-sheet';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'namndstod-fill-workbook-'));
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('planWorkbookFill', () => {
  it('plans again on the filled grid until nothing is due: a row total, then the Summa that adds it', () => {
    // T1 2021, project 1's (13) emptied; the Summa's cached value already leaves it out (294,8 − 30,4).
    const sheet = patchSheet(filledSheet(0), { Z10: null, Z15: { f: 'SUM(Z10:Z14)', v: 264.4 } });
    const outcome = planWorkbookFill(new Workbook([sheet]), templates, {}, false);
    expect(outcome.edits.map((e) => [e.cell, e.kind, e.value, e.expected.value])).toEqual([
      ['Z10', 'fix', { kind: 'number', value: 30.4 }, { kind: 'empty' }],
      ['Z15', 'fix', { kind: 'number', value: 294.8 }, { kind: 'number', value: 264.4 }],
    ]);
    expect([outcome.rounds, outcome.settled, outcome.pending, outcome.conflicts]).toEqual([3, true, [], []]);
  });

  it('leaves suggestions unapplied without yes and takes them with it', () => {
    const sheet = patchSheet(filledSheet(0), { Z10: 26.4 });
    // Without yes the typed 26,4 stays, and the Summa formula is recomputed over it, as Excel would.
    const without = planWorkbookFill(new Workbook([sheet]), templates, {}, false);
    expect([without.edits.map((e) => [e.cell, e.kind, e.value]), without.pending.map((e) => e.cell)]).toEqual([
      [['Z15', 'fix', { kind: 'number', value: 290.8 }]],
      ['Z10'],
    ]);
    const withYes = planWorkbookFill(new Workbook([sheet]), templates, {}, true);
    // Accepting (13) = 30,4 makes the Summa's 294,8 right again: its round-trip edit cancels out.
    expect(withYes.edits.map((e) => [e.cell, e.kind])).toEqual([['Z10', 'suggestion']]);
    expect(withYes.pending).toEqual([]);
  });
});

describe('writeFilledCopy', () => {
  it('refuses an edit whose cell changed after planning (If-Match) and writes the others', async () => {
    const input = join(dir, 'enkat.xlsx');
    await buildInstanceWorkbook(39).xlsx.writeFile(input);
    const outcome = planWorkbookFill(await readWorkbook(input), templates, {}, false);
    expect(outcome.edits.map((e) => e.cell)).toContain('C5');

    // Someone types a share into C5 while the plan waits.
    const meanwhile = buildInstanceWorkbook(39);
    meanwhile.worksheets[0]!.getCell('C5').value = 0.3;
    await meanwhile.xlsx.writeFile(input);

    const out = join(dir, 'enkat-ifylld.xlsx');
    const result = await writeFilledCopy(input, out, outcome.edits, false);
    expect(result.refused.map((r) => [r.edit.cell, r.actual])).toEqual([['C5', { kind: 'number', value: 0.3 }]]);
    expect(result.written).toHaveLength(outcome.edits.length - 1);
    const back = await readWorkbook(out);
    expect(back.sheets[0]!.at('C5').value).toEqual({ kind: 'number', value: 0.3 });
    expect(back.sheets[0]!.at('C6')).toMatchObject({ value: { kind: 'number', value: 66 / 262 }, formula: 'B6/B23' });
  });

  it('does not replace a file that appears at --out unless forced', async () => {
    const input = join(dir, 'kaa.xlsx');
    await buildInstanceWorkbook(37).xlsx.writeFile(input);
    const outcome = planWorkbookFill(await readWorkbook(input), templates, {}, true);
    const out = join(dir, 'kaa-ifylld.xlsx');
    await writeFilledCopy(input, out, outcome.edits, false);
    const first = await readFile(out);
    await expect(writeFilledCopy(input, out, [], false)).rejects.toMatchObject({ code: 'EEXIST' });
    expect(await readFile(out)).toEqual(first);
    await writeFilledCopy(input, out, [], true);
    expect(await readFile(out)).toEqual(await readFile(input));
  });
});
