// Tabellen "Prioriterad utgångspunkt | Område | Mål och nytta | Metoder och arbetssätt | …" (T1
// 2021, 000 rad 768–770) ordnar planen efter strategins utgångspunkter och områden. Varje rad har
// sin utgångspunkt, sitt område, sitt mål och sina metoder, ifyllda eller sammanslagna med raden
// ovanför. Under "Våldsprevention med ett jämställdhetsperspektiv" och "Civilsamhället" står
// Område tomt.
import { checks, reworded } from '../../../engine';
import type { KriminalitetLayout } from '../layout';

export default reworded(
  checks.requiredCells<KriminalitetLayout>({
    id: 'lokal-handlingsplan-mot-kriminalitet/required-fields',
    severity: 'warning',
    docs: {
      sv: 'Varje rad har Prioriterad utgångspunkt, Område, Mål och nytta samt Metoder och arbetssätt (ifyllda eller sammanslagna med raden ovanför).',
      en: 'Every row has Prioriterad utgångspunkt, Område, Mål och nytta and Metoder och arbetssätt (filled in, or merged with the row above).',
      source: 'Kolumnrubrikerna "Prioriterad utgångspunkt | Område | Mål och nytta | Metoder och arbetssätt" (000 rad 768–770)',
    },
    cells: ({ layout }) => {
      const c = layout.columns;
      const fields = [
        [c.utgangspunkt, 'Prioriterad utgångspunkt'],
        [c.omrade, 'Område'],
        [c.malOchNytta, 'Mål och nytta'],
        [c.metoder, 'Metoder och arbetssätt'],
      ] as const;
      return layout.rows.flatMap((row) => fields.flatMap(([col, field]) => (col === undefined ? [] : [{ cell: { row, col }, field }])));
    },
  }),
  {
    missing: {
      sv: '"{{field}}" är tomt. Ange det, eller slå ihop cellen med raden ovanför om raden hör dit.',
      en: '"{{field}}" is empty. Fill it in, or merge the cell with the row above if the row belongs there.',
    },
  },
);
