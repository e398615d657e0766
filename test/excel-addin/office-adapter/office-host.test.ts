import { createOfficeHost } from '../../../excel-addin/src/office-adapter/office-host';
import { fakeExcelFromXlsx } from '../../../excel-addin/src/excel-fake';
import { rectOf } from '../../../excel-addin/src/excel-fake/fake-book';
import { describeWorkbookHostContract } from '../host/workbook-host-contract';
import { contractFixtures } from '../host/contract-fixtures';

describeWorkbookHostContract(
  'Office.js adapter on the Excel fake',
  async (bytes) => {
    const fake = fakeExcelFromXlsx(bytes, { apiVersion: '1.18', payloadLimit: 5 * 1024 * 1024 });
    const host = createOfficeHost(fake);
    const book = fake.book;
    return {
      host,
      reportsOutsideChanges: true,
      async changeBehind(sheet, cell, input) {
        book.typeCell(sheet, cell, input);
      },
      async markedCells() {
        const out: string[] = [];
        for (const s of book.sheets) {
          s.rows.forEach((row, r) =>
            row?.forEach((c, col) => {
              const a1 = `${String.fromCharCode(65 + col)}${r + 1}`;
              if (c?.fill !== undefined && s.notes.get(a1)?.startsWith('Nämndstöd')) out.push(`${s.name}!${a1}`);
            }),
          );
        }
        return out.sort();
      },
      async formatting() {
        return JSON.stringify(book.sheets.map((s) => ({ fills: s.rows.map((row) => row?.map((c) => c?.fill ?? null) ?? null), notes: [...s.notes] })));
      },
      async selection() {
        const sel = book.selection;
        if (!sel) return undefined;
        const sheet = book.sheetById(sel.sheetId)!;
        const r = sel.rect;
        return `${sheet.name}!${String.fromCharCode(65 + r.c0)}${r.r0 + 1}`;
      },
      startCellEdit: () => book.setEditing(true),
      stopCellEdit: () => book.setEditing(false),
      hideRow(sheet, row) {
        book.sheetByKey(sheet)!.hiddenRows.add(row);
      },
    };
  },
  contractFixtures,
);

describe('Office adapter: requests', () => {
  it('keeps hidden-row detection exact enough to allow edits beside a hidden row', async () => {
    const { contractWorkbook } = await import('../host/workbook-host-contract');
    const fake = fakeExcelFromXlsx(await contractWorkbook());
    fake.book.sheetByKey('Budget')!.hiddenRows.add(rectOf('A9').r0);
    const host = createOfficeHost(fake);
    const sheet = (await host.readWorkbook()).sheet('Budget')!;
    const outcome = await host.applyEdits([
      { fillId: 'x', sheet: 'Budget', cell: 'C2', expected: { value: sheet.at('C2').value }, value: { kind: 'number', value: 50 }, source: { kind: 'computed', fillId: 'x' }, messageId: 'm', data: {}, reason: { sv: '', en: '' } },
    ]);
    expect(outcome.applied.map((e) => e.cell)).toEqual(['C2']);
  });
});
