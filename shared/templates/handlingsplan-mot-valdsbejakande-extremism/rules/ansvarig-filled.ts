// "I riktlinjerna framgår att stadsdelsnämnderna och berörda facknämnder ska utarbeta lokala
// handlingsplaner. Syftet med handlingsplanen är att säkerställa en tydlig ansvarsfördelning och
// struktur för arbetet …" — handlingsplanens inledning (T1 2021, 000 rad 143–147). Varje aktivitet
// har därför en ansvarig i kolumnen "Ansvarig enhetschef" (T1 2020: "Ansvarig").
import { checks, reworded, textAt } from '../../../engine';
import { type VbeLayout, activityRows } from '../layout';

export default reworded(
  checks.requiredCells<VbeLayout>({
    id: 'handlingsplan-mot-valdsbejakande-extremism/ansvarig-filled',
    severity: 'error',
    docs: {
      sv: 'Varje aktivitet har en ansvarig (kolumnen "Ansvarig enhetschef", i T1 2020 "Ansvarig").',
      en: 'Every activity has someone responsible (the column "Ansvarig enhetschef", in T1 2020 "Ansvarig").',
      source: '"Syftet med handlingsplanen är att säkerställa en tydlig ansvarsfördelning och struktur för arbetet …" (000 rad 145–147); kolumnen "Ansvarig enhetschef" (000 rad 559–727)',
    },
    cells: ({ sheet, layout }) =>
      activityRows(layout).map(({ row, columns, table }) => ({
        cell: { row, col: columns.ansvarig },
        field: textAt(sheet, table.headerRow, columns.ansvarig).replace(/\s+/g, ' '),
      })),
  }),
  {
    missing: {
      sv: 'Aktiviteten saknar ansvarig ("{{field}}"). "Syftet med handlingsplanen är att säkerställa en tydlig ansvarsfördelning"; ange vem som ansvarar.',
      en: 'The activity has no one responsible. The plan exists to make responsibilities clear; name who is responsible ("{{field}}").',
    },
  },
);
