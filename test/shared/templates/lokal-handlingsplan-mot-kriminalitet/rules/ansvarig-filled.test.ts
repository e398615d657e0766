import { lokalHandlingsplanMotKriminalitet as template } from '../../../../../shared/templates/lokal-handlingsplan-mot-kriminalitet';
import rule from '../../../../../shared/templates/lokal-handlingsplan-mot-kriminalitet/rules/ansvarig-filled';
import { testRule } from '../../../../support/rule-tester';
import { planSheet } from '../plan-sheet';

testRule(template, rule, {
  base: planSheet(),
  valid: [{ name: 'every row names who is responsible' }],
  invalid: [{ name: 'a row with no one responsible', patch: { E7: null }, problems: [{ messageId: 'missing', cell: 'E7', data: { field: 'Ansvarig' } }] }],
});
