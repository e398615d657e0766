import { planForUpphandling } from '../../../../../shared/templates/plan-for-upphandling';
import rule from '../../../../../shared/templates/plan-for-upphandling/rules/every-section-has-rows';
import { testRule } from '../../../../support/rule-tester';
import { base } from '../base-sheet';

testRule(planForUpphandling, rule, {
  base,
  valid: [
    { name: 'each section with rows' },
    { name: 'a section that says it has none', patch: { A17: 'Staberna', A18: 'Inga planerade upphandlingar' } },
  ],
  invalid: [
    {
      name: 'VP 2022: a heading after all rows, nothing beneath it',
      patch: { A17: 'Staberna - Administration, Ekonomi, HR' },
      problems: [{ messageId: 'emptySection', cell: 'A17', data: { section: 'Staberna - Administration, Ekonomi, HR' } }],
    },
    {
      name: 'a procurement above the first section heading',
      patch: {
        A12: '1013, Externa tjänster', B12: '101312, Verksamhetskonsulter', C12: 'Förstudie', D12: 'VT 2022', E12: 'Inte bestämt', F12: 1.2, G12: 'AMN', H12: 'anna.saldeen@stockholm.se',
        A13: 'Avdelningen Jobbtorg Stockholm', B13: null, C13: null, D13: null, E13: null, F13: null, G13: null, H13: null,
      },
      problems: [{ messageId: 'rowOutsideSection', cell: 'A12', data: { section: 'Avdelningen Jobbtorg Stockholm' } }],
    },
  ],
});
