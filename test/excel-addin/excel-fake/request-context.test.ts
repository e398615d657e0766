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

describe('Excel fake: walking sheets, used ranges and intersections, with null objects as Excel gives them', () => {
  const threeSheets = () =>
    new Workbook([
      new Sheet({ name: 'Blad1', rows: [[{ value: text('a') }, { value: num(1) }], [], [{ value: text('c') }]] }),
      new Sheet({ name: 'Dold', rows: [[{ value: num(2) }]], hidden: true }),
      new Sheet({ name: 'Tom', rows: [] }),
    ]);

  it('walks the sheets in order with getFirst and getNextOrNullObject; past the last, null objects all the way', async () => {
    const { Excel } = fakeExcelFromWorkbook(threeSheets());
    await Excel.run(async (ctx) => {
      const walked = [ctx.workbook.worksheets.getFirst()];
      for (let i = 0; i < 4; i++) walked.push(walked[walked.length - 1]!.getNextOrNullObject());
      for (const ws of walked) ws.load('name');
      const visibleOnly = ctx.workbook.worksheets.getFirst(true).getNextOrNullObject(true).load('name');
      await ctx.sync();
      expect(walked.map((ws) => (ws.isNullObject ? null : ws.name))).toEqual(['Blad1', 'Dold', 'Tom', null, null]);
      expect(visibleOnly.name).toBe('Tom');
      expect(() => walked[3]!.name).toThrow(expect.objectContaining({ code: 'ItemNotFound' }));
    });
  });

  it('gives a null used range for a blank sheet (getUsedRange gives A1), and follows *OrNullObject calls from a null sheet', async () => {
    const { Excel } = fakeExcelFromWorkbook(threeSheets());
    await Excel.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      const used = sheets.getItem('Blad1').getUsedRangeOrNullObject(true).load('address,rowCount,columnCount');
      const blank = sheets.getItem('Tom').getUsedRangeOrNullObject(true).load('address');
      const blankA1 = sheets.getItem('Tom').getUsedRange(true).load('address');
      const fromNull = sheets.getItemOrNullObject('Saknas').getUsedRangeOrNullObject(true).getIntersectionOrNullObject('A1:B2').load('values');
      await ctx.sync();
      expect([used.address, used.rowCount, used.columnCount]).toEqual(['Blad1!A1:B3', 3, 2]);
      expect(blank.isNullObject).toBe(true);
      expect(blankA1.address).toBe('Tom!A1');
      expect(fromNull.isNullObject).toBe(true);
    });
  });

  it('fails the request for any other member of a null object, as only *OrNullObject calls are safe on one', async () => {
    const { Excel } = fakeExcelFromWorkbook(threeSheets());
    await expect(
      Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItemOrNullObject('Saknas').getRangeByIndexes(0, 0, 1, 1).load('values');
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'ItemNotFound' });
  });

  it('intersects a range with an address or another range on its sheet, null where they do not meet', async () => {
    const { Excel } = fakeExcelFromWorkbook(threeSheets());
    await Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Blad1');
      const used = ws.getUsedRangeOrNullObject(true);
      const byAddress = used.getIntersectionOrNullObject('B1:Z200').load('address,rowIndex,columnIndex,values');
      const byRange = used.getIntersectionOrNullObject(ws.getRangeByIndexes(2, 0, 5, 5)).load('address,values');
      const apart = used.getIntersectionOrNullObject('D5').load('address');
      await ctx.sync();
      expect([byAddress.address, byAddress.rowIndex, byAddress.columnIndex, byAddress.values]).toEqual(['Blad1!B1:B3', 0, 1, [[1], [''], ['']]]);
      expect([byRange.address, byRange.values]).toEqual(['Blad1!A3:B3', [['c', '']]]);
      expect(apart.isNullObject).toBe(true);
    });
    await expect(
      Excel.run(async (ctx) => {
        const other = ctx.workbook.worksheets.getItem('Dold').getRange('A1');
        ctx.workbook.worksheets.getItem('Blad1').getRange('A1:B2').getIntersectionOrNullObject(other).load('address');
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  it('loads through a navigation property (protection/protected) in the same load, null for a null sheet', async () => {
    const wb = threeSheets();
    const { Excel, book } = fakeExcelFromWorkbook(wb);
    book.sheetByKey('Dold')!.isProtected = true;
    await Excel.run(async (ctx) => {
      const dold = ctx.workbook.worksheets.getItem('Dold').load('id,protection/protected');
      const blad1 = ctx.workbook.worksheets.getItem('Blad1').load('protection/protected');
      const missing = ctx.workbook.worksheets.getItemOrNullObject('Saknas').load('id,protection/protected');
      await ctx.sync();
      expect([dold.id, dold.protection.protected, blad1.protection.protected]).toEqual([book.sheetByKey('Dold')!.id, true, false]);
      expect(missing.isNullObject).toBe(true);
    });
  });

  it('refuses the walk, the null-object used range and intersections on an Excel older than their requirement sets', async () => {
    const calls: [string, string, (ctx: import('../../../excel-addin/src/office-adapter/excel-api').RequestContext) => void][] = [
      ['1.4', '1.5', (ctx) => void ctx.workbook.worksheets.getFirst().load('name')],
      ['1.4', '1.5', (ctx) => void ctx.workbook.worksheets.getItem('Blad1').getNextOrNullObject().load('name')],
      ['1.3', '1.4', (ctx) => void ctx.workbook.worksheets.getItem('Blad1').getUsedRangeOrNullObject().load('address')],
      ['1.3', '1.4', (ctx) => void ctx.workbook.worksheets.getItem('Blad1').getRange('A1:B2').getIntersectionOrNullObject('A1').load('address')],
    ];
    for (const [below, at, call] of calls) {
      await expect(fakeExcelFromWorkbook(threeSheets(), { apiVersion: below }).Excel.run(async (ctx) => {
        call(ctx);
        await ctx.sync();
      })).rejects.toMatchObject({ code: 'ApiNotFound' });
      await expect(fakeExcelFromWorkbook(threeSheets(), { apiVersion: at }).Excel.run(async (ctx) => {
        call(ctx);
        await ctx.sync();
      })).resolves.toBeUndefined();
    }
  });

  it('counts a range passed as an argument in the request bytes, as a reference to its object path', async () => {
    const { Excel, book } = fakeExcelFromWorkbook(threeSheets());
    await Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Blad1');
      ws.getRange('A1:B3').getIntersectionOrNullObject(ws.getRange('B2:C9')).load('address');
      await ctx.sync();
    });
    expect(book.stats.syncs).toBe(1);
    expect(book.stats.requestBytes[0]).toBeGreaterThan(200);
  });
});
