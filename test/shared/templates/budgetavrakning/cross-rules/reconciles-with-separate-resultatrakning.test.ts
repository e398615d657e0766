import { budgetavrakning } from '../../../../../shared/templates/budgetavrakning';
import rule from '../../../../../shared/templates/budgetavrakning/cross-rules/reconciles-with-separate-resultatrakning';
import { resultatrakning } from '../../../../../shared/templates/resultatrakning';
import { testCrossRule } from '../../../../support/cross-rule-tester';
import { patchSheet } from '../../../../support/grid-literal';
import { base as rr } from '../../resultatrakning/base-sheet';
import { budgetavrakningSheet } from '../base-sheet';

/** Utfall tied to the small Resultaträkning: Kostnader 3 780, Intäkter (-) −1 105, Summa drift 2 675. */
const tied = patchSheet(budgetavrakningSheet(), { C6: 3700, C7: 60, C8: 20, C9: 3780, C10: -1105, C11: 0, C12: -1105, C13: 2675 });

// The Resultaträkning's Totalt is column E: finansiella intäkter E19, kostnader E21, årets resultat E25.
testCrossRule(budgetavrakning, rule, {
  base: tied,
  partner: { template: resultatrakning, base: rr },
  valid: [
    { name: 'Kostnader, Intäkter (-) and Summa drift tie to the Totalt' },
    { name: 'a Resultaträkning of another year is no pair', patch: { C9: 1 }, partners: [{ template: resultatrakning, sheet: rr, patch: { A1: 'Period: 201801-201813' } }] },
    { name: 'within half an öre', patch: { C13: 2675.004 } },
  ],
  invalid: [
    {
      name: 'Kostnader and Summa drift off by 20 kr',
      patch: { C9: 3760, C13: 2655 },
      problems: [
        { messageId: 'differsFromResultatrakning', cell: 'C9', partnerCell: 'E21', data: { actual: 3760, expected: 3780 } },
        { messageId: 'differsFromResultatrakning', cell: 'C13', partnerCell: 'E25', data: { actual: 2655, expected: 2675 } },
      ],
    },
    {
      name: 'Intäkter (-) leaving out the financial income',
      patch: { C12: -1100, C13: 2680 },
      problems: [
        { messageId: 'differsFromResultatrakning', cell: 'C12', partnerCell: 'E19', data: { expected: -1105 } },
        { messageId: 'differsFromResultatrakning', cell: 'C13', partnerCell: 'E25' },
      ],
    },
  ],
});
