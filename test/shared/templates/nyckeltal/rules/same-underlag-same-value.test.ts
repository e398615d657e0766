import { nyckeltal } from '../../../../../shared/templates/nyckeltal';
import rule from '../../../../../shared/templates/nyckeltal/rules/same-underlag-same-value';
import { testRule } from '../../../../support/rule-tester';
import { base } from '../base-sheet';

testRule(nyckeltal, rule, {
  base,
  valid: [
    { name: '850 tillsvidareanställningar in NT 122 and 123' },
    { name: 'anställda (926) and anställningar (927) are different quantities', patch: { C22: 926, C10: 927 } },
  ],
  invalid: [
    {
      name: 'NT 123 counts 849 tillsvidareanställningar, NT 122 850',
      patch: { C16: 849 },
      problems: [{ messageId: 'differs', cell: 'C16', data: { header: 'Totala antalet tillsvidareanställningar', value: 849, other: 850, otherNt: '122' } }],
    },
  ],
});
