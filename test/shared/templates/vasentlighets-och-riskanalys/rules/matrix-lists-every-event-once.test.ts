import { vasentlighetsOchRiskanalys } from '../../../../../shared/templates/vasentlighets-och-riskanalys';
import rule from '../../../../../shared/templates/vasentlighets-och-riskanalys/rules/matrix-lists-every-event-once';
import { testRule } from '../../../../support/rule-tester';
import { vorSheet } from '../vor-sheet';

testRule(vasentlighetsOchRiskanalys, rule, {
  base: vorSheet(),
  valid: [
    { name: 'each Nr once' },
    { name: 'a cell listing several numbers', patch: { D7: '2 4', D8: null } },
    { name: 'a lone number typed as a number', patch: { B8: 1 } },
    { name: 'a VoR printed without its matrix', patch: { A5: null, A6: null, A7: null, A8: null, A9: null, B8: null, D6: null, D7: null, D8: null } },
  ],
  invalid: [
    { name: 'an event left out of the matrix', patch: { D8: null }, problems: [{ messageId: 'notInMatrix', cell: 'D17', data: { nr: '4' } }] },
    { name: 'an event listed in two cells', patch: { B9: '2' }, problems: [{ messageId: 'listedTwice', cell: 'B9', data: { nr: '2' } }] },
    { name: 'a number the table does not have', patch: { E5: '9' }, problems: [{ messageId: 'unknownNumber', cell: 'E5', data: { nr: '9' } }] },
  ],
});
