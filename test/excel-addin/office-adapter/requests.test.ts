import { Sheet, Workbook, num, text } from '../../../shared/grid';
import type { CellEdit, Problem } from '../../../shared/engine';
import { createOfficeHost } from '../../../excel-addin/src/office-adapter/office-host';
import { fakeExcelFromWorkbook } from '../../../excel-addin/src/excel-fake';
import { canonical } from '../host/workbook-host-contract';

/** A sheet of `rows` × 8 cells: a name, numbers, and a SUM formula per row. */
function bigWorkbook(rows: number): Workbook {
  const data = Array.from({ length: rows }, (_, r) => [
    { value: text(`Rad ${r + 1}`) },
    ...Array.from({ length: 6 }, (_, c) => ({ value: num(r * 10 + c + 0.5) })),
    { value: num(0), formula: `SUM(B${r + 1}:G${r + 1})` },
  ]);
  return new Workbook([new Sheet({ name: 'Blad1', rows: data }), new Sheet({ name: 'Blad2', rows: [[{ value: text('liten') }]] })]);
}

function fillEdit(sheet: string, cell: string, value: number): CellEdit {
  return { fillId: 'f', sheet, cell, expected: { value: { kind: 'empty' } }, value: num(value), source: { kind: 'computed', fillId: 'f' }, messageId: 'm', data: {}, reason: { sv: '', en: '' } };
}

function problem(sheet: string, cell: string): Problem {
  return { ruleId: 'r', severity: 'error', kind: 'rule', sheet, cell, related: [], messageId: 'm', data: {}, message: { sv: `Fel ${cell}`, en: `Error ${cell}` } };
}

describe('Office adapter: syncs and payload', () => {
  it('reads a small workbook in one sync (its sample is all of it) and applies a fill in two', async () => {
    const fake = fakeExcelFromWorkbook(bigWorkbook(50), { payloadLimit: 5 * 1024 * 1024 });
    const host = createOfficeHost(fake);
    expect(JSON.stringify(canonical(await host.readWorkbook())) === JSON.stringify(canonical(bigWorkbook(50)))).toBe(true);
    expect(fake.book.stats.syncs).toBe(1);
    fake.book.resetStats();
    await host.applyEdits(Array.from({ length: 50 }, (_, i) => fillEdit('Blad1', `I${i + 1}`, i)));
    expect(fake.book.stats.syncs).toBe(2);
  });

  it('splits a read above the cap into the fewest requests, and reads the same cells', async () => {
    const wb = bigWorkbook(4000); // ~32 000 cells, ~0.9 MB of response
    const limit = 200 * 1024;
    const fake = fakeExcelFromWorkbook(wb, { payloadLimit: limit });
    const host = createOfficeHost(fake, { budget: Math.floor(limit * 0.92) });
    expect(JSON.stringify(canonical(await host.readWorkbook())) === JSON.stringify(canonical(wb))).toBe(true);
    const cold = fake.book.stats.syncs;
    const bytes = fake.book.stats.responseBytes.reduce((a, b) => a + b, 0);
    expect(Math.max(...fake.book.stats.responseBytes)).toBeLessThanOrEqual(limit);
    fake.book.resetStats();
    expect(JSON.stringify(canonical(await host.readWorkbook())) === JSON.stringify(canonical(wb))).toBe(true);
    const warm = fake.book.stats.syncs;
    const warmBytes = fake.book.stats.responseBytes.reduce((a, b) => a + b, 0);
    // Warm: blocks sized from the last pass, from the first sync on.
    expect(warm).toBeLessThanOrEqual(Math.ceil(warmBytes / limit) + 1);
    // Cold: this cap leaves room for a sample of seven rows, too few to size the rest by; the rows
    // grow longer further down, so one block may be refused before the estimate doubles.
    expect(cold).toBeLessThanOrEqual(Math.ceil(bytes / limit) + 3);
    expect(fake.book.stats.rejected).toBe(0);
    expect(Math.max(...fake.book.stats.responseBytes)).toBeLessThanOrEqual(limit);
  });

  it('splits a large fill into requests under the cap, never one per cell', async () => {
    const limit = 64 * 1024;
    const fake = fakeExcelFromWorkbook(bigWorkbook(3000), { payloadLimit: limit });
    const host = createOfficeHost(fake, { budget: Math.floor(limit * 0.92) });
    await host.readWorkbook();
    fake.book.resetStats();
    const edits = Array.from({ length: 3000 }, (_, i) => fillEdit('Blad1', `I${i + 1}`, i));
    const outcome = await host.applyEdits(edits);
    expect(outcome.refused).toEqual([]);
    expect(Math.max(...fake.book.stats.requestBytes)).toBeLessThanOrEqual(limit);
    expect(fake.book.stats.syncs).toBeLessThan(10);
    expect(fake.book.sheetByKey('Blad1')!.cell(2999, 8)!.value).toBe(2999);
  });
});

