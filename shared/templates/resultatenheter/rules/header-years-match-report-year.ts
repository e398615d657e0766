// Rubrikerna bär åren: "Resultatenheternas bruttobudget 2021", "resultat från 2020", "Beräknat
// resultat 2021", "resultatöverföring till 2022" (T1 2021, 000 rad 35–41; i T1 2020 ett år tidigare,
// 003 rad 35–60). Ett år som inte rullats fram gör att siffrorna avser fel period.
import { defineRule, type RuleContext } from '../../../engine';
import type { ResultatenheterLayout } from '../layout';

export default defineRule({
  meta: {
    id: 'resultatenheter/header-years-match-report-year',
    severity: 'warning',
    docs: {
      sv: 'Åren i rubrikerna stämmer med rapportåret N: bruttobudget N, resultat från N−1, beräknat resultat N, överföring till N+1.',
      en: 'The years in the headers agree with the report year N: gross budget N, result from N−1, computed result N, carry-over to N+1.',
      source: 'Kolumnrubrikerna i T1 2021 (000 rad 35–41) och T1 2020 (003 rad 35–60)',
    },
    messages: {
      wrongYear: {
        sv: 'Rubriken "{{header}}" anger {{found}}, men de övriga rubrikerna avser rapportåret {{reportYear}}, så här ska det stå {{expected}}.',
        en: 'The header "{{header}}" says {{found}}, but the other headers refer to report year {{reportYear}}, so it should say {{expected}}.',
      },
    },
  },
  *check({ layout }: RuleContext<ResultatenheterLayout>) {
    for (const y of layout.headerYears) {
      if (y.year !== y.expected && layout.reportYear !== undefined) {
        const data = { header: y.header, found: String(y.year), expected: String(y.expected), reportYear: String(layout.reportYear) };
        yield { messageId: 'wrongYear', cell: y.cell, data } as const;
      }
    }
  },
});
