import { Workbook } from '../../../../shared/grid';
import { projektbilaga } from '../../../../shared/templates/projektbilaga';
import { patchSheet } from '../../../support/grid-literal';
import { base } from './base-sheet';

const recognise = (sheet: typeof base) => projektbilaga.recognise(sheet, new Workbook([sheet]));

describe('projektbilaga recognition', () => {
  it('reads the edition and the report date from the report line', () => {
    expect(recognise(base)?.edition).toEqual({ id: 't1-2021', label: 'Tertialrapport 1 2021, projektbilaga', year: 2021 });
    expect(recognise(base)?.layout.reportDate).toBe('2021-04-30');
    expect(recognise(patchSheet(base, { A2: 'Verksamhetsberättelse 2019' }))?.layout.reportDate).toBe('2019-12-31');
    expect(recognise(patchSheet(base, { A2: 'Nämndens budget/verksamhetsplan 2022' }))?.edition.id).toBe('vp-2022');
    expect(recognise(patchSheet(base, { A2: null }))?.edition.id).toBe('projektbilaga');
  });

  it('finds the columns by header text, OCR without å/ä/ö and in another order', () => {
    const moved = patchSheet(base, { C6: 'Namndens medfinansiering', D6: 'Projektets budget', E6: 'Start och slutdatum' });
    expect(recognise(moved)?.layout.columns).toEqual({ finansiar: 0, projekt: 1, medfinansiering: 2, budget: 3, period: 4, avdelning: 5 });
  });

  it('takes the rows down to the first empty row, and knows where a new project can go', () => {
    const layout = recognise(base)!.layout;
    expect(layout.projectRows).toEqual([6, 7, 8, 9]);
    expect(layout.nextFreeRow).toBe(10);
    expect(layout.listsOngoing).toBe(true);
  });

  it('does not claim a sheet without both budget and medfinansiering headers', () => {
    expect(recognise(patchSheet(base, { D6: 'Kommentar' }))).toBeUndefined();
    expect(recognise(patchSheet(base, { C6: 'Kostnad' }))).toBeUndefined();
  });
});
