import { Workbook } from '../../../../shared/grid';
import { resultatenheterLista } from '../../../../shared/templates/resultatenheter-lista';
import { sheetOf } from '../../../support/grid-literal';
import { base as followUpForm } from '../resultatenheter/base-sheet';

const recognise = (sheet: ReturnType<typeof sheetOf>) => resultatenheterLista.recognise(sheet, new Workbook([sheet]));

describe('resultatenheter-lista recognition', () => {
  it('recognises the VP list by its title and single header', () => {
    const hit = recognise(sheetOf('Resultatenheter', [['Arbetsmarknadsnämnden'], ['Resultatenheter 2022'], ['Resultatenhetens namn'], ['Jobbtorg'], [], ['Vuxenutbildning']]));
    expect(hit?.edition).toEqual({ id: 'vp-2022', label: 'Verksamhetsplan 2022, resultatenheter', year: 2022 });
    expect(hit?.layout.listRows).toEqual([3, 4, 5]);
  });

  it('does not take the follow-up form, which has bruttobudget beside the name', () => {
    expect(recognise(followUpForm)).toBeUndefined();
    expect(recognise(sheetOf('R', [['Resultatenheter 2022'], ['Resultatenhetens namn', 'Resultatenheternas bruttobudget 2022']]))).toBeUndefined();
  });

  it('needs the title above the header', () => {
    expect(recognise(sheetOf('R', [['Resultatenhetens namn']]))).toBeUndefined();
  });
});
