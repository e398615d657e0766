// "Respektive nämnd ska besluta om vilka enheter som är resultatenheter med en beslutsats. Ange
// nedan vilka enheter som är resultatenheter och vilka som eventuellt avslutades under 2021.
// Fördela resultatenheterna per verksamhetsområde." — VP 2022, flik Resultatenheter (001 rad 1764–1766).
import { checks, reworded } from '../../../engine';
import type { ResultatenheterListaLayout } from '../layout';

export default reworded(
  checks.rowsOrNilStatement<ResultatenheterListaLayout>({
    id: 'resultatenheter-lista/units-or-nil-statement',
    severity: 'error',
    docs: {
      sv: 'Listan tar upp minst en resultatenhet, eller säger uttryckligen att nämnden inte har några.',
      en: 'The list names at least one result unit, or states explicitly that the nämnd has none.',
      source: '"Ange nedan vilka enheter som är resultatenheter och vilka som eventuellt avslutades under 2021. Fördela resultatenheterna per verksamhetsområde." (001 rad 1765–1766)',
    },
    dataRows: ({ layout }) => layout.listRows,
    keyColumns: ({ layout }) => [layout.header.col],
    nilStatement: /inga resultatenheter/i,
    anchor: ({ layout }) => ({ row: layout.header.row + 1, col: layout.header.col }),
    example: 'Nämnden har inga resultatenheter',
  }),
  {
    missingRows: {
      sv: 'Listan är tom. "Ange nedan vilka enheter som är resultatenheter", per verksamhetsområde, eller skriv "{{example}}".',
      en: 'The list is empty. Name the result units below, grouped by verksamhetsområde, or write "{{example}}".',
    },
  },
);
