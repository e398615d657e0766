import { goldenSuite } from '../../../support/golden';

const rule = (name: string) => `lokal-handlingsplan-mot-kriminalitet/${name}`;

// Header on row 4, the sixteen rows on 5–20. Columns: A Prioriterad utgångspunkt, B Område,
// C Mål och nytta, D Metoder och arbetssätt, E Ansvarig, F Tidsplan, G Uppföljning.
goldenSuite([
  {
    index: 32,
    template: 'lokal-handlingsplan-mot-kriminalitet',
    edition: 'plan-2019-2022',
    checks: [
      { check: 'Tidsplan inside the plan period 2019 – 2022', holds: true, silent: [rule('tidsplan-within-plan-period')] },
      { check: 'Uppföljning values normalise to a subset of {T1, T2, VB}', holds: true, silent: [rule('uppfoljning-is-reporting-points')] },
      {
        check: 'Område filled',
        holds: false,
        // "Våldsprevention med ett jämställdhetsperspektiv" (row 19) and "Civilsamhället" (row 20).
        reported: [
          { rule: rule('required-fields'), cell: 'B19', messageId: 'missing' },
          { rule: rule('required-fields'), cell: 'B20', messageId: 'missing' },
        ],
      },
      { check: 'Ansvarig filled', holds: true, silent: [rule('ansvarig-filled')] },
    ],
  },
]);
