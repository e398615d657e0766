// Mallen har ingen skriven anvisning; kolumnordningen är själva regeln: "Utfall 2020 | VP 2021 |
// Avvikelse | Prognos 2021 | Prognos 2022 | Prognos 2023" (000 rad 87–99), "Prognos 2021 | VP 2022 |
// Plan 2023 … Plan 2026" (001 rad 1749–1756) och "(1) Utfall utgift 2018 | (2) VP Utgift 2019 |
// (3) S:a avvik 2019 | (4) Utfall utgift 2019" (002 rad 2611–2627). Åren följer på varandra från
// rapportåret; ett årtal som inte rullats fram ("VP 2017") eller skrivits fel ("Plan 20223") syns här.
import { defineRule, type RuleContext } from '../../../engine';
import type { InvesteringarLayout } from '../layout';

export default defineRule({
  meta: {
    id: 'investeringar/column-years-match-report-year',
    severity: 'warning',
    docs: {
      sv: 'Årtalen i kolumnrubrikerna följer på varandra och stämmer med rapportåret (Utfall N−1, VP N, Prognos N …; i VP: Prognos N−1, VP N, Plan N+1 …).',
      en: 'The years in the column headers are consecutive and agree with the report year (Utfall N−1, VP N, Prognos N …; in the VP: Prognos N−1, VP N, Plan N+1 …).',
      source: 'Kolumnrubrikerna i de fyra utgåvorna: 003 rad 83–114, 000 rad 87–99, 001 rad 1749–1756, 002 rad 2611–2627; mallen har ingen skriven anvisning',
    },
    messages: {
      wrongYear: {
        sv: 'Rubriken "{{header}}" anger {{found}}, men för rapportåret {{reportYear}} ska kolumnen avse {{expected}}.',
        en: 'The header "{{header}}" says {{found}}, but for report year {{reportYear}} the column must refer to {{expected}}.',
      },
      notAYear: {
        sv: 'Rubriken "{{header}}" innehåller "{{digits}}", som inte är något årtal; kolumnen ska avse {{expected}}.',
        en: 'The header "{{header}}" contains "{{digits}}", which is not a year; the column must refer to {{expected}}.',
      },
    },
  },
  *check({ layout }: RuleContext<InvesteringarLayout>) {
    for (const y of layout.headerYears) {
      if (y.year === undefined) {
        yield { messageId: 'notAYear', cell: y.cell, data: { header: y.header, digits: y.digits, expected: String(y.expected) } } as const;
      } else if (y.year !== y.expected) {
        const data = { header: y.header, found: String(y.year), expected: String(y.expected), reportYear: String(layout.reportYear) };
        yield { messageId: 'wrongYear', cell: y.cell, data } as const;
      }
    }
  },
});
