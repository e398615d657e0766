import fc from 'fast-check';
import { WorkbookReadError, readWorkbook } from '../../../excel-addin/src/xlsx-adapter/read-workbook';
import { rawXlsx } from './zip-fixtures';

/** Damaged input of any shape ends in a Workbook or a WorkbookReadError: never another throw, never a hang. */
async function readsOrRefuses(bytes: Uint8Array): Promise<void> {
  try {
    await readWorkbook(bytes);
  } catch (error) {
    if (!(error instanceof WorkbookReadError)) throw error;
    expect(error.sv).not.toMatch(/\n/);
  }
}

const SHEET =
  '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="1"><v>44316</v></c><c r="C1"><f t="shared" ref="C1:C2" si="0">B1+1</f><v>44317</v></c></row>' +
  '<row r="2"><c r="A2" t="inlineStr"><is><r><t>x</t></r></is></c><c r="C2"><f t="shared" si="0"/><v>2</v></c><c r="D2" t="e"><v>#N/A</v></c></row>';
const STRINGS = ['<si><t>Budget &amp; prognos</t><rPh sb="0" eb="1"><t>b</t></rPh></si>'];

function pkg(sheetXml: string, strings = STRINGS): Uint8Array {
  return rawXlsx({
    sharedStrings: strings,
    styles: { xfs: [0, 14] },
    sheets: [{ name: 'Blad1', xml: sheetXml, after: '<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>' }],
  });
}

describe('readWorkbook on damaged input', () => {
  it('reads the undamaged package', async () => {
    const s = (await readWorkbook(pkg(SHEET))).sheets[0]!;
    expect([s.at('A1').value, s.at('C2').formula, s.at('D2').value]).toEqual([
      { kind: 'text', value: 'Budget & prognos' },
      'B2+1',
      { kind: 'error', value: '#N/A' },
    ]);
  });

  it('survives sheet XML cut, spliced and sprinkled with markup characters', async () => {
    const edit = fc.record({
      at: fc.nat({ max: SHEET.length }),
      cut: fc.nat({ max: 40 }),
      insert: fc.string({ unit: fc.constantFrom('<', '>', '/', '"', "'", '=', ' ', 'c', 'r', 'v', 'f', 't', 's', '1', 'A', '&', ';', '#', 'x', '_'),
        maxLength: 12,
      }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 4 }), async (edits) => {
        let xml = SHEET;
        for (const e of edits) xml = xml.slice(0, e.at) + e.insert + xml.slice(e.at + e.cut);
        await readsOrRefuses(pkg(xml));
      }),
      { numRuns: 300 },
    );
  });

  it('survives damaged shared strings', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: STRINGS[0]!.length }), fc.string({ maxLength: 6 }), async (at, insert) => {
        const s = STRINGS[0]!;
        await readsOrRefuses(pkg(SHEET, [s.slice(0, at) + insert + s.slice(at + 3)]));
      }),
      { numRuns: 150 },
    );
  });

  it('survives bytes of the zip overwritten anywhere', async () => {
    const good = pkg(SHEET);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat({ max: good.length - 1 }), fc.nat({ max: 255 })), { minLength: 1, maxLength: 8 }), async (hits) => {
        const bytes = good.slice();
        for (const [at, b] of hits) bytes[at] = b;
        await readsOrRefuses(bytes);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses a cell reference beyond Excel’s last column rather than building a huge row', async () => {
    await expect(readWorkbook(pkg('<row r="1"><c r="ZZZZ1"><v>1</v></c></row>'))).rejects.toMatchObject({ code: 'corrupt' });
  });
});
