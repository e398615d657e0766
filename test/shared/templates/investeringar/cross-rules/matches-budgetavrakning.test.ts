import { budgetavrakning } from '../../../../../shared/templates/budgetavrakning';
import { investeringar } from '../../../../../shared/templates/investeringar';
import rule from '../../../../../shared/templates/investeringar/cross-rules/matches-budgetavrakning';
import { testCrossRule } from '../../../../support/cross-rule-tester';
import { base as bokslut2019 } from '../../budgetavrakning/base-sheet';
import { uppfoljning2021, vb2019 } from '../base-sheets';

// The budgetavräkning's "Investeringsplan Utgifter" is row 14: B budget, C utfall, D avvikelse.
testCrossRule(investeringar, rule, {
  base: vb2019,
  partner: { template: budgetavrakning, base: bokslut2019 },
  valid: [
    { name: 'VB 2019 6,0 / 3,3 / 2,7 = 6 000 000,00 / 3 275 742,06 / 2 724 257,94 kr' },
    { name: 'a follow-up has no bokslut to agree with', sheet: uppfoljning2021 },
    {
      name: 'the bokslut of another year is not this VB’s',
      patch: { E8: 9.9 },
      partners: [{ template: budgetavrakning, sheet: bokslut2019, patch: { A1: 'Period: 201801-201813' } }],
    },
  ],
  invalid: [
    {
      name: 'Utfall typed 2,8 where the ledger says 2 724 257,94 kr',
      patch: { E8: 2.8 },
      problems: [{ messageId: 'differsFromBudgetavrakning', cell: 'E8', partnerCell: 'C14', data: { actual: 2.8, expected: 2.7, kronor: 2724257.94 } }],
    },
    {
      name: 'VP and S:a avvik both off',
      patch: { C8: 6.5, D8: { f: 'C8-E8', v: 3.8 } },
      problems: [
        { messageId: 'differsFromBudgetavrakning', cell: 'C8', partnerCell: 'B14', data: { expected: 6 } },
        { messageId: 'differsFromBudgetavrakning', cell: 'D8', partnerCell: 'D14', data: { expected: 3.3 } },
      ],
    },
  ],
});
