import { vasentlighetsOchRiskanalys } from '../../../../../shared/templates/vasentlighets-och-riskanalys';
import rule from '../../../../../shared/templates/vasentlighets-och-riskanalys/rules/ikp-marks-star-or-nej';
import { testRule } from '../../../../support/rule-tester';
import { vorSheet } from '../vor-sheet';

testRule(vasentlighetsOchRiskanalys, rule, {
  base: vorSheet(),
  valid: [
    { name: 'blank (the lost star) and "Nej, endast VoR"' },
    { name: 'the star kept as a character', patch: { I15: '*', I16: '★' } },
    { name: 'a shortened no', patch: { I14: 'Nej' } },
  ],
  invalid: [
    { name: 'a mark that says neither', patch: { I15: 'Kanske' }, problems: [{ messageId: 'unknownMark', cell: 'I15', data: { text: 'Kanske' } }] },
    { name: 'a note instead of the mark', patch: { I17: 'Se IKP 2021' }, problems: [{ messageId: 'unknownMark', cell: 'I17', data: { text: 'Se IKP 2021' } }] },
  ],
});
