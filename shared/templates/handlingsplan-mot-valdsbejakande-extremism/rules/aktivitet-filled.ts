// "Handlingsplanerna ska innehålla en lokal lägesbild och därtill lämpliga lokala aktiviteter." —
// handlingsplanens inledning (T1 2021, 000 rad 149–151). Each row of an activity table is one
// activity under "Aktivitet | Ansvarig enhetschef | Tidplan | Uppföljning" (000 rad 559–727): a row
// with a responsible person and a tidplan but no activity says nothing about what is to be done.
import { checks, reworded, textAt } from '../../../engine';
import { type VbeLayout, activityRows } from '../layout';

export default reworded(
  checks.requiredCells<VbeLayout>({
    id: 'handlingsplan-mot-valdsbejakande-extremism/aktivitet-filled',
    severity: 'error',
    docs: {
      sv: 'Varje rad i en aktivitetstabell beskriver sin aktivitet i kolumnen "Aktivitet".',
      en: 'Every row of an activity table describes its activity in the column "Aktivitet".',
      source: '"Handlingsplanerna ska innehålla en lokal lägesbild och därtill lämpliga lokala aktiviteter." (000 rad 149–151); kolumnen "Aktivitet" (003 rad 455–545, 000 rad 559–727, 001 rad 3092–3190)',
    },
    cells: ({ sheet, layout }) =>
      activityRows(layout).map(({ row, columns, table }) => ({
        cell: { row, col: columns.aktivitet },
        field: textAt(sheet, table.headerRow, columns.aktivitet),
      })),
  }),
  {
    missing: {
      sv: 'Raden har ansvarig, tidplan eller uppföljning men ingen aktivitet ("{{field}}"). Beskriv vad som ska göras.',
      en: 'The row has someone responsible, a tidplan or a follow-up but no activity ("{{field}}"). Describe what is to be done.',
    },
  },
);
