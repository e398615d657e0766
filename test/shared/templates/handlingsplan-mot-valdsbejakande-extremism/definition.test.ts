import { Workbook } from '../../../../shared/grid';
import { recognise as recogniseAny } from '../../../../shared/engine';
import { templates } from '../../../../shared/templates';
import { handlingsplanMotValdsbejakandeExtremism as template } from '../../../../shared/templates/handlingsplan-mot-valdsbejakande-extremism';
import { patchSheet, sheetOf } from '../../../support/grid-literal';
import { ocrSheet, planSheet } from './plan-sheet';

const recognise = (sheet: ReturnType<typeof sheetOf>) => template.recognise(sheet, new Workbook([sheet]));

describe('handlingsplan-mot-valdsbejakande-extremism recognition', () => {
  it('is the template every registered template leaves the plan to', () => {
    for (const sheet of [planSheet(), ocrSheet()]) {
      expect(recogniseAny(sheet, new Workbook([sheet]), templates)?.template.id).toBe('handlingsplan-mot-valdsbejakande-extremism');
    }
  });

  it('takes the edition and plan year from the report line, OCR included', () => {
    expect(recognise(planSheet())?.edition).toEqual({ id: 't1-2021', label: 'Tertialrapport 1 2021, handlingsplan mot våldsbejakande extremism', year: 2021 });
    expect(recognise(ocrSheet())?.edition.id).toBe('t1-2020');
    expect(recognise(patchSheet(planSheet(), { A1: 'Nämndens budget/verksamhetsplan 2022' }))?.layout.planPeriod).toEqual({ start: '2022-01-01', end: '2022-12-31', label: '2022' });
  });

  it('splits the tables at their headings and blank rows', () => {
    const tables = recognise(planSheet())!.layout.tables;
    expect(tables.map((t) => [t.heading?.text, t.headerRow, t.rows])).toEqual([
      ['Aktiviteter för Arbetsmarknadsnämnden', 5, [6, 7]],
      ['Aktiviteter föreningsbidrag och upplåtande av lokaler eller öppna rum', 10, [11]],
      ['Kompetenshöjande aktiviteter:', 14, [15]],
    ]);
  });

  it('does not claim a header without a heading that names activities', () => {
    expect(recognise(sheetOf('Blad1', [['Projekt'], ['Aktivitet', 'Ansvarig', 'Tidplan', 'Uppföljning'], ['X', 'Y', '2021', 'VB']]))).toBeUndefined();
  });
});
