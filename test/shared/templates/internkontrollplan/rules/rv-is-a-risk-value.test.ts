import { internkontrollplan } from '../../../../../shared/templates/internkontrollplan';
import rule from '../../../../../shared/templates/internkontrollplan/rules/rv-is-a-risk-value';
import { sheetOf } from '../../../../support/grid-literal';
import { testRule } from '../../../../support/rule-tester';
import { ikpSheet } from '../ikp-sheets';

/** A plan that carries the VoR's scores beside the RV (header row 2, controls on rows 4–5). */
const withScores = sheetOf('Internkontrollplan', [
  ['Internkontrollplan 2022'],
  ['Process', 'Arbetssätt', 'Systematisk kontroll', 'Sannolikhet', 'Konsekvens', 'RV', 'Oönskad händelse', 'Kontrollaktivitet', 'Kontrollansvarig'],
  ['3.1. Stockholm har en budget i balans och långsiktigt hållbara finanser'],
  ['Budgetföljsamhet', 'Avrop', 'Budgetuppföljning', '4. Sannolikt', '3. Kännbar', 12, 'Avropsmedlen nyttjas inte', 'Uppföljning', 'Controller'],
  ['Redovisning', 'Utlägg via LISA', 'Kontroll av kvitton', 3, 4, 12, 'Staden betalar ut för ej berättigade utlägg och moms', 'Stickprov', 'Controller'],
]);

/** VP 2022 as printed: no RV column, the RV before the händelse ("12 / Avropsmedlen nyttjas inte"). */
const prefixed = {
  D4: null,
  D6: null,
  D8: null,
  D9: null,
  E6: '9 / Felaktiga statistiska underlag, försämrad analysförmåga.',
  E8: '12 / Avropsmedlen nyttjas inte',
  E9: '12 / Staden betalar ut för ej berättigade utlägg och moms',
};

testRule(internkontrollplan, rule, {
  base: ikpSheet(),
  valid: [
    { name: 'RV 9 and 12, both products of two 1–5 scores' },
    { name: 'RV printed before the händelse', patch: prefixed },
    { name: 'RV the product of the row’s own scores', sheet: withScores },
    { name: 'RV 25 and 1, the ends of the scale', patch: { D6: 25, D8: 1 } },
    { name: 'an edition that prints no RV at all', patch: { D4: null, D6: null, D8: null, D9: null } },
    { name: 'scores off the scale leave only the 1–25 product check', sheet: withScores, patch: { D5: 6, F5: 12 } },
  ],
  invalid: [
    {
      name: 'RV left blank',
      patch: { D8: null },
      problems: [{ messageId: 'missing', cell: 'D8', data: { handelse: 'Avropsmedlen nyttjas inte' } }],
    },
    {
      name: 'a händelse without its printed RV, where the others have one',
      patch: { ...prefixed, E8: 'Avropsmedlen nyttjas inte' },
      problems: [{ messageId: 'missing', cell: 'E8', data: { handelse: 'Avropsmedlen nyttjas inte' } }],
    },
    {
      name: 'RV 13 and 11: no two scores 1–5 give them',
      patch: { D6: 13, D9: 11 },
      problems: [
        { messageId: 'notARiskValue', cell: 'D6', data: { rv: 13 } },
        { messageId: 'notARiskValue', cell: 'D9', data: { rv: 11 } },
      ],
    },
    { name: 'RV with a minus sign', patch: { D8: -12 }, problems: [{ messageId: 'notARiskValue', cell: 'D8', data: { rv: -12 } }] },
    { name: 'RV 30, beyond 5 × 5', patch: { ...prefixed, E8: '30 / Avropsmedlen nyttjas inte' }, problems: [{ messageId: 'notARiskValue', cell: 'E8', data: { rv: 30 } }] },
    { name: 'RV written in words', patch: { D9: 'tolv' }, problems: [{ messageId: 'notARiskValue', cell: 'D9', data: { rv: 'tolv' } }] },
    {
      name: 'RV not the product of the row’s scores',
      sheet: withScores,
      patch: { F4: 9, F5: 10 },
      problems: [
        { messageId: 'notProduct', cell: 'F4', data: { rv: 9, expected: 12, sannolikhet: 4, konsekvens: 3 } },
        { messageId: 'notProduct', cell: 'F5', data: { rv: 10, expected: 12 } },
      ],
    },
  ],
});
