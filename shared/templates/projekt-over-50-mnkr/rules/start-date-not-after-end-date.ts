// "15 och 16 Datum projektet skall starta resp. avslutas enligt beslutet. 17 och 18 Prognos för
// projektets start- resp. slutdatum." — anvisningen under blanketten (T1 2021, seed 000 rad
// 22–23; VP 2022 "ska", 001 rad 1821–1822). A project cannot end before it starts, neither in the
// decision (15)/(16) nor in the prognos (17)/(18), and the four cells hold dates.
import { checks } from '../../../engine';
import type { ProjektLayout } from '../layout';
import { reworded } from '../../../engine';

export default reworded(
  checks.dateOrder<ProjektLayout>({
    id: 'projekt-over-50-mnkr/start-date-not-after-end-date',
    severity: 'error',
    docs: {
      sv: 'Startdatum ligger inte efter avslutningsdatum: (15) ≤ (16) och (17) ≤ (18). Kolumnerna innehåller datum.',
      en: 'The start date is not after the end date: (15) ≤ (16) and (17) ≤ (18). The columns hold dates.',
      source: 'Anvisning under blanketten: "15 och 16 Datum projektet skall starta resp. avslutas enligt beslutet. 17 och 18 Prognos för projektets start- resp. slutdatum." (T1 2021, 000 rad 22–23; VP 2022, 001 rad 1821–1822)',
    },
    scope: 'row',
    blocks: (ctx) => [
      {
        rows: ctx.layout.projectRows,
        columns: [
          { start: ctx.layout.dates.beslutatStart.col, end: ctx.layout.dates.beslutatSlut.col },
          { start: ctx.layout.dates.prognosStart.col, end: ctx.layout.dates.prognosSlut.col },
        ],
      },
    ],
  }),
  {
    endBeforeStart: {
      sv: 'Avslutningsdatum {{end}} ligger före startdatum {{start}}. Kolumnerna 15–18 anger "Datum projektet ska starta resp. avslutas".',
      en: 'End date {{end}} is before start date {{start}}. Columns 15–18 give the dates the project starts and ends.',
    },
    notADate: {
      sv: '"{{text}}" är inget datum. Kolumnerna 15–18 anger datum då projektet ska starta resp. avslutas; skriv ÅÅÅÅ-MM-DD.',
      en: '"{{text}}" is not a date. Columns 15–18 give the dates the project starts and ends; write YYYY-MM-DD.',
    },
  },
);
