// Kolumnen "Uppföljning" i den lokala handlingsplanen (T1 2021, 000 rad 768–770) anger i vilka av
// stadens rapporter raden följs upp: "T1,T2 och VB", "T1, T2 och VB", "VB".
import { checks, reworded } from '../../../engine';
import type { KriminalitetLayout } from '../layout';

export default reworded(
  checks.choiceCells<KriminalitetLayout>({
    id: 'lokal-handlingsplan-mot-kriminalitet/uppfoljning-is-reporting-points',
    severity: 'warning',
    docs: {
      sv: 'Uppföljning anger en eller flera av stadens rapporter T1, T2 och VB.',
      en: 'Uppföljning names one or more of the city\'s reports T1, T2 and VB.',
      source: 'Kolumnen "Uppföljning" (000 rad 768–770), värdena "T1,T2 och VB", "T1, T2 och VB" och "VB"',
    },
    cells: ({ layout }) => {
      const col = layout.columns.uppfoljning;
      return col === undefined ? [] : layout.rows.map((row) => ({ row, col }));
    },
    choices: ['T1', 'T2', 'VB'],
    separator: /\s*(?:,|\bsamt\b|\boch\b|&|\+|\/)\s*/,
  }),
  {
    missing: {
      sv: 'Uppföljning saknas; ange i vilken rapport raden följs upp: {{choices}}.',
      en: 'No follow-up is given; state in which report the row is followed up: {{choices}}.',
    },
    notAllowed: {
      sv: 'Uppföljningen "{{text}}" är ingen av rapporterna {{choices}}.',
      en: 'The follow-up "{{text}}" is none of the reports {{choices}}.',
    },
  },
);
