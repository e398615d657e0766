import { Workbook } from '../../../../shared/grid';
import { recognise as recogniseAny } from '../../../../shared/engine';
import { templates } from '../../../../shared/templates';
import { uppfoljningAvNamndensInternkontrollplan as template } from '../../../../shared/templates/uppfoljning-av-namndens-internkontrollplan';
import { patchSheet, sheetOf } from '../../../support/grid-literal';
import { ikpSheet } from '../internkontrollplan/ikp-sheets';
import { followUpSheet } from './follow-up-sheet';

const recognise = (sheet: ReturnType<typeof sheetOf>) => template.recognise(sheet, new Workbook([sheet]));

describe('uppfoljning-av-namndens-internkontrollplan recognition', () => {
  it('is the template every registered template leaves the follow-up to', () => {
    const sheet = followUpSheet();
    expect(recogniseAny(sheet, new Workbook([sheet]), templates)?.template.id).toBe('uppfoljning-av-namndens-internkontrollplan');
  });

  it('tells the VB from the T2 delrapport by the report line', () => {
    expect(recognise(followUpSheet())?.edition.id).toBe('vb-2019');
    expect(recognise(patchSheet(followUpSheet(), { A1: 'Tertialrapport 2 2020' }))?.edition.id).toBe('t2-2020');
    expect(recognise(patchSheet(followUpSheet(), { A1: null }))?.edition.id).toBe('vb');
  });

  it('finds the Bedömning and the Analys below their labels', () => {
    const layout = recognise(followUpSheet())!.layout;
    expect(layout.bedomning).toEqual({ label: { row: 2, col: 0 }, value: { row: 3, col: 0 } });
    expect(layout.analys).toEqual({ label: { row: 5, col: 0 }, value: { row: 6, col: 0 } });
    expect(layout.rows).toEqual([9, 10, 11, 12]);
  });

  it('does not claim the internkontrollplan itself', () => {
    expect(recognise(ikpSheet())).toBeUndefined();
  });
});
