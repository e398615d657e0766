import { investeringar } from '../../../../../shared/templates/investeringar';
import rule from '../../../../../shared/templates/investeringar/rules/utgifter-not-negative';
import { testRule } from '../../../../support/rule-tester';
import { uppfoljning2021, vb2019, vp2022 } from '../base-sheets';

testRule(investeringar, rule, {
  base: uppfoljning2021,
  valid: [
    { name: 'uppföljning: every expenditure positive' },
    { name: 'a negative Avvikelse: prognos above VP', patch: { E4: 5, D4: { f: 'C4-E4', v: -1 } } },
    { name: 'zero expenditure', patch: { B4: 0 } },
    { name: 'VP edition', sheet: vp2022 },
    { name: 'VB edition', sheet: vb2019 },
    { name: 'an empty cell is another rule’s business', patch: { F4: null } },
  ],
  invalid: [
    { name: 'Utfall entered with a minus sign', patch: { B4: -1.3 }, problems: [{ messageId: 'negativeUtgift', cell: 'B4', data: { header: 'Utfall 2020', value: -1.3 } }] },
    { name: 'a Prognos typed as negative text', patch: { G4: '-4,0' }, problems: [{ messageId: 'negativeUtgift', cell: 'G4', data: { header: 'Prognos 2023', value: -4 } }] },
    { name: 'VP: a Plan year negative', sheet: vp2022, patch: { D4: -4 }, problems: [{ messageId: 'negativeUtgift', cell: 'D4', data: { header: 'Plan 2023' } }] },
    { name: 'VB: (2) VP Utgift negative', sheet: vb2019, patch: { C8: -6 }, problems: [{ messageId: 'negativeUtgift', cell: 'C8' }] },
  ],
});
