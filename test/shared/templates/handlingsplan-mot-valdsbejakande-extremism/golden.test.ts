import { goldenSuite } from '../../../support/golden';

const rule = (name: string) => `handlingsplan-mot-valdsbejakande-extremism/${name}`;
const ANSVARIG = rule('ansvarig-filled');
const TIDPLAN = rule('tidplan-within-plan-year');
const UPPFOLJNING = rule('uppfoljning-is-reporting-points');

// Each table: its heading, the header on the next row, the activities, a blank row. Columns:
// A Aktivitet, B Ansvarig (enhetschef), C Tidplan, D Uppföljning.
goldenSuite([
  {
    index: 29,
    template: 'handlingsplan-mot-valdsbejakande-extremism',
    edition: 't1-2020',
    checks: [
      {
        check: 'Tidplan filled',
        holds: false,
        // "Aktiviteter för Arbetsmarknadsnämnden" runs on rows 7–9; rows 8 and 9 have no Tidplan.
        reported: [
          { rule: TIDPLAN, cell: 'C8', messageId: 'missing' },
          { rule: TIDPLAN, cell: 'C9', messageId: 'missing' },
        ],
      },
      { check: 'Uppföljning uses the reporting points T1/T2/VB', holds: true, silent: [UPPFOLJNING] },
      // Recognition reads the OCR'd header "Ansvarig" as the Ansvarig column, and every row has one.
      { check: "header 'Ansvarig' (T1 2020) vs 'Ansvarig enhetschef' (2021-2022)", holds: true, silent: [ANSVARIG] },
    ],
  },
  {
    index: 30,
    template: 'handlingsplan-mot-valdsbejakande-extremism',
    edition: 't1-2021',
    checks: [
      { check: 'every row has Ansvarig, Tidplan, Uppföljning', holds: true, silent: [ANSVARIG, TIDPLAN, UPPFOLJNING] },
      { check: 'Tidplan within the plan year', holds: true, silent: [TIDPLAN] },
    ],
  },
  {
    index: 31,
    template: 'handlingsplan-mot-valdsbejakande-extremism',
    edition: 'vp-2022',
    checks: [
      { check: 'every row has Ansvarig, Tidplan, Uppföljning', holds: true, silent: [ANSVARIG, TIDPLAN, UPPFOLJNING] },
      {
        check: "table 'Aktiviteter föreningsbidrag och upplåtande av lokaler eller öppna rum' has at least one row",
        holds: false,
        // Heading on row 11, header on row 12, and nothing under it.
        reported: [{ rule: rule('every-table-has-activities'), cell: 'A13', messageId: 'noActivities' }],
      },
    ],
  },
]);
