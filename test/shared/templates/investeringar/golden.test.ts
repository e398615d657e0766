import { goldenSuite } from '../../../support/golden';

const AVVIKELSE = 'investeringar/avvikelse-equals-vp-minus-prognos';
const COLUMN_YEARS = 'investeringar/column-years-match-report-year';
const TITLE_YEAR = 'investeringar/title-year-matches-report-year';
const EARLIER = 'investeringar/figures-match-earlier-report';
const BOKSLUT = 'investeringar/matches-budgetavrakning';

goldenSuite([
  {
    index: 6,
    template: 'investeringar',
    edition: 'uppfoljning-2020',
    // The VB 2019 investeringar (instance 9) as a file of its own: its (4) Utfall utgift 2019.
    partners: [9],
    checks: [
      { check: 'Avvikelse = VP 2020 - Prognos 2020', holds: true, silent: [AVVIKELSE] },
      { check: 'cross-check: Utfall 2019 equals VB 2019 Utfall utgift 2019 (seed 002, 2,7)', holds: true, silent: [EARLIER] },
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
    // T1 2021 (instance 7), the latest tertial report of 2021 in the catalogue.
    partners: [7],
    checks: [
      { check: 'column headers are consecutive years', holds: false, reported: [{ rule: COLUMN_YEARS, cell: 'D3', messageId: 'notAYear' }] },
      { check: "cross-check: Prognos 2021 equals T1 2021 'Prognos 2021' (seed 000, 4,0)", holds: true, silent: [EARLIER] },
    ],
  },
  {
    index: 9,
    template: 'investeringar',
    edition: 'vb-2019',
    // The bokslut 2019 Budgetavräkning (instance 14), in kronor.
    partners: [14],
    checks: [
      { check: '(3) S:a avvik = (2) VP utgift 2019 - (4) Utfall utgift 2019', holds: true, silent: [AVVIKELSE] },
      { check: 'column (2) label year matches report year', holds: false, reported: [{ rule: COLUMN_YEARS, cell: 'C7', messageId: 'wrongYear' }] },
      {
        check: 'cross-check with Budgetavräkning 2019 Investeringsplan Utgifter (6 000 000,00 / 2 724 257,94 / 3 275 742,06 kr) rounded to 0,1 mnkr',
        holds: true,
        silent: [BOKSLUT],
      },
    ],
  },
]);
