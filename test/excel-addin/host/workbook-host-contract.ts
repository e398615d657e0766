import ExcelJS from 'exceljs';
import type { CellEdit, Problem } from '../../../shared/engine';
import { type Cell, type CellValue, type Workbook, date, num, text } from '../../../shared/grid';
import { HostError, type WorkbookHost } from '../../../excel-addin/src/host/workbook-host';
import { parseWorkbook } from '../../../excel-addin/src/xlsx-adapter/read-workbook';

/** A host opened on a file for one test, with ways to act on the workbook from outside the host. */
export interface HostUnderTest {
  readonly host: WorkbookHost;
  /** Someone else changes a cell behind the host's back (a person typing, another program saving). */
  changeBehind(sheet: string, cell: string, input: string): Promise<void>;
  /** Cells marked as the host's own medium shows it ('Blad!A1'), sorted. */
  markedCells(): Promise<string[]>;
  /** Everything a mark may change (fills, notes; or the file itself), to compare before and after. */
  formatting(): Promise<string>;
  selection(): Promise<string | undefined>;
  /** Only where a person can be mid-edit (Excel). */
  startCellEdit?(): void;
  stopCellEdit?(): void;
  /** Only where the model has hidden rows (Excel). */
  hideRow?(sheet: string, row: number): void;
  /** Whether changes made outside the host are reported by onChanged (Excel: yes; a file: no). */
  readonly reportsOutsideChanges: boolean;
}

export type OpenHost = (bytes: Uint8Array) => Promise<HostUnderTest>;

/** The workbook every contract case starts from: data, a formula, a date, a merge, a protected and a hidden sheet. */
export async function contractWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Budget');
  ws.getCell('A1').value = 'Demo';
  ws.getCell('B1').value = 'Budget';
  ws.getCell('C1').value = 'Varav 5 %';
  const rows: [string, number, number | { formula: string; result: number } | null][] = [
    ['Enhet A', 1000, null],
    ['Enhet B', 2000, { formula: 'B3*0.05', result: 0 }],
    ['Enhet C', 3000, 140],
    ['Enhet D', 4000, { formula: 'B5*0.05', result: 200 }],
  ];
  rows.forEach(([name, budget, five], i) => {
    ws.getCell(`A${i + 2}`).value = name;
    ws.getCell(`B${i + 2}`).value = budget;
    if (five !== null) ws.getCell(`C${i + 2}`).value = five;
  });
  ws.getCell('D2').value = new Date(Date.UTC(2021, 3, 30));
  ws.getCell('D2').numFmt = 'yyyy-mm-dd';
  ws.getCell('E1').value = 'Sammanfogat';
  ws.mergeCells('E1:F1');
  ws.getCell('B6').value = 0.729;
  ws.getCell('B6').numFmt = '0.0%';
  const locked = wb.addWorksheet('Låst');
  locked.getCell('A1').value = 'Skyddat';
  locked.getCell('B2').value = 5;
  await locked.protect('', {});
  const hidden = wb.addWorksheet('Dold', { state: 'hidden' });
  hidden.getCell('A1').value = 'Dolt';
  hidden.getCell('B2').value = 7;
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** Cells as the engine compares them: blank text and empty alike, formula and format kept. */
export function canonical(workbook: Workbook): unknown {
  return workbook.sheets.map((s) => ({
    name: s.name,
    hidden: s.hidden,
    protected: s.protected,
    merges: [...s.merges].sort(),
    cells: [...s.cells()]
      .filter(({ cell }) => !(cell.value.kind === 'text' && cell.value.value === ''))
      .map(({ row, col, cell }) => [row, col, cell.value, cell.formula ?? null, cell.numFmt ?? null]),
  }));
}

function edit(sheet: string, cell: string, expected: Cell, value: CellValue, formula?: string): CellEdit {
  return {
    fillId: 'contract/test',
    sheet,
    cell,
    expected: expected.formula === undefined ? { value: expected.value } : { value: expected.value, formula: expected.formula },
    value,
    ...(formula === undefined ? {} : { formula }),
    source: { kind: 'computed', fillId: 'contract/test' },
    messageId: 'm',
    data: {},
    reason: { sv: 'test', en: 'test' },
  };
}

