import { Workbook } from '../../../../shared/grid';
import { recognise as recogniseAny } from '../../../../shared/engine';
import { templates } from '../../../../shared/templates';
import { kompetensforsorjning } from '../../../../shared/templates/kompetensforsorjning';
import { patchSheet, sheetOf } from '../../../support/grid-literal';
import { activitySheet } from './activity-sheet';

const recognise = (sheet: ReturnType<typeof sheetOf>) => kompetensforsorjning.recognise(sheet, new Workbook([sheet]));

describe('kompetensforsorjning recognition', () => {
  it('is the template every registered template leaves the table to', () => {
    const sheet = activitySheet();
    expect(recogniseAny(sheet, new Workbook([sheet]), templates)?.template.id).toBe('kompetensforsorjning');
  });

  it('takes the stage and plan year from the report line', () => {
    expect(recognise(activitySheet())?.edition).toEqual({ id: 'vp-2022', label: 'Verksamhetsplan 2022, kompetensförsörjning', year: 2022 });
    expect(recognise(patchSheet(activitySheet(), { A1: 'Tertialrapport 2 2022' }))?.layout.stage).toBe('t2');
    expect(recognise(patchSheet(activitySheet(), { A1: 'Verksamhetsberättelse 2022' }))?.layout.stage).toBe('vb');
  });

  it('skips a header repeated on a new page and still knows the table without UBARA by its activity column', () => {
    const repeated = patchSheet(activitySheet(), { B6: 'Kompetensförsörjningsaktivitet', A6: 'Verksamhetsplan VP - mål', C6: 'UBARA' });
    expect(recognise(repeated)?.layout.rows).toEqual([4, 6]);
    expect(recognise(patchSheet(activitySheet(), { C4: null }))?.layout.columns.ubara).toBeUndefined();
  });

  it('does not claim a list of activities with dates that is no kompetensförsörjning table', () => {
    expect(recognise(sheetOf('Blad1', [['Aktivitet', 'Måldatum', 'Ansvarig'], ['Workshop', '2022-05-01', 'VUX']]))).toBeUndefined();
  });
});
