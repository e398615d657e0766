import { ansokanAvvecklingLokaler } from '../../../../../shared/templates/ansokan-avveckling-lokaler';
import rule from '../../../../../shared/templates/ansokan-avveckling-lokaler/rules/area-is-positive';
import { testRule } from '../../../../support/rule-tester';
import { base } from '../base-sheet';

testRule(ansokanAvvecklingLokaler, rule, {
  base,
  valid: [
    { name: 'every lokal has its area' },
    { name: 'an empty line below the lokaler is no application', patch: { A9: null, H9: null } },
    { name: 'an area that is text is left to amounts-are-numbers', patch: { B7: 'ca 300' } },
  ],
  invalid: [
    { name: 'a lokal without its area', patch: { B7: null }, problems: [{ messageId: 'missingArea', cell: 'B7' }] },
    { name: 'an area of zero', patch: { B6: 0 }, problems: [{ messageId: 'notPositive', cell: 'B6', data: { area: 0 } }] },
    { name: 'a negative area', patch: { B7: -320 }, problems: [{ messageId: 'notPositive', cell: 'B7', data: { area: -320 } }] },
  ],
});
