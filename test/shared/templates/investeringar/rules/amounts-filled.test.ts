import { investeringar } from '../../../../../shared/templates/investeringar';
import rule from '../../../../../shared/templates/investeringar/rules/amounts-filled';
import { testRule } from '../../../../support/rule-tester';
import { uppfoljning2021, vb2019, vp2022 } from '../base-sheets';

testRule(investeringar, rule, {
  base: uppfoljning2021,
  valid: [
    { name: 'uppföljning: every amount filled, Avvikelse the formula' },
    { name: 'VP: Prognos, VP and four Plan years filled', sheet: vp2022 },
    { name: 'VB: (1)–(4) filled', sheet: vb2019 },
    { name: 'zero written as 0,0', patch: { F4: 0, G4: 0 } },
  ],
  invalid: [
    { name: 'Utfall left empty', patch: { B4: null }, problems: [{ messageId: 'missing', cell: 'B4', data: { field: 'Utfall 2020' } }] },
    {
      name: 'VP and a later Prognos left empty',
      patch: { C4: null, G4: null },
      problems: [
        { messageId: 'missing', cell: 'C4', data: { field: 'VP 2021' } },
        { messageId: 'missing', cell: 'G4', data: { field: 'Prognos 2023' } },
      ],
    },
    { name: 'Avvikelse cleared', patch: { D4: null }, problems: [{ messageId: 'missing', cell: 'D4', data: { field: 'Avvikelse' } }] },
    { name: 'VP: a Plan year left empty', sheet: vp2022, patch: { E4: null }, problems: [{ messageId: 'missing', cell: 'E4', data: { field: 'Plan 2024' } }] },
    { name: 'VB: (4) Utfall utgift left empty', sheet: vb2019, patch: { E8: '  ' }, problems: [{ messageId: 'missing', cell: 'E8' }] },
  ],
});
