import { planForUpphandling } from '../../../../../shared/templates/plan-for-upphandling';
import rule from '../../../../../shared/templates/plan-for-upphandling/rules/kategoriklass-within-kategorifamilj';
import { testRule } from '../../../../support/rule-tester';
import { base } from '../base-sheet';

testRule(planForUpphandling, rule, {
  base,
  valid: [
    { name: 'every class within its family' },
    { name: 'a code written with a full stop', patch: { A13: '1013. Externa tjänster', B13: '101316 Handledningskonsulter' } },
    { name: 'an empty family (left to the required-fields rule)', patch: { A13: null } },
  ],
  invalid: [
    {
      name: 'VP 2022 row 10: class 102414 under family 1012',
      patch: { A16: '1012, HR' },
      problems: [{ messageId: 'classNotInFamily', cell: 'B16', data: { klass: '102414, Möbel & Kontorsflytt', familj: '1012, HR' } }],
    },
    {
      name: 'a family named without its code',
      patch: { A13: 'Externa tjänster' },
      problems: [{ messageId: 'missingCode', cell: 'A13', data: { text: 'Externa tjänster', column: 'kategorifamilj' } }],
    },
    {
      name: 'a class code with four digits',
      patch: { B14: '1018, Coachning och utbildning' },
      problems: [{ messageId: 'malformedCode', cell: 'B14', data: { code: '1018', found: 4, digits: 6 } }],
    },
  ],
});
