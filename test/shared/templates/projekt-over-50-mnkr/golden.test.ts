import { goldenSuite } from '../../../support/golden';

const SUMMA = 'projekt-over-50-mnkr/summa-equals-sum-of-project-rows';
const NUMBERS = 'projekt-over-50-mnkr/amounts-are-numbers';
const YEAR_LABEL = 'projekt-over-50-mnkr/every-pair-has-year-label';

// The structure checks are decided by recognition (the suite asserts the template and edition)
// and by layout.test.ts, which holds the decoded columns of these same files to the catalogue.
goldenSuite([
  {
    index: 0,
    template: 'projekt-over-50-mnkr',
    edition: 't1-2021',
    checks: [
      {
        check: 'structure: 26 numeric columns ((1)-(14) with (7)-(10) repeated per plan year) + 4 date columns',
        holds: true,
        silent: [NUMBERS],
      },
      { check: 'Summa row = sum of project rows, per column', holds: true, silent: [SUMMA] },
      {
        check:
          'sub-header sequence decodes to Ack | 2021 Budget,Prognos | 2022..2025 Plan,Prognos | Total Beslutat,Prognos | Datum Beslutat,Prognos',
        holds: true,
        silent: [YEAR_LABEL],
      },
    ],
  },
  {
    index: 1,
    template: 'projekt-over-50-mnkr',
    edition: 't1-2020',
    checks: [
      {
        check: "number format '0,0' in every numeric cell",
        holds: false,
        // Summa row (17), 4th value: column E, (4) Budget 2020 Intäkt (-).
        reported: [{ rule: NUMBERS, cell: 'E17' }],
      },
      { check: 'Summa row = sum of project rows, per column', holds: true, silent: [SUMMA] },
      { check: 'sub-header sequence', holds: true, silent: [YEAR_LABEL] },
    ],
    alsoReported: [
      {
        rule: 'projekt-over-50-mnkr/summa-keeps-its-formulas',
        cell: 'E17',
        messageId: 'typedOverFormula',
        why: "The scan's '00' is no formula result (Excel prints a sum as '0,0'): it was typed over the Summa formula. It still reads as 0, so a warning.",
      },
    ],
  },
  {
    index: 2,
    template: 'projekt-over-50-mnkr',
    edition: 'vp-2022',
    checks: [
      {
        check: 'structure: 22 numeric columns (9 Kostnad/Intäkt pairs + 4 totals) + 4 date columns',
        holds: true,
        silent: [NUMBERS],
      },
      {
        check: 'every Kostnad/Intäkt pair has a year label',
        holds: false,
        // The year-group row (7) over the ninth pair, columns R:S, after "2025" over P:Q.
        reported: [{ rule: YEAR_LABEL, cell: 'R7', messageId: 'missingYear' }],
      },
      { check: 'Summa row = sum of project rows, per column', holds: true, silent: [SUMMA] },
    ],
  },
]);
