// Kolumnen "Måldatum" i kompetensförsörjningsplanens aktivitetstabell (VP 2022, 001 rad 2584–2781,
// alla rader "2022-12-31"). Aktiviteterna är planens för verksamhetsåret, så måldatum är ett datum
// inom planåret.
import { checks, reworded } from '../../../engine';
import { type KompetensLayout, planYearPeriod } from '../layout';

export default reworded(
  checks.periodWithin<KompetensLayout>({
    id: 'kompetensforsorjning/maldatum-within-plan-year',
    severity: 'error',
    docs: {
      sv: 'Varje aktivitet har ett måldatum inom planåret.',
      en: 'Every activity has a target date (Måldatum) within the plan year.',
      source: 'Kolumnen "Måldatum" i aktivitetstabellen, VP 2022 (001 rad 2584–2781)',
    },
    cells: ({ layout }) => layout.rows.map((row) => ({ row, col: layout.columns.maldatum })),
    period: ({ layout }) => planYearPeriod(layout),
  }),
  {
    missing: {
      sv: 'Måldatum saknas; ange när aktiviteten ska vara genomförd (t.ex. 2022-12-31).',
      en: 'The target date is missing; give the date the activity is to be done by (e.g. 2022-12-31).',
    },
    notAPeriod: {
      sv: 'Måldatum "{{text}}" går inte att läsa som datum; skriv ÅÅÅÅ-MM-DD.',
      en: 'The target date "{{text}}" cannot be read as a date; write YYYY-MM-DD.',
    },
    outsidePeriod: {
      sv: 'Måldatum "{{text}}" ({{start}} – {{end}}) ligger utanför planåret {{period}}.',
      en: 'The target date "{{text}}" ({{start}} – {{end}}) lies outside the plan year {{period}}.',
    },
  },
);
