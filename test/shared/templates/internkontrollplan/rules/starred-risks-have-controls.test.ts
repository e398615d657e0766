import { internkontrollplan } from '../../../../../shared/templates/internkontrollplan';
import rule from '../../../../../shared/templates/internkontrollplan/rules/starred-risks-have-controls';
import { testRule } from '../../../../support/rule-tester';
import { ikpSheet, vorSheet } from '../ikp-sheets';

const vor = [vorSheet()];
const withoutRow9 = { A9: null, B9: null, C9: null, D9: null, E9: null, F9: null, G9: null };

testRule(internkontrollplan, rule, {
  base: ikpSheet(),
  valid: [
    { name: 'every starred event has its control', otherSheets: vor },
    { name: 'without a VoR in the workbook nothing can be compared', patch: withoutRow9 },
    {
      name: 'a VoR without an IKP column asks only for RV 12 or more',
      patch: { A6: null, B6: null, C6: null, D6: null, E6: null, F6: null, G6: null },
      otherSheets: [vorSheet().withCells({ I3: { value: { kind: 'empty' } } })],
    },
  ],
  invalid: [
    {
      name: 'a starred RV 12 event with no control',
      patch: withoutRow9,
      otherSheets: vor,
      problems: [{ messageId: 'missingControl', cell: 'E4', data: { nr: '4', rv: 12, handelse: 'Staden betalar ut för ej berättigade utlägg och moms' } }],
    },
    {
      name: 'an RV 12 event kept out of the plan with "Nej" still needs a control',
      patch: withoutRow9,
      otherSheets: [vorSheet().withCells({ I7: { value: { kind: 'text', value: 'Nej, endast VoR' } } })],
      problems: [{ messageId: 'missingControl', cell: 'E4', data: { nr: '4' } }],
    },
  ],
});
