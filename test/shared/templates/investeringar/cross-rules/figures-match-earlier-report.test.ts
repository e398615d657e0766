import { investeringar } from '../../../../../shared/templates/investeringar';
import rule from '../../../../../shared/templates/investeringar/cross-rules/figures-match-earlier-report';
import { testCrossRule } from '../../../../support/cross-rule-tester';
import { sheetOf } from '../../../../support/grid-literal';
import { uppfoljning2021, vb2019, vp2022 } from '../base-sheets';

/** T1 2020: Utfall 2019 in B4, which VB 2019 reports as 2,7 in E8. */
const uppfoljning2020 = sheetOf('Blad1', [
  ['Uppföljning av investeringsbudget 2020'],
  [],
  ['Prognos (mnkr)', 'Utfall 2019', 'VP 2020', 'Avvikelse', 'Prognos \n2020', 'Prognos \n2021', 'Prognos \n2022'],
  ['Inventarier och maskiner', 2.7, 4, { f: 'C4-E4', v: 0 }, 4, 4, 4],
]);

/** VB 2018: its own year's outcome (4) in E8. */
const vb2018 = sheetOf('Blad1', [
  ['Arbetsmarknadsnämnden'],
  [],
  ['Uppföljning av budget 2018 - verksamhetsberättelse och bokslut'],
  [],
  [null, '2017', '2018'],
  ['Utgifter', '(1)', '(2)', '(3)', '(4)'],
  ['mnkr', 'Utfall\nutgift\n2017', 'VP 2018\nUtgift\n2018', 'S:a\navvik\n2018', 'Utfall\nutgift\n2018'],
  ['Inventarier och maskiner', 5, 6, { f: 'C8-E8', v: 0 }, 6],
]);

const withVb = (sheet = vb2019, document = 'VB 2019.xlsx') => ({ template: investeringar, sheet, document });

testCrossRule(investeringar, rule, {
  base: uppfoljning2020,
  partner: { template: investeringar, base: vb2019 },
  valid: [
    { name: 'T1 2020: Utfall 2019 2,7 = VB 2019 (4) 2,7' },
    { name: 'equal at the printed decimal (2,74 shows as 2,7)', patch: { B4: 2.74 } },
    { name: 'T1 2021: no VB 2020 among the partners, nothing to compare', sheet: uppfoljning2021 },
    { name: 'VB 2019 (1) Utfall 2018 beside no VB 2018', sheet: vb2019, partners: [withVb(uppfoljning2021, 'T1 2021.xlsx')] },
    { name: 'VP 2022: Prognos 2021 4,0 = T1 2021 Prognos 2021', sheet: vp2022, partners: [withVb(uppfoljning2021, 'T1 2021.xlsx')] },
    {
      name: 'VP 2022 agreeing with one of two follow-ups of 2021 (T1 and T2)',
      sheet: vp2022,
      patch: { B4: 3.5 },
      partners: [
        { template: investeringar, sheet: uppfoljning2021, document: 'T1 2021.xlsx' },
        { template: investeringar, sheet: uppfoljning2021, patch: { E4: 3.5 }, document: 'T2 2021.xlsx' },
      ],
    },
    { name: 'a follow-up of another year says nothing about this plan', sheet: vp2022, patch: { B4: 9 }, partners: [withVb(uppfoljning2020, 'T1 2020.xlsx')] },
    { name: 'no figure to compare', patch: { B4: null } },
  ],
  invalid: [
    {
      name: 'T1 2020: Utfall 2019 typed 2,9, VB 2019 says 2,7',
      patch: { B4: 2.9 },
      problems: [{ messageId: 'utfallDiffers', cell: 'B4', partnerCell: 'E8', data: { actual: 2.9, expected: 2.7, year: '2019' } }],
    },
    {
      name: 'VB 2019: (1) Utfall utgift 2018 6,1, VB 2018 reported 6,0',
      sheet: vb2019,
      partners: [withVb(vb2018, 'VB 2018.xlsx')],
      problems: [{ messageId: 'utfallDiffers', cell: 'B8', partnerCell: 'E8', document: 'VB 2018.xlsx', data: { actual: 6.1, expected: 6 } }],
    },
    {
      name: 'VP 2022: Prognos 2021 3,5, T1 2021 forecast 4,0',
      sheet: vp2022,
      patch: { B4: 3.5 },
      partners: [withVb(uppfoljning2021, 'T1 2021.xlsx')],
      problems: [{ messageId: 'prognosDiffers', cell: 'B4', partnerCell: 'E4', document: 'T1 2021.xlsx', data: { actual: 3.5, expected: 4, year: '2021' } }],
    },
  ],
});
