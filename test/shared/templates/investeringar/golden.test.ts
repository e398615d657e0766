import { goldenSuite } from '../../../support/golden';

const AVVIKELSE = 'investeringar/avvikelse-equals-vp-minus-prognos';
const COLUMN_YEARS = 'investeringar/column-years-match-report-year';
const TITLE_YEAR = 'investeringar/title-year-matches-report-year';

goldenSuite([
  {
    index: 6,
    template: 'investeringar',
    edition: 'uppfoljning-2020',
    checks: [
      { check: 'Avvikelse = VP 2020 - Prognos 2020', holds: true, silent: [AVVIKELSE] },
      {
        check: 'cross-check: Utfall 2019 equals VB 2019 Utfall utgift 2019 (seed 002, 2,7)',
        holds: true,
        external: 'needs the VB 2019 workbook (instance 9): Utfall N−1 here against its column (4)',
      },
    ],
  },
  {
    index: 7,
    template: 'investeringar',
    edition: 'uppfoljning-2021',
    checks: [
      { check: 'Avvikelse = VP 2021 - Prognos 2021', holds: true, silent: [AVVIKELSE, COLUMN_YEARS] },
      { check: 'title year equals report year', holds: false, reported: [{ rule: TITLE_YEAR, cell: 'A1', messageId: 'staleTitleYear' }] },
    ],
  },
  {
    index: 8,
    template: 'investeringar',
    edition: 'vp-2022',
    checks: [
      { check: 'column headers are consecutive years', holds: false, reported: [{ rule: COLUMN_YEARS, cell: 'D3', messageId: 'notAYear' }] },
      {
        check: "cross-check: Prognos 2021 equals T1 2021 'Prognos 2021' (seed 000, 4,0)",
        holds: true,
        external: 'needs the latest tertial report of 2021 (instance 7): its Prognos 2021 against this Prognos 2021',
      },
    ],
  },
  {
    index: 9,
    template: 'investeringar',
    edition: 'vb-2019',
    checks: [
      { check: '(3) S:a avvik = (2) VP utgift 2019 - (4) Utfall utgift 2019', holds: true, silent: [AVVIKELSE] },
      { check: 'column (2) label year matches report year', holds: false, reported: [{ rule: COLUMN_YEARS, cell: 'C7', messageId: 'wrongYear' }] },
      {
        check: 'cross-check with Budgetavräkning 2019 Investeringsplan Utgifter (6 000 000,00 / 2 724 257,94 / 3 275 742,06 kr) rounded to 0,1 mnkr',
        holds: true,
        external: 'needs the bokslut Budgetavräkning (T17) of 2019, in kronor, rounded to 0,1 mnkr',
      },
    ],
  },
]);
