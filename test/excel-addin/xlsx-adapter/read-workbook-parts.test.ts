import { readWorkbook } from '../../../excel-addin/src/xlsx-adapter/read-workbook';
import { rawXlsx } from './zip-fixtures';

/**
 * Parts as other producers write them (Excel itself, the Open XML SDK, exporters): inline and rich
 * strings, phonetic runs, escapes, prefixed elements, cells without addresses.
 */
describe('readWorkbook on hand-written parts', () => {
  it('reads shared strings: plain, rich runs, phonetic runs left out, entities and _xHHHH_ escapes', async () => {
    const wb = await readWorkbook(
      rawXlsx({
        sharedStrings: [
          '<si><t>Budget</t></si>',
          '<si><r><rPr><b/></rPr><t xml:space="preserve">Fet </t></r><r><t>text</t></r></si>',
          '<si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh></si>',
          '<si><t>A &amp; B &lt;c&gt; &#229;&#x00E4;</t></si>',
          '<si><t>rad1_x000D__x000A_rad2 _x005F_x0041_</t></si>',
          '<si/>',
        ],
        sheets: [
          {
            name: 'Blad1',
            xml:
              '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>' +
              '<row r="2"><c r="A2" t="s"><v>3</v></c><c r="B2" t="s"><v>4</v></c><c r="C2" t="s"><v>5</v></c></row>',
          },
        ],
      }),
    );
    const s = wb.sheets[0]!;
    expect(['A1', 'B1', 'C1', 'A2', 'B2'].map((a) => s.at(a).value)).toEqual([
      { kind: 'text', value: 'Budget' },
      { kind: 'text', value: 'Fet text' },
      { kind: 'text', value: '東京' },
      { kind: 'text', value: 'A & B <c> åä' },
      { kind: 'text', value: 'rad1\r\nrad2 _x0041_' },
    ]);
    expect(s.at('C2').value).toEqual({ kind: 'text', value: '' });
  });

  it('reads inline strings, string formula results, d-typed dates and cells without an r attribute', async () => {
    const wb = await readWorkbook(
      rawXlsx({
        sheets: [
          {
            name: 'Blad1',
            xml:
              '<row r="2"><c r="B2" t="inlineStr"><is><t>Inline</t></is></c><c t="inlineStr"><is><r><t>Ri</t></r><r><t>ch</t></r></is></c>' +
              '<c t="str"><f>B2&amp;"!"</f><v>Inline!</v></c><c t="d"><v>2021-04-30T00:00:00Z</v></c></row>' +
              '<row><c><v>7</v></c></row>',
          },
        ],
      }),
    );
    const s = wb.sheets[0]!;
    expect(s.at('B2').value).toEqual({ kind: 'text', value: 'Inline' });
    expect(s.at('C2').value).toEqual({ kind: 'text', value: 'Rich' });
    expect(s.at('D2')).toEqual({ value: { kind: 'text', value: 'Inline!' }, formula: 'B2&"!"' });
    expect(s.at('E2').value).toEqual({ kind: 'date', value: '2021-04-30' });
    expect(s.at('A3').value).toEqual({ kind: 'number', value: 7 });
  });

  it('reads SpreadsheetML written with a namespace prefix (x:worksheet, x:c)', async () => {
    const wb = await readWorkbook(
      rawXlsx({
        prefix: 'x',
        sharedStrings: ['<x:si><x:t>Prefixed</x:t></x:si>'],
        styles: { xfs: [0, 14] },
        sheets: [
          {
            name: 'Blad1',
            state: 'hidden',
            xml: '<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" s="1"><x:v>44316</x:v></x:c><x:c r="C1"><x:f>1+1</x:f><x:v>2</x:v></x:c></x:row>',
            after: '<x:sheetProtection sheet="1"/><x:mergeCells count="1"><x:mergeCell ref="A1:A2"/></x:mergeCells>',
          },
        ],
      }),
    );
    const s = wb.sheets[0]!;
    expect([s.hidden, s.protected, s.merges]).toEqual([true, true, ['A1:A2']]);
    expect(s.at('A1').value).toEqual({ kind: 'text', value: 'Prefixed' });
    expect(s.at('B1').value).toEqual({ kind: 'date', value: '2021-04-30' });
    expect(s.at('C1')).toEqual({ value: { kind: 'number', value: 2 }, formula: '1+1' });
  });

  it('takes number formats from cellXfs only, custom codes included, built-in ids mapped to codes', async () => {
    const wb = await readWorkbook(
      rawXlsx({
        styles: { xfs: [0, 164, 165, 10, 14, 3, 49], numFmts: { 164: '#,##0.0;-#,##0.0', 165: '[$-41D]d mmmm yyyy' } },
        sheets: [
          {
            name: 'Blad1',
            xml:
              '<row r="1"><c r="A1" s="0"><v>1</v></c><c r="B1" s="1"><v>1163.6</v></c><c r="C1" s="2"><v>44316</v></c>' +
              '<c r="D1" s="3"><v>0.729</v></c><c r="E1" s="4"><v>44316.75</v></c><c r="F1" s="5"><v>1000</v></c><c r="G1" s="6" t="inlineStr"><is><t>0012</t></is></c></row>',
          },
        ],
      }),
    );
    const s = wb.sheets[0]!;
    expect(s.at('A1')).toEqual({ value: { kind: 'number', value: 1 } });
    expect(s.at('B1')).toEqual({ value: { kind: 'number', value: 1163.6 }, numFmt: '#,##0.0;-#,##0.0' });
    expect(s.at('C1')).toEqual({ value: { kind: 'date', value: '2021-04-30' }, numFmt: '[$-41D]d mmmm yyyy' });
    expect(s.at('D1')).toEqual({ value: { kind: 'number', value: 0.729 }, numFmt: '0.00%' });
    expect(s.at('E1')).toEqual({ value: { kind: 'date', value: '2021-04-30' }, numFmt: 'mm-dd-yy' });
    expect(s.at('F1')).toEqual({ value: { kind: 'number', value: 1000 }, numFmt: '#,##0' });
    expect(s.at('G1')).toEqual({ value: { kind: 'text', value: '0012' }, numFmt: '@' });
  });

  it('keeps a formula with no cached result, shares formulas across columns and strips _xlfn. prefixes', async () => {
    const wb = await readWorkbook(
      rawXlsx({
        sheets: [
          {
            name: 'Blad1',
            xml:
              '<row r="1"><c r="A1"><f>NOW()</f></c><c r="B1"><f t="shared" ref="B1:D1" si="0">B$2+\'Blad 2\'!B2+LOG10(B3)</f><v>1</v></c>' +
              '<c r="C1"><f t="shared" si="0"/><v>2</v></c><c r="D1"><f t="shared" si="0"/><v>3</v></c>' +
              '<c r="E1"><f>_xlfn.IFS(A1&gt;0,"ja",TRUE,"nej")</f><v>1</v></c></row>',
          },
        ],
      }),
    );
    const s = wb.sheets[0]!;
    expect(s.at('A1')).toEqual({ value: { kind: 'empty' }, formula: 'NOW()' });
    expect(['B1', 'C1', 'D1'].map((a) => s.at(a).formula)).toEqual([
      "B$2+'Blad 2'!B2+LOG10(B3)",
      "C$2+'Blad 2'!C2+LOG10(C3)",
      "D$2+'Blad 2'!D2+LOG10(D3)",
    ]);
    expect(s.at('E1').formula).toBe('IFS(A1>0,"ja",TRUE,"nej")');
  });

  it('resolves sheet parts through the relationships, whatever their file names', async () => {
    const bytes = rawXlsx({
      sheets: [
        { name: 'Första', part: './blad/zz.xml', xml: '<row r="1"><c r="A1"><v>1</v></c></row>' },
        { name: 'Andra', part: 'blad/aa.xml', xml: '<row r="1"><c r="A1"><v>2</v></c></row>' },
      ],
    });
    const wb = await readWorkbook(bytes);
    expect(wb.sheets.map((s) => [s.name, s.at('A1').value])).toEqual([
      ['Första', { kind: 'number', value: 1 }],
      ['Andra', { kind: 'number', value: 2 }],
    ]);
  });
});
