// "Overheadkostnader (max 15 procent av löne- eller arvodeskostnader)" — raden i kostnadstabellen
// (Mall för ansökan – statsbidrag, T1 2021, 000 rad 1962). Beloppen anges i hela kronor, så taket
// avrundas till hela kronor: 15 % av 4 495 392 är 674 308,80, och 674 309 ryms (katalogens
// anmärkning om VUX-ansökan).
import { defineRule, numberAt, type RuleContext } from '../../../engine';
import { percent } from '../../../locale';
import type { StatsbidragLayout } from '../layout';

export default defineRule({
  meta: {
    id: 'ansokan-statsbidrag/overhead-within-15-percent-of-salary',
    severity: 'error',
    docs: {
      sv: 'Overheadkostnaderna är högst 15 % av löne- och arvodeskostnaderna, avrundat till hela kronor.',
      en: 'Overhead is at most 15 % of salary and fee costs, rounded to whole kronor.',
      source: 'Raden "Overheadkostnader (max 15 procent av löne- eller arvodeskostnader)" (000 rad 1962)',
    },
    messages: {
      overCap: {
        sv: 'Overheadkostnaderna {{actual}} kr är {{share}} av lönekostnaderna {{salary}} kr; "max 15 procent av löne- eller arvodeskostnader" ger högst {{cap}} kr.',
        en: 'Overhead of SEK {{actual}} is {{share}} of the salary costs SEK {{salary}}; at most 15 per cent of salary or fee costs gives SEK {{cap}}.',
      },
    },
  },
  *check({ sheet, layout }: RuleContext<StatsbidragLayout>) {
    const lon = layout.costLines.find((l) => l.key === 'lon');
    const overhead = layout.costLines.find((l) => l.key === 'overhead');
    if (!lon || !overhead) return;
    const salary = numberAt(sheet, lon.row, layout.amountCol) ?? 0;
    const actual = numberAt(sheet, overhead.row, layout.amountCol);
    if (actual === undefined || actual === 0) return;
    const cap = Math.round(0.15 * salary);
    if (actual > cap) {
      yield {
        messageId: 'overCap',
        cell: { row: overhead.row, col: layout.amountCol },
        related: [{ row: lon.row, col: layout.amountCol }],
        data: { actual, salary, cap, share: salary === 0 ? { sv: 'mer än 100%', en: 'more than 100%' } : percent(actual / salary) },
      } as const;
    }
  },
});