describe('Office adapter: marks', () => {
  const book = () => new Workbook([new Sheet({ name: 'Blad1', rows: [[{ value: text('a') }, { value: num(1) }], [{ value: text('b') }, { value: num(2) }]] })]);

  it('uses notes on ExcelApi 1.18, keeps a note the person wrote, and restores a fill that was there', async () => {
    const fake = fakeExcelFromWorkbook(book(), { apiVersion: '1.18' });
    const sheet = fake.book.sheets[0]!;
    sheet.ensure(0, 1).fill = '#00B050';
    sheet.notes.set('B2', 'Min egen anteckning');
    const host = createOfficeHost(fake);
    const result = await host.markProblems([problem('Blad1', 'B1'), problem('Blad1', 'B2')]);
    expect(result.style).toBe('note');
    expect(result.notesKept).toEqual([{ sheet: 'Blad1', cell: 'B2' }]);
    expect(sheet.notes.get('B1')).toBe('Nämndstöd: Fel B1');
    expect(sheet.notes.get('B2')).toBe('Min egen anteckning');
    expect(sheet.cell(0, 1)!.fill).not.toBe('#00B050');
    await host.clearMarks();
    expect(sheet.cell(0, 1)!.fill).toBe('#00B050');
    expect(sheet.cell(1, 1)!.fill).toBeUndefined();
    expect([...sheet.notes]).toEqual([['B2', 'Min egen anteckning']]);
  });

  it('falls back to a fill only on Office 2019 (ExcelApi 1.8), and still restores it', async () => {
    const fake = fakeExcelFromWorkbook(book(), { apiVersion: '1.8' });
    const host = createOfficeHost(fake);
    const result = await host.markProblems([problem('Blad1', 'A2')]);
    expect(result.style).toBe('fill');
    expect(fake.book.sheets[0]!.cell(1, 0)!.fill).toBeDefined();
    expect(fake.book.sheets[0]!.notes.size).toBe(0);
    await host.clearMarks();
    expect(fake.book.sheets[0]!.cell(1, 0)!.fill).toBeUndefined();
  });

  it('leaves a mark alone when the person recoloured the cell since, and says so', async () => {
    const fake = fakeExcelFromWorkbook(book());
    const host = createOfficeHost(fake);
    await host.markProblems([problem('Blad1', 'A1')]);
    fake.book.sheets[0]!.cell(0, 0)!.fill = '#FF0000';
    const cleared = await host.clearMarks();
    expect(cleared.kept).toEqual([{ sheet: 'Blad1', cell: 'A1', reason: 'changed' }]);
    expect(fake.book.sheets[0]!.cell(0, 0)!.fill).toBe('#FF0000');
  });

  it('clears marks made by an earlier session of the pane (kept in the workbook settings)', async () => {
    const fake = fakeExcelFromWorkbook(book());
    await createOfficeHost(fake).markProblems([problem('Blad1', 'B1')]);
    const later = createOfficeHost(fake);
    const cleared = await later.clearMarks();
    expect(cleared.restored).toBe(1);
    expect(fake.book.sheets[0]!.cell(0, 1)!.fill).toBeUndefined();
    expect(fake.book.sheets[0]!.notes.size).toBe(0);
    expect(fake.book.settings.size).toBe(0);
  });

  it('marks and clears in two syncs each', async () => {
    const fake = fakeExcelFromWorkbook(book());
    const host = createOfficeHost(fake);
    await host.readWorkbook();
    fake.book.resetStats();
    await host.clearMarks(); // nothing saved: one sync to find that out
    fake.book.resetStats();
    await host.markProblems([problem('Blad1', 'A1'), problem('Blad1', 'B2')]);
    expect(fake.book.stats.syncs).toBe(2);
    fake.book.resetStats();
    await host.clearMarks();
    expect(fake.book.stats.syncs).toBe(2);
  });
});

describe('Office adapter on the manifest minimum, ExcelApi 1.7', () => {
  it('reads, fills, marks, clears, selects and hears changes using nothing newer than 1.7', async () => {
    const fake = fakeExcelFromWorkbook(bigWorkbook(5), { apiVersion: '1.7' });
    const host = createOfficeHost(fake);
    const seen: string[] = [];
    host.onChanged((c) => seen.push(...c.ranges));
    const wb = await host.readWorkbook();
    expect(wb.sheet('Blad1')!.at('H2').formula).toBe('SUM(B2:G2)');
    const outcome = await host.applyEdits([fillEdit('Blad1', 'I1', 7)]);
    expect(outcome.refused).toEqual([]);
    const marked = await host.markProblems([problem('Blad1', 'A1')]);
    expect(marked.style).toBe('fill');
    await host.clearMarks();
    expect(fake.book.sheets[0]!.cell(0, 0)!.fill).toBeUndefined();
    await host.selectCell('Blad1', 'B3');
    expect(fake.book.selection?.rect).toEqual({ r0: 2, c0: 1, r1: 2, c1: 1 });
    await new Promise((r) => setTimeout(r, 10));
    expect(seen).toContain('I1');
  });
});
