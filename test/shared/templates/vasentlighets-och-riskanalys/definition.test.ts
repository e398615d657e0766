import { Workbook } from '../../../../shared/grid';
import { recognise as recogniseAny } from '../../../../shared/engine';
import { templates } from '../../../../shared/templates';
import { vasentlighetsOchRiskanalys } from '../../../../shared/templates/vasentlighets-och-riskanalys';
import { patchSheet, sheetOf } from '../../../support/grid-literal';
import { ikpSheet } from '../internkontrollplan/ikp-sheets';
import { vorSheet } from './vor-sheet';

const recognise = (sheet: ReturnType<typeof sheetOf>) => vasentlighetsOchRiskanalys.recognise(sheet, new Workbook([sheet]));

describe('vasentlighets-och-riskanalys recognition', () => {
  it('is the template every registered template leaves the VoR to, with the year of its report line', () => {
    const sheet = vorSheet();
    expect(recogniseAny(sheet, new Workbook([sheet]), templates)?.template.id).toBe('vasentlighets-och-riskanalys');
    expect(recognise(sheet)?.edition).toEqual({ id: 'vp-2022', label: 'Verksamhetsplan 2022, väsentlighets- och riskanalys', year: 2022 });
  });

  it('reads the header without å/ä/ö and "Riskvärde" for RV', () => {
    const hit = recognise(patchSheet(vorSheet(), { E13: 'Oonskad handelse', H13: 'Riskvarde', A1: null }));
    expect(hit?.layout.columns).toMatchObject({ nr: 3, handelse: 4, sannolikhet: 5, konsekvens: 6, rv: 7, ikp: 8 });
    expect(hit?.edition.id).toBe('vp');
  });

  it('finds the matrix cells with their sannolikhet and konsekvens, the legend counts and the total', () => {
    const matrix = recognise(vorSheet())?.layout.matrix;
    expect(matrix?.cells.filter((c) => c.numbers.length > 0).map((c) => [c.numbers, c.sannolikhet, c.konsekvens])).toEqual([
      [[3], 4, 3],
      [[2], 3, 3],
      [[1], 2, 1],
      [[4], 2, 3],
    ]);
    expect(matrix?.counts.map((c) => [c.klass, c.count])).toEqual([
      ['kritisk', 1],
      ['medium', 2],
      ['lag', 1],
    ]);
    expect(matrix?.total).toEqual({ cell: { row: 3, col: 10 }, value: 4 });
  });

  it('skips a header repeated on a new page', () => {
    const sheet = patchSheet(vorSheet(), { D16: 'Nr', E16: 'Oönskad händelse', F16: 'Sannolikhet', G16: 'Konsekvens', H16: 'RV', I16: 'IKP' });
    expect(recognise(sheet)?.layout.rows).toEqual([13, 14, 16]);
  });

  it('does not claim the internkontrollplan, or a table without scores', () => {
    expect(recognise(ikpSheet())).toBeUndefined();
    expect(recognise(sheetOf('Blad1', [['Nr', 'Oönskad händelse', 'RV'], [1, 'Något', 6]]))).toBeUndefined();
  });
});
