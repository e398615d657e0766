import { lokalHandlingsplanMotKriminalitet as template } from '../../../../../shared/templates/lokal-handlingsplan-mot-kriminalitet';
import rule from '../../../../../shared/templates/lokal-handlingsplan-mot-kriminalitet/rules/uppfoljning-is-reporting-points';
import { testRule } from '../../../../support/rule-tester';
import { planSheet } from '../plan-sheet';

testRule(template, rule, {
  base: planSheet(),
  valid: [{ name: '"T1,T2 och VB", "T1, T2 och VB" and "VB" (spacing only differs)' }],
  invalid: [
    { name: 'no follow-up', patch: { G7: null }, problems: [{ messageId: 'missing', cell: 'G7', data: { choices: 'T1 / T2 / VB' } }] },
    { name: 'a follow-up that is no report', patch: { G8: 'Löpande' }, problems: [{ messageId: 'notAllowed', cell: 'G8', data: { text: 'Löpande' } }] },
  ],
});
