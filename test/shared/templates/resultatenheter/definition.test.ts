import { Workbook } from '../../../../shared/grid';
import { resultatenheter } from '../../../../shared/templates/resultatenheter';
import { patchSheet, sheetOf } from '../../../support/grid-literal';
import { base, HEADERS_2021 } from './base-sheet';

const recognise = (sheet: ReturnType<typeof sheetOf>) => resultatenheter.recognise(sheet, new Workbook([sheet]));

describe('resultatenheter recognition', () => {
  it('resolves every column of the 2021 form, the unit rows and Summa', () => {
    const hit = recognise(base);
    expect(hit?.edition).toEqual({ id: 'uppfoljning-2021', label: 'Uppföljning av resultatenheter 2021', year: 2021 });
    expect(hit?.layout.columns).toEqual({
      namn: 0,
      bruttobudget: 1,
      varav5: 2,
      resultatForegaende: 3,
      beraknatResultat: 4,
      ackOverforing: 5,
      ackProcent: 6,
      tioProcent: 7,
      aretsProcent: 8,
    });
    expect(hit?.layout.unitRows).toEqual([3, 4, 5]);
    expect(hit?.layout.summaRow).toBe(6);
  });

  it('reads the OCR’d 2020 form: no å/ä/ö, "thr" for tkr, the last columns lost', () => {
    const ocr = sheetOf('Resultatenheter', [
      ['Resultatenhetens namn\n\n(Intraprenader anges sérskilt)', 'Resultat-\nenheternas\nbruttobudget', 'Varav 5 % av\nresultat-\nenheternas\nbruttobudget\n2020', 'resultat\nfran 2019\nOverskott (-)\nUnderskott (+)', 'Beraknat\nresultat 2020\n(exkl. resultatfond)'],
      ['thr'],
      [1, null, null, 4],
      ['Nämnden har inga resultatenheter'],
      ['Summa resultatenheter'],
    ]);
    const hit = recognise(ocr);
    expect(hit?.edition.id).toBe('uppfoljning-2020');
    expect(hit?.layout.columns).toEqual({ namn: 0, bruttobudget: 1, varav5: 2, resultatForegaende: 3, beraknatResultat: 4 });
    expect([hit?.layout.unitRows, hit?.layout.summaRow]).toEqual([[3], 4]);
  });

  it('takes the report year most headers agree on', () => {
    expect(recognise(patchSheet(base, { B1: 'Resultat-\nenheternas\nbruttobudget\n2020' }))?.edition.year).toBe(2021);
  });

  it('counts inserted rows as units up to Summa', () => {
    const rows = [[...HEADERS_2021], ['tkr'], [1, 2, 3, 4, 5, 6], ...Array.from({ length: 50 }, (_, i) => [`Enhet ${i}`, 100])];
    expect(recognise(sheetOf('Resultatenheter', [...rows, ['Summa resultatenheter', 5000]]))?.layout.unitRows).toHaveLength(50);
  });

  it('leaves the VP list (no bruttobudget column) and unrelated sheets alone', () => {
    expect(recognise(sheetOf('Resultatenheter', [['Resultatenheter 2022'], [], ['Resultatenhetens namn']]))).toBeUndefined();
    expect(recognise(sheetOf('Blad1', [['Projekt', 'Kostnad']]))).toBeUndefined();
  });
});
