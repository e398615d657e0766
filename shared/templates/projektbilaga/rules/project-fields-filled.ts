// "Projektets budget: … / Nämndens medfinansiering: … / Start och avslutsdatum: … / Ansvarig
// avdelning: …" under a heading "Projekt finansierade av …, nämnden är projektägare" — every
// project of the Projektbilaga carries the same fixed fields (templates.md §T20; 002 rad 288–553,
// 003 rad 553–825, 000 rad 1222–1545, 001 rad 3208–3491). A row without its financier, its name or
// its responsible department cannot be told apart or followed up. Budget, medfinansiering and the
// period have rules of their own.
import { checks, reworded } from '../../../engine';
import type { RequiredCell } from '../../../engine/checks';
import type { FieldKey, ProjektbilagaLayout } from '../layout';

const FIELDS: readonly FieldKey[] = ['finansiar', 'projekt', 'avdelning'];

function* requiredFields({ layout }: { layout: ProjektbilagaLayout }): Iterable<RequiredCell> {
  for (const row of layout.projectRows) {
    for (const key of FIELDS) {
      const col = layout.columns[key];
      if (col !== undefined) yield { cell: { row, col }, field: layout.headers[key] ?? key };
    }
  }
}

export default reworded(
  checks.requiredCells<ProjektbilagaLayout>({
    id: 'projektbilaga/project-fields-filled',
    severity: 'error',
    docs: {
      sv: 'Varje projekt anger finansiär och roll, projektets namn och ansvarig avdelning.',
      en: 'Every project gives its financier and role, its name and the responsible department.',
      source: 'Projektbilagans fasta fält per projekt: rubriken "Projekt finansierade av …", projektnamnet och "Ansvarig avdelning:" (002 rad 288–553, 003 rad 553–825, 000 rad 1222–1545, 001 rad 3208–3491)',
    },
    cells: requiredFields,
  }),
  {
    missing: {
      sv: '"{{field}}" saknas på projektraden; varje projekt i projektbilagan anger finansiär, namn och ansvarig avdelning.',
      en: '"{{field}}" is missing on the project row; every project in the Projektbilaga gives its financier, name and responsible department.',
    },
  },
);
