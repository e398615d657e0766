import { Workbook } from '../../../../shared/grid';
import { recognise as recogniseAny } from '../../../../shared/engine';
import { templates } from '../../../../shared/templates';
import { internkontrollplan } from '../../../../shared/templates/internkontrollplan';
import { patchSheet, sheetOf } from '../../../support/grid-literal';
import { followUpSheet } from '../uppfoljning-av-namndens-internkontrollplan/follow-up-sheet';
import { vorSheet } from '../vasentlighets-och-riskanalys/vor-sheet';
import { ikpSheet } from './ikp-sheets';

const recognise = (sheet: ReturnType<typeof sheetOf>) => internkontrollplan.recognise(sheet, new Workbook([sheet]));

describe('internkontrollplan recognition', () => {
  it('is the template every registered template leaves the plan to, VP year from the report line', () => {
    const sheet = ikpSheet();
    expect(recogniseAny(sheet, new Workbook([sheet]), templates)?.template.id).toBe('internkontrollplan');
    expect(recognise(sheet)?.edition).toEqual({ id: 'vp-2022', label: 'Verksamhetsplan 2022, internkontrollplan', year: 2022 });
  });

  it('reads KF-mål headings as the goal of the controls under them', () => {
    const layout = recognise(ikpSheet())!.layout;
    expect(layout.goalRows).toEqual([4, 6]);
    expect(layout.rows.map((r) => [r.row, r.goal?.slice(0, 4)])).toEqual([
      [5, '1.1 '],
      [7, '3.1.'],
      [8, '3.1.'],
    ]);
  });

  it('reads "Metoder för kontroll" and "Systematiska kontroller" as the columns the instruction names', () => {
    const hit = recognise(patchSheet(ikpSheet(), { C4: 'Systematiska kontroller', F4: 'Metoder för kontroll av de systematiska kontrollerna' }));
    expect(hit?.layout.columns).toMatchObject({ systematiskKontroll: 2, kontrollaktivitet: 5 });
  });

  it('does not claim the VoR or the VB follow-up', () => {
    expect(recognise(vorSheet())).toBeUndefined();
    expect(recognise(followUpSheet())).toBeUndefined();
  });
});
