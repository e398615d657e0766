import { Workbook } from '../../../../shared/grid';
import { kaaTabeller } from '../../../../shared/templates/kaa-tabeller';
import { patchSheet, sheetOf } from '../../../support/grid-literal';
import { enkat, jobbtorg, uppsok } from './base-sheets';

const recognise = (sheet: typeof jobbtorg) => kaaTabeller.recognise(sheet, new Workbook([sheet]));

describe('kaa-tabeller recognition and blocks', () => {
  it('resolves the Jobbtorg table: a Totalt row, the studier/arbete sum, each share against its population', () => {
    const hit = recognise(jobbtorg)!;
    expect(hit.edition.id).toBe('resultat-per-jobbtorg-2019');
    const [block] = hit.layout.blocks;
    expect(block!.totalRows).toEqual([{ row: 6, label: 'Totalt', parts: [4, 5] }]);
    expect(block!.sumColumns).toEqual([{ col: 8, header: 'Antal till studier/arbete', parts: [4, 6] }]);
    // (share column, numerator, base): avslutade of inskrivna, outcomes of avslutade.
    expect(block!.shares.map((s) => [s.col, s.numerator, s.base])).toEqual([
      [3, 2, { kind: 'column', col: 1 }],
      [5, 4, { kind: 'column', col: 2 }],
      [7, 6, { kind: 'column', col: 2 }],
      [9, 8, { kind: 'column', col: 2 }],
    ]);
  });

  it('resolves stacked blocks: totals by label, "sökta totalt" over the rows since the last total, the Totalt column', () => {
    const hit = recognise(uppsok)!;
    expect(hit.layout.kind).toBe('uppsok-och-stod');
    expect(hit.layout.blocks.map((b) => [b.title, b.totalRows.map((t) => [t.row, t.parts])])).toEqual([
      ['Antal ungdomar som omfattades av uppsök, nådda och ej nådda', [[6, [4, 5]], [9, [7, 8]]]],
      ['Ungdomar som tagit del av stöd', [[15, [13, 14]]]],
    ]);
    expect(hit.layout.blocks[0]!.sumColumns).toEqual([{ col: 3, header: 'Totalt', parts: [1, 2] }]);
    expect(hit.layout.blocks[1]!.columns.map((c) => c.header)).toEqual(['2019', '2018']);
  });

  it('resolves survey shares against the total row, and shares of a whole', () => {
    const hit = recognise(enkat)!;
    expect(hit.edition.id).toBe('enkater');
    const [answers, knowledge] = hit.layout.blocks;
    expect(answers!.shares).toEqual([{ col: 2, header: '%', numerator: 1, base: { kind: 'totalRow', row: 7 }, decimals: 0 }]);
    expect(knowledge!.wholes.map((w) => w.header)).toEqual(['Andel']);
  });

  it('claims only sheets with one of the known tables', () => {
    expect(recognise(patchSheet(jobbtorg, { A2: 'Resultat per enhet', A4: 'Enhet' }))).toBeUndefined();
    expect(recognise(sheetOf('Blad1', [['Summa'], ['Konto', 'Belopp'], ['Lön', 10], ['Totalt', 10]]))).toBeUndefined();
  });
});
