// Aktivitetstabellen "Verksamhetsplan VP - mål | Kompetensförsörjningsaktivitet | …" (VP 2022, 001
// rad 2584–2781): varje rad är en aktivitet kopplad till ett mål i verksamhetsplanen.
import { checks, reworded } from '../../../engine';
import type { KompetensLayout } from '../layout';

export default reworded(
  checks.requiredCells<KompetensLayout>({
    id: 'kompetensforsorjning/required-fields',
    severity: 'error',
    docs: {
      sv: 'Varje rad har ett VP-mål och en kompetensförsörjningsaktivitet.',
      en: 'Every row has a VP goal and a competence-supply activity.',
      source: 'Kolumnerna "Verksamhetsplan VP - mål" och "Kompetensförsörjningsaktivitet" (001 rad 2584–2781)',
    },
    cells: ({ layout }) => {
      const c = layout.columns;
      const fields = [
        [c.vpMal, 'Verksamhetsplan VP - mål'],
        [c.aktivitet, 'Kompetensförsörjningsaktivitet'],
      ] as const;
      return layout.rows.flatMap((row) => fields.flatMap(([col, field]) => (col === undefined ? [] : [{ cell: { row, col }, field }])));
    },
  }),
  {
    missing: {
      sv: '"{{field}}" saknas på raden; varje aktivitet hör till ett mål i verksamhetsplanen.',
      en: '"{{field}}" is missing on the row; every activity belongs to a goal of the operational plan.',
    },
  },
);