function problem(sheet: string, cell: string, severity: Problem['severity'] = 'error'): Problem {
  return { ruleId: 'contract/rule', severity, kind: 'rule', sheet, cell, related: [], messageId: 'm', data: {}, message: { sv: `Fel i ${cell}`, en: `Error in ${cell}` } };
}

const until = async (check: () => boolean) => {
  for (let i = 0; i < 50 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
};

/**
 * One suite, every WorkbookHost: read gives the reader's workbook, edits apply only where the cell
 * still holds what was planned against, refusals change nothing, marks come and go without a trace.
 */
export function describeWorkbookHostContract(name: string, open: OpenHost, fixtures: () => Promise<{ name: string; bytes: Uint8Array }[]>): void {
  describe(`WorkbookHost contract: ${name}`, () => {
    let bytes: Uint8Array;
    beforeAll(async () => {
      bytes = await contractWorkbook();
    });

    it('reads the same workbook as the .xlsx reader, for the contract file and real template files', async () => {
      for (const f of [{ name: 'contract', bytes }, ...(await fixtures())]) {
        const { host } = await open(f.bytes);
        expect({ file: f.name, book: canonical(await host.readWorkbook()) }).toEqual({ file: f.name, book: canonical(parseWorkbook(f.bytes)) });
      }
    });

    it('applies an edit only while its cell holds the expected value, and refuses the rest with what is there now', async () => {
      const t = await open(bytes);
      const wb = await t.host.readWorkbook();
      const sheet = wb.sheet('Budget')!;
      const fix = edit('Budget', 'C2', sheet.at('C2'), num(50), 'B2*0.05');
      const stale = edit('Budget', 'C4', sheet.at('C4'), num(150));
      await t.changeBehind('Budget', 'C4', '99');
      const outcome = await t.host.applyEdits([fix, stale]);
      expect(outcome.applied.map((e) => e.cell)).toEqual(['C2']);
      expect(outcome.refused.map((r) => [r.edit.cell, r.reason, r.actual])).toEqual([['C4', 'changed', num(99)]]);
      const after = (await t.host.readWorkbook()).sheet('Budget')!;
      expect(after.at('C2')).toMatchObject({ value: num(50), formula: 'B2*0.05' });
      expect(after.at('C4').value).toEqual(num(99));
    });

    it('writes text that looks like a number or formula as text, and dates as dates', async () => {
      const t = await open(bytes);
      const sheet = (await t.host.readWorkbook()).sheet('Budget')!;
      const edits = [
        edit('Budget', 'A7', sheet.at('A7'), text('4,0')),
        edit('Budget', 'A8', sheet.at('A8'), text('=inte en formel')),
        edit('Budget', 'D3', sheet.at('D3'), date('2022-12-31')),
        edit('Budget', 'C4', sheet.at('C4'), num(150)),
      ];
      const outcome = await t.host.applyEdits(edits);
      expect(outcome.refused).toEqual([]);
      const after = (await t.host.readWorkbook()).sheet('Budget')!;
      expect([after.at('A7').value, after.at('A8').value, after.at('D3').value, after.at('C4').value]).toEqual([
        text('4,0'),
        text('=inte en formel'),
        date('2022-12-31'),
        num(150),
      ]);
      expect(after.at('A8').formula).toBeUndefined();
    });

    it('refuses edits on a protected sheet, a hidden sheet, inside a merged area and on a missing sheet, changing nothing', async () => {
      const t = await open(bytes);
      const wb = await t.host.readWorkbook();
      const before = canonical(wb);
      const edits = [
        edit('Låst', 'B2', wb.sheet('Låst')!.at('B2'), num(6)),
        edit('Dold', 'B2', wb.sheet('Dold')!.at('B2'), num(8)),
        edit('Budget', 'F1', wb.sheet('Budget')!.at('F1'), text('inne i sammanfogningen')),
        edit('Finns inte', 'A1', { value: { kind: 'empty' } }, num(1)),
      ];
      const outcome = await t.host.applyEdits(edits);
      expect(outcome.applied).toEqual([]);
      expect(outcome.refused.map((r) => [r.edit.sheet, r.reason])).toEqual([
        ['Låst', 'protected'],
        ['Dold', 'hidden'],
        ['Budget', 'merged'],
        ['Finns inte', 'missing-sheet'],
      ]);
      expect(canonical(await t.host.readWorkbook())).toEqual(before);
    });

    it('marks problem cells and clears the marks, leaving the formatting as it was', async () => {
      const t = await open(bytes);
      const before = await t.formatting();
      const result = await t.host.markProblems([problem('Budget', 'C4'), problem('Budget', 'C4', 'warning'), problem('Budget', 'B3', 'warning')]);
      expect(result.marked.map((c) => `${c.sheet}!${c.cell}`).sort()).toEqual(['Budget!B3', 'Budget!C4']);
      expect(await t.markedCells()).toEqual(['Budget!B3', 'Budget!C4']);
      // Marking again replaces, never stacks: B3 is no longer a problem.
      await t.host.markProblems([problem('Budget', 'C4')]);
      expect(await t.markedCells()).toEqual(['Budget!C4']);
      const cleared = await t.host.clearMarks();
      expect(cleared.kept).toEqual([]);
      expect(await t.markedCells()).toEqual([]);
      expect(await t.formatting()).toEqual(before);
    });

    it('does not mark cells on a protected sheet, and says so', async () => {
      const t = await open(bytes);
      const result = await t.host.markProblems([problem('Låst', 'B2')]);
      if (result.style === 'list') {
        expect(result.marked.length).toBe(1); // nothing is written to the file, so nothing is refused
      } else {
        expect(result.skipped).toEqual([{ sheet: 'Låst', cell: 'B2', reason: 'protected' }]);
        expect(await t.markedCells()).toEqual([]);
      }
    });

    it('reads chosen ranges cell by cell, blanks included', async () => {
      const t = await open(bytes);
      const cells = await t.host.readCells('Budget', ['B2:C3', 'D2']);
      expect([...cells.keys()].sort()).toEqual(['B2', 'B3', 'C2', 'C3', 'D2']);
      expect(cells.get('B2')!.value).toEqual(num(1000));
      expect(cells.get('C2')!.value.kind).toBe('empty');
      expect(cells.get('C3')!.formula).toBe('B3*0.05');
      expect(cells.get('D2')!.value).toEqual(date('2021-04-30'));
    });

    it('selects a cell', async () => {
      const t = await open(bytes);
      await t.host.selectCell('Budget', 'C4');
      expect(await t.selection()).toBe('Budget!C4');
    });

    it('reports the cells its own edits changed, and changes made outside it where it can see them', async () => {
      const t = await open(bytes);
      const seen: string[] = [];
      const stop = t.host.onChanged((c) => seen.push(...c.ranges.map((r) => `${c.sheet}!${r}`)));
      const sheet = (await t.host.readWorkbook()).sheet('Budget')!;
      await t.host.applyEdits([edit('Budget', 'C2', sheet.at('C2'), num(50), 'B2*0.05')]);
      await until(() => seen.includes('Budget!C2'));
      expect(seen).toContain('Budget!C2');
      await t.changeBehind('Budget', 'B5', '4500');
      await until(() => seen.includes('Budget!B5'));
      expect(seen.includes('Budget!B5')).toBe(t.reportsOutsideChanges);
      stop();
    });

    it('while a cell is being edited: refuses every edit and every read, changing nothing', async () => {
      const t = await open(bytes);
      if (!t.startCellEdit) return expect(t.reportsOutsideChanges).toBe(false); // a file is never mid-edit
      const sheet = (await t.host.readWorkbook()).sheet('Budget')!;
      t.startCellEdit();
      const outcome = await t.host.applyEdits([edit('Budget', 'C2', sheet.at('C2'), num(50))]);
      expect(outcome.refused.map((r) => r.reason)).toEqual(['editing']);
      await expect(t.host.readWorkbook()).rejects.toBeInstanceOf(HostError);
      t.stopCellEdit!();
      expect((await t.host.readWorkbook()).sheet('Budget')!.at('C2').value.kind).toBe('empty');
    });

    it('refuses an edit in a hidden row', async () => {
      const t = await open(bytes);
      if (!t.hideRow) return expect(t.reportsOutsideChanges).toBe(false); // the file reader has no hidden rows
      const sheet = (await t.host.readWorkbook()).sheet('Budget')!;
      t.hideRow('Budget', 3);
      const outcome = await t.host.applyEdits([edit('Budget', 'C4', sheet.at('C4'), num(150))]);
      expect(outcome.refused.map((r) => [r.edit.cell, r.reason])).toEqual([['C4', 'hidden']]);
    });
  });
}
