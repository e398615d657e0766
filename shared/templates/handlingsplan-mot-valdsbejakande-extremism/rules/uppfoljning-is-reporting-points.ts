// "Handlingsplanen ska följas upp årligen inom ramen för ordinarie styrning …" — handlingsplanens
// avsnitt Uppföljning (T1 2021, 000 rad 731–735). Uppföljningen sker i stadens rapporter, och
// kolumnen "Uppföljning" anger vilka: "VB", "T2 samt VB" (000 rad 559–727).
import { checks, reworded } from '../../../engine';
import { type VbeLayout, activityRows } from '../layout';

export default reworded(
  checks.choiceCells<VbeLayout>({
    id: 'handlingsplan-mot-valdsbejakande-extremism/uppfoljning-is-reporting-points',
    severity: 'warning',
    docs: {
      sv: 'Uppföljning anger en eller flera av stadens rapporter T1, T2 och VB ("VB", "T2 samt VB").',
      en: 'Uppföljning names one or more of the city\'s reports T1, T2 and VB ("VB", "T2 samt VB").',
      source: '"Handlingsplanen ska följas upp årligen inom ramen för ordinarie styrning …" (000 rad 731–735); kolumnen "Uppföljning" (000 rad 559–727)',
    },
    cells: ({ layout }) => activityRows(layout).map(({ row, columns }) => ({ row, col: columns.uppfoljning })),
    choices: ['T1', 'T2', 'VB'],
    separator: /\s*(?:,|\bsamt\b|\boch\b|&|\+|\/)\s*/,
  }),
  {
    missing: {
      sv: 'Uppföljning saknas; ange i vilken rapport aktiviteten följs upp: {{choices}}.',
      en: 'No follow-up is given; state in which report the activity is followed up: {{choices}}.',
    },
    notAllowed: {
      sv: 'Uppföljningen "{{text}}" är ingen av rapporterna {{choices}}.',
      en: 'The follow-up "{{text}}" is none of the reports {{choices}}.',
    },
  },
);
