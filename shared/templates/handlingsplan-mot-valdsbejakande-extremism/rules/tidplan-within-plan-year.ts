// "Handlingsplanen revideras årligen utifrån aktuell lägesbild." — handlingsplanens avsnitt
// Uppföljning (T1 2021, 000 rad 737–739; lika i VP 2022, 001 rad 3200). Planen gäller alltså ett år,
// och varje aktivitet har en tidplan inom det året: "2021", "Hösten 2021", "November 2020".
import { checks, reworded } from '../../../engine';
import { type VbeLayout, activityRows } from '../layout';

export default reworded(
  checks.periodWithin<VbeLayout>({
    id: 'handlingsplan-mot-valdsbejakande-extremism/tidplan-within-plan-year',
    severity: 'error',
    docs: {
      sv: 'Varje aktivitet har en tidplan, och den ligger inom planens år.',
      en: 'Every activity has a schedule (Tidplan), within the plan year.',
      source: '"Handlingsplanen revideras årligen utifrån aktuell lägesbild." (000 rad 737–739; 001 rad 3200); kolumnen "Tidplan"',
    },
    cells: ({ layout }) => activityRows(layout).map(({ row, columns }) => ({ row, col: columns.tidplan })),
    period: ({ layout }) => layout.planPeriod,
  }),
  {
    missing: {
      sv: 'Tidplan saknas för aktiviteten; ange när den genomförs (t.ex. "2022", "Hösten 2022").',
      en: 'The activity has no schedule; state when it takes place (e.g. "2022", "Hösten 2022").',
    },
    notAPeriod: {
      sv: 'Tidplanen "{{text}}" går inte att läsa som tid (t.ex. "2022", "Hösten 2022", "November 2022").',
      en: 'The schedule "{{text}}" cannot be read as a time (e.g. "2022", "Hösten 2022", "November 2022").',
    },
    outsidePeriod: {
      sv: 'Tidplanen "{{text}}" ({{start}} – {{end}}) ligger utanför planens år {{period}}; "Handlingsplanen revideras årligen".',
      en: 'The schedule "{{text}}" ({{start}} – {{end}}) lies outside the plan year {{period}}; the plan is revised every year.',
    },
  },
);
