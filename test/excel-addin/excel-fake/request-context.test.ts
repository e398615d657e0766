import { Sheet, Workbook, num, text } from '../../../shared/grid';
import { fakeExcelFromWorkbook } from '../../../excel-addin/src/excel-fake';

const workbook = () =>
  new Workbook([
    new Sheet({
      name: 'Blad1',
      rows: [
        [{ value: text('Budget') }, { value: num(100) }],
        [{ value: text('Varav') }, { value: num(5), formula: 'B1*0.05' }],
      ],
    }),
  ]);

describe('Excel fake: behaves as Office.js where the adapter could tell', () => {
  it('throws PropertyNotLoaded for a property read before load and sync, as Excel does', async () => {
    const { Excel } = fakeExcelFromWorkbook(workbook());
    await Excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem('Blad1').getRange('B1');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      range.load('values');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await ctx.sync();
      expect(range.values).toEqual([[100]]);
      expect(() => range.formulas).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  it('fails a request that uses notes on an Excel without ExcelApi 1.18', async () => {
    const { Excel, Office } = fakeExcelFromWorkbook(workbook(), { apiVersion: '1.14' });
    expect(Office.context.requirements.isSetSupported('ExcelApi', '1.18')).toBe(false);
    expect(Office.context.requirements.isSetSupported('ExcelApi', '1.7')).toBe(true);
    await expect(
      Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Blad1').notes.getItemOrNullObject('A1').load('content');
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'ApiNotFound' });
  });

  it('gives a null object for a missing item, and ItemNotFound without OrNullObject', async () => {
    const { Excel } = fakeExcelFromWorkbook(workbook());
    await Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItemOrNullObject('Saknas').load('name');
      await ctx.sync();
      expect(ws.isNullObject).toBe(true);
    });
    await expect(
      Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Saknas').load('name');
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'ItemNotFound' });
  });

  it('refuses every request while a cell is being edited, and counts every sync with its bytes', async () => {
    const { Excel, book } = fakeExcelFromWorkbook(workbook());
    book.setEditing(true);
    await expect(
      Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Blad1').getRange('A1').load('values');
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidOperationInCellEditMode' });
    book.setEditing(false);
    book.resetStats();
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Blad1').getUsedRange(true).load('values,formulas');
      await ctx.sync();
    });
    expect(book.stats.syncs).toBe(1);
    expect(book.stats.requestBytes[0]).toBeGreaterThan(50);
    expect(book.stats.responseBytes[0]).toBe(new TextEncoder().encode(JSON.stringify({ 0: { values: [['Budget', 100], ['Varav', 5]], formulas: [['Budget', 100], ['Varav', '=B1*0.05']] } })).length);
  });

  it('rejects a response over the payload cap', async () => {
    const { Excel } = fakeExcelFromWorkbook(workbook(), { payloadLimit: 1000 });
    await expect(
      Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Blad1').getRange('A1:Z100').load('values');
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
  });

  it('recalculates formulas when a person types, and tells onChanged handlers after the request', async () => {
    const { Excel, book } = fakeExcelFromWorkbook(workbook());
    const seen: string[] = [];
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Blad1').onChanged.add(async (args) => void seen.push(`${args.changeType} ${args.address}`));
      await ctx.sync();
    });
    book.typeCell('Blad1', 'B1', '1 234,5');
    expect(book.sheets[0]!.cell(0, 1)!.value).toBe(1234.5);
    expect(book.sheets[0]!.cell(1, 1)!.value).toBeCloseTo(61.725);
    await new Promise((r) => setTimeout(r, 5));
    expect(seen).toEqual(['RangeEdited B1']);
  });

  it('keeps text written with a leading apostrophe as text, as Excel does', async () => {
    const { Excel, book } = fakeExcelFromWorkbook(workbook());
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Blad1').getRange('C1:C3').formulas = [["'4,0"], ['=B1*2'], ['12']];
      await ctx.sync();
    });
    const s = book.sheets[0]!;
    expect([s.cell(0, 2)!.value, s.cell(1, 2)!.value, s.cell(1, 2)!.formula, s.cell(2, 2)!.value]).toEqual(['4,0', 200, '=B1*2', 12]);
  });
});
