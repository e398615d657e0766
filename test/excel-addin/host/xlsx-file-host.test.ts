import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createXlsxFileHost } from '../../../excel-addin/src/host/xlsx-file-host';
import { xlsxFileStore } from '../../../excel-addin/src/host/xlsx-file-store';
import { patchWorkbookBytes } from '../../../excel-addin/src/xlsx-adapter/patch-cells';
import { parseWorkbook } from '../../../excel-addin/src/xlsx-adapter/read-workbook';
import { num, text } from '../../../shared/grid';
import { describeWorkbookHostContract } from './workbook-host-contract';
import { contractFixtures } from './contract-fixtures';

let dir: string;
let n = 0;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'namndstod-file-host-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describeWorkbookHostContract(
  '.xlsx file (reader + cell patcher)',
  async (bytes) => {
    const path = join(dir, `book-${n++}.xlsx`);
    await writeFile(path, bytes);
    const host = createXlsxFileHost(xlsxFileStore(path));
    return {
      host,
      reportsOutsideChanges: false,
      async changeBehind(sheet, cell, input) {
        // Another program saves the file: the cell gets a new value on disk.
        const current = new Uint8Array(await readFile(path));
        const value = /^-?\d+(\.\d+)?$/.test(input) ? num(Number(input)) : text(input);
        await writeFile(path, patchWorkbookBytes(current, [{ sheet, cell, value }]));
      },
      async markedCells() {
        return host.marks.map((m) => `${m.sheet}!${m.cell}`).sort();
      },
      async formatting() {
        // Marks on a file are the pane's list only; the file's bytes must not change at all.
        return Buffer.from(await readFile(path)).toString('base64');
      },
      async selection() {
        return host.selection && `${host.selection.sheet}!${host.selection.cell}`;
      },
    };
  },
  contractFixtures,
);

describe('xlsx file host', () => {
  it('leaves the file byte for byte as it was when every edit is refused', async () => {
    const path = join(dir, 'untouched.xlsx');
    const { contractWorkbook } = await import('./workbook-host-contract');
    await writeFile(path, await contractWorkbook());
    const before = await readFile(path);
    const host = createXlsxFileHost(xlsxFileStore(path));
    const wb = parseWorkbook(before);
    const cell = wb.sheet('Låst')!.at('B2');
    const outcome = await host.applyEdits([
      { fillId: 'x', sheet: 'Låst', cell: 'B2', expected: { value: cell.value }, value: num(1), source: { kind: 'computed', fillId: 'x' }, messageId: 'm', data: {}, reason: { sv: '', en: '' } },
    ]);
    expect(outcome.refused.map((r) => r.reason)).toEqual(['protected']);
    expect(Buffer.compare(await readFile(path), before)).toBe(0);
  });
});
