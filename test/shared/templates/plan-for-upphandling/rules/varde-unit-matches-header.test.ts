import { planForUpphandling } from '../../../../../shared/templates/plan-for-upphandling';
import rule from '../../../../../shared/templates/plan-for-upphandling/rules/varde-unit-matches-header';
import { testRule } from '../../../../support/rule-tester';
import { base } from '../base-sheet';

testRule(planForUpphandling, rule, {
  base,
  valid: [
    { name: 'values in mnkr under "Värde mnkr"' },
    { name: 'values in kronor under "Värde kr"', patch: { F11: 'Värde kr', F13: 5_000_000 } },
    { name: '"Inte bestämt" among the values', patch: { F14: 'Inte bestämt' } },
  ],
  invalid: [
    {
      name: 'VP 2022: kronor under "Värde mnkr"',
      patch: { F13: 5_000_000, F14: 28_000_000 },
      problems: [{ messageId: 'kronorUnderUnitHeader', cell: 'F11', data: { header: 'Värde mnkr', unit: 'mnkr', count: 2, example: 5_000_000 } }],
    },
    {
      name: 'kronor under "Värde tkr"',
      patch: { F11: 'Värde tkr', F16: 1_800_000 },
      problems: [{ messageId: 'kronorUnderUnitHeader', cell: 'F11', data: { unit: 'tkr', count: 1 } }],
    },
  ],
});
