import { handlingsplanMotValdsbejakandeExtremism as template } from '../../../../../shared/templates/handlingsplan-mot-valdsbejakande-extremism';
import rule from '../../../../../shared/templates/handlingsplan-mot-valdsbejakande-extremism/rules/uppfoljning-is-reporting-points';
import { testRule } from '../../../../support/rule-tester';
import { ocrSheet, planSheet } from '../plan-sheet';

testRule(template, rule, {
  base: planSheet(),
  valid: [
    { name: '"VB", "T2 samt VB", "T1,T2 och VB"' },
    { name: 'spacing and case as typed', patch: { D7: 'vb', D8: 'T1, T2 och VB', D12: 'T2 & VB' } },
    { name: 'the OCR header "Uppféljning"', sheet: ocrSheet() },
  ],
  invalid: [
    { name: 'no follow-up point', patch: { D7: null }, problems: [{ messageId: 'missing', cell: 'D7', data: { choices: 'T1 / T2 / VB' } }] },
    { name: 'a report that is no reporting point', patch: { D8: 'Årsrapport' }, problems: [{ messageId: 'notAllowed', cell: 'D8', data: { text: 'Årsrapport' } }] },
    { name: 'a tertial that does not exist', patch: { D16: 'T1, T3 och VB' }, problems: [{ messageId: 'notAllowed', cell: 'D16', data: { text: 'T1, T3 och VB' } }] },
  ],
});
