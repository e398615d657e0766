// "1) Resultatenhetens namn (intraprenader skall särskilt anges)." — Anvisningar (T1 2021, 000 rad
// 43). En blankett utan enheter ska säga det, som T1 2020 gjorde: "Nämnden har inga
// resultatenheter" (003 rad 59). En tom blankett går inte att skilja från en glömd.
import { checks, reworded } from '../../../engine';
import type { ResultatenheterLayout } from '../layout';

export default reworded(
  checks.rowsOrNilStatement<ResultatenheterLayout>({
    id: 'resultatenheter/units-or-nil-statement',
    severity: 'warning',
    docs: {
      sv: 'Blanketten namnger minst en resultatenhet, eller säger uttryckligen "Nämnden har inga resultatenheter".',
      en: 'The form names at least one result unit, or states explicitly "Nämnden har inga resultatenheter".',
      source: '"1) Resultatenhetens namn (intraprenader skall särskilt anges)." (000 rad 43); T1 2020 skrev "Nämnden har inga resultatenheter" (003 rad 59)',
    },
    dataRows: ({ layout }) => layout.unitRows,
    keyColumns: ({ layout }) => [layout.columns.namn],
    nilStatement: /inga resultatenheter/i,
    anchor: ({ layout }) => ({ row: layout.unitRows[0] ?? layout.headerRow, col: layout.columns.namn }),
    example: 'Nämnden har inga resultatenheter',
  }),
  {
    missingRows: {
      sv: 'Ingen resultatenhet är namngiven ("1) Resultatenhetens namn"). Fyll i enheterna, eller skriv "{{example}}" om det inte finns några.',
      en: 'No result unit is named. Fill in the units, or write "{{example}}" if there are none.',
    },
  },
);
