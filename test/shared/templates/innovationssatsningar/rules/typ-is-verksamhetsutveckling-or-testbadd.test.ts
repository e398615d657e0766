import { innovationssatsningar } from '../../../../../shared/templates/innovationssatsningar';
import rule from '../../../../../shared/templates/innovationssatsningar/rules/typ-is-verksamhetsutveckling-or-testbadd';
import { testRule } from '../../../../support/rule-tester';
import { base } from '../base-sheet';

testRule(innovationssatsningar, rule, {
  base,
  valid: [
    { name: 'the two kinds, one hyphenated' },
    { name: 'an empty type (left to the required-fields rule)', patch: { B5: null } },
  ],
  invalid: [
    {
      name: 'VP 2022 Vux 2.0: a description instead of a kind',
      patch: { B5: 'Utveckla nya digitala undervisningsmetoder inom vuxenutbildningen' },
      problems: [{ messageId: 'notAType', cell: 'B5', data: { text: 'Utveckla nya digitala undervisningsmetoder inom vuxenutbildningen' } }],
    },
    {
      name: 'VP 2022 DEV: "Verkamhetsutveckling"',
      patch: { B6: 'Verkamhetsutveckling' },
      problems: [{ messageId: 'misspelt', cell: 'B6', data: { text: 'Verkamhetsutveckling', type: 'Verksamhetsutveckling' } }],
    },
  ],
});
