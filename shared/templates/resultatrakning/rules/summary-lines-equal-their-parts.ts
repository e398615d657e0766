// Resultaträkningens uppställning (VB 2019, 002 rad 5578–5691): grupperna "Verksamhetens intäkter
// (-)" (konto 30–38), "Verksamhetens kostnader (+)" (40–78), "Avskrivningar (+)" (79), "Finansiella
// intäkter (-)" (84) och "Finansiella kostnader (+)" (85) summerar sina konton; "Verksamhetens
// nettokostnader", "Verksamhetens resultat", "Resultat efter finansiella poster" och "Årets
// resultat" är vart och ett föregående resultat plus raderna däremellan. Ingen skriven anvisning.
import { checks, reworded } from '../../../engine';
import type { ResultatrakningLayout } from '../layout';

export default reworded(
  checks.summaryLines<ResultatrakningLayout>({
    id: 'resultatrakning/summary-lines-equal-their-parts',
    severity: 'error',
    docs: {
      sv: 'Varje grupp är summan av sina konton, och varje resultatrad är föregående resultat plus raderna mellan dem, i alla fyra kolumner.',
      en: 'Every group is the sum of its accounts, and every result line is the previous result plus the lines between them, in all four columns.',
      source: 'Resultaträkningens grupper och resultatrader (002 rad 5578–5691): "Verksamhetens nettokostnader", "Verksamhetens resultat", "Resultat efter finansiella poster", "Årets resultat"',
    },
    lines: ({ layout }) => [...layout.groups, ...layout.results],
    columns: ({ layout }) => layout.columns,
    tolerance: 0.005,
  }),
  {
    lineMismatch: {
      sv: '"{{line}}" är {{actual}} kr i kolumnen "{{column}}", men {{parts}} ger {{expected}} kr.',
      en: '"{{line}}" is {{actual}} kr in column "{{column}}", but {{parts}} make {{expected}} kr.',
    },
  },
);
