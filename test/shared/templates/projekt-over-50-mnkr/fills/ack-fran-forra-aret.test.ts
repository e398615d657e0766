import { Workbook } from '../../../../../shared/grid';
import { planFillsForSheet } from '../../../../../shared/engine';
import { projektOver50Mnkr } from '../../../../../shared/templates/projekt-over-50-mnkr';
import fill from '../../../../../shared/templates/projekt-over-50-mnkr/fills/ack-fran-forra-aret';
import { testFill } from '../../../../support/fill-tester';
import { patchSheet } from '../../../../support/grid-literal';
import { PROJECTS, filledSheet } from '../filled-sheet';

// Last year's forms with the same five projects: T1 2020 (Ack. t.o.m. 2019, Prognos 2020 in F–G)
// for T1 2021, and T1 2021 (Ack. t.o.m. 2020, Prognos 2021) for VP 2022.
const t1of2020 = { previous: { file: 'T1 2020.xlsx', workbook: new Workbook([filledSheet(1)]) } };
const t1of2021 = { previous: { file: 'T1 2021.xlsx', workbook: new Workbook([filledSheet(0)]) } };
const vpOf2022 = { previous: { file: 'VP 2022.xlsx', workbook: new Workbook([filledSheet(2)]) } };

// Project 1: Ack 12,4 / −3,1 and Prognos for the current year 8 / −2 in every edition's sheet.
testFill(projektOver50Mnkr, fill, {
  base: filledSheet(0),
  cases: [
    { name: 'no previous workbook: nothing to fetch' },
    {
      name: 'T1 2021 from T1 2020: Ack. t.o.m. 2020 = Ack. t.o.m. 2019 + Prognos 2020, for each project by name',
      patch: { B10: null, C10: null },
      sources: t1of2020,
      // Rows 11–14 hold this year's Ack. again, which last year's form does not give: only suggested.
      fixes: { B10: 20.4, C10: -5.1 },
      suggestions: { B11: 39.7, C11: -27.7, B12: 55, B13: 45, C13: -20, B14: 9.7, C14: -9.7 },
    },
    {
      name: 'a project last year’s form does not know is left alone',
      sheet: patchSheet(filledSheet(0), { A11: 'Nytt projekt 2021', B10: 20.4, C10: -5.1, B12: 55, B13: 45, C13: -20, B14: 9.7, C14: -9.7 }),
      sources: t1of2020,
    },
    {
      name: 'VP 2022 from T1 2021',
      sheet: patchSheet(filledSheet(2), { B12: null }),
      sources: t1of2021,
      fixes: { B12: 20.4 },
      suggestions: { C12: -5.1, B13: 39.7, C13: -27.7, B14: 55, B15: 45, C15: -20, B16: 9.7, C16: -9.7 },
    },
    {
      name: 'the same Ack. year (T1 2022 after VP 2022) is copied',
      sheet: patchSheet(filledSheet(2), { B12: null }),
      sources: vpOf2022,
      fixes: { B12: PROJECTS[0]!.ack[0] },
    },
  ],
});

describe('projekt-over-50-mnkr/ack-fran-forra-aret sources', () => {
  it('names last year’s file and cells, and says it rests on a forecast', () => {
    const sheet = patchSheet(filledSheet(0), { B10: null });
    const plan = planFillsForSheet(sheet, new Workbook([sheet]), { ...projektOver50Mnkr, fills: [fill] }, t1of2020);
    const edit = plan.fixes.find((e) => e.cell === 'B10')!;
    expect(edit.source).toEqual({ kind: 'previous-workbook', file: 'T1 2020.xlsx', sheet: 'Blad1', cell: 'B12' });
    expect(edit.reason.sv).toBe('(1) Ack. t.o.m. 2020 Kostnad = Ack. t.o.m. 2019 + prognos för 2020 i T1 2020.xlsx (Blad1!B12, Blad1!F12) = 20,4 mnkr. Bygger på prognos; stäm av mot bokslutets utfall.');
  });
});
