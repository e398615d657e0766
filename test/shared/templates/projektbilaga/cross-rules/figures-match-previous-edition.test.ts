import { projektbilaga } from '../../../../../shared/templates/projektbilaga';
import rule from '../../../../../shared/templates/projektbilaga/cross-rules/figures-match-previous-edition';
import { testCrossRule } from '../../../../support/cross-rule-tester';
import { patchSheet } from '../../../../support/grid-literal';
import { base as t1 } from '../base-sheet';

// Rows 7–10: Utvecklat stöd för unga, Hållbar Etablering, Bron, Steget tillsammans.
const vp = patchSheet(t1, { A2: 'Nämndens budget/verksamhetsplan 2022' });
const exactT1 = patchSheet(t1, { C7: '24 250 660 kr', D7: '12 852 850 kr' });
const vb2019 = patchSheet(t1, { A2: 'Verksamhetsberättelse 2019', C9: '99 miljoner kr' });
const partner = (sheet = t1, patch?: Record<string, string>, document = 'T1 2021.xlsx') => ({ template: projektbilaga, sheet, patch, document });

testCrossRule(projektbilaga, rule, {
  base: vp,
  partner: { template: projektbilaga, base: t1 },
  valid: [
    { name: 'the same figures as the previous edition' },
    { name: 'exact kronor rounded half up to one decimal of miljoner', patch: { C7: '24,3 miljoner kr', D7: '12,9 miljoner kr' }, partners: [partner(exactT1)] },
    { name: 'a later edition is not compared with', sheet: t1, partners: [partner(vp, { C8: '1 kr' }, 'VP 2022.xlsx')] },
    {
      name: 'the same name starting a year or more later is a new round (Länsstyrelsen §37)',
      patch: { C10: '779 009 kr', E10: 'januari 2022 - januari 2023' },
      partners: [partner(t1, { C10: '631 084 kr' })],
    },
    { name: 'names equal but for punctuation ("SY- VUX", "SY-Vux")', patch: { B8: 'SY-Vux' }, partners: [partner(t1, { B8: 'SY- VUX' })] },
    { name: 'only the nearest earlier edition counts', partners: [partner(vb2019, undefined, 'VB 2019.xlsx'), partner()] },
    { name: 'no report line, so no order between the editions', patch: { A2: null, C9: '1 kr' } },
  ],
  invalid: [
    {
      name: 'T1 2021’s 24 250 660 kr cut to 24,2 miljoner (VP 2022)',
      partners: [partner(exactT1)],
      problems: [
        { messageId: 'amountCutShort', cell: 'C7', partnerCell: 'C7', data: { rounded: 24.3, unit: 'miljoner kr', expected: '24 250 660 kr' } },
        { messageId: 'amountCutShort', cell: 'D7', partnerCell: 'D7', data: { rounded: 12.9 } },
      ],
    },
    {
      name: 'Hållbar Etablering’s medfinansiering changed from 18,1 to 13,5 miljoner (T1 2020 after VB 2019)',
      partners: [partner(t1, { D8: '18,1 miljoner kr' })],
      problems: [{ messageId: 'amountChanged', cell: 'D8', partnerCell: 'D8', data: { actual: '13,5 miljoner kr', expected: '18,1 miljoner kr' } }],
    },
    {
      name: 'SY-Vux starting February where the previous list said January',
      patch: { B8: 'SY-Vux', E8: 'februari 2020 - juni 2022' },
      partners: [partner(t1, { B8: 'SY- VUX', E8: 'januari 2020 - juni 2022' })],
      problems: [{ messageId: 'startChanged', cell: 'E8', partnerCell: 'E8', data: { expected: 'januari 2020 - juni 2022' } }],
    },
  ],
});
