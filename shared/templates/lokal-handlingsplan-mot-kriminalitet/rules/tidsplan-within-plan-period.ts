// Rubriken "Lokal handlingsplan för Arbetsmarknadsnämnden i enlighet med Stockholms stads strategi
// för att minska risken för att barn, unga och unga vuxna dras in i kriminalitet 2019 – 2022" (T1
// 2021, 000 rad 763–764) anger planperioden; varje rads "Tidsplan" (här "2021-2022") ligger inom den.
import { checks, reworded } from '../../../engine';
import type { KriminalitetLayout } from '../layout';

export default reworded(
  checks.periodWithin<KriminalitetLayout>({
    id: 'lokal-handlingsplan-mot-kriminalitet/tidsplan-within-plan-period',
    severity: 'error',
    docs: {
      sv: 'Varje rad har en tidsplan inom planperioden i rubriken (2019 – 2022).',
      en: 'Every row has a schedule within the plan period in the title (2019 – 2022).',
      source: 'Rubriken "… dras in i kriminalitet 2019 – 2022" (000 rad 763–764) och kolumnen "Tidsplan" (000 rad 768–770)',
    },
    cells: ({ layout }) => layout.rows.map((row) => ({ row, col: layout.columns.tidsplan })),
    period: ({ layout }) => layout.period,
  }),
  {
    missing: {
      sv: 'Tidsplan saknas; ange när arbetet pågår (t.ex. "2021-2022").',
      en: 'No schedule is given; state when the work takes place (e.g. "2021-2022").',
    },
    notAPeriod: {
      sv: 'Tidsplanen "{{text}}" går inte att läsa som tid (t.ex. "2021-2022", "Hösten 2021").',
      en: 'The schedule "{{text}}" cannot be read as a time (e.g. "2021-2022", "Hösten 2021").',
    },
    outsidePeriod: {
      sv: 'Tidsplanen "{{text}}" ({{start}} – {{end}}) ligger utanför planperioden {{period}} i planens rubrik.',
      en: 'The schedule "{{text}}" ({{start}} – {{end}}) lies outside the plan period {{period}} in the plan\'s title.',
    },
  },
);
