import { uppfoljningAvNamndensInternkontrollplan as template } from '../../../../../shared/templates/uppfoljning-av-namndens-internkontrollplan';
import rule from '../../../../../shared/templates/uppfoljning-av-namndens-internkontrollplan/rules/results-are-distinct';
import { testRule } from '../../../../support/rule-tester';
import { BOKFORDA_VARDEN, followUpSheet } from '../follow-up-sheet';

testRule(template, rule, {
  base: followUpSheet(),
  valid: [
    { name: 'results that share only their opening sentence' },
    { name: 'short results may be the same', patch: { F10: 'Inga avvikelser har hittats.', F13: 'Inga avvikelser har hittats.' } },
  ],
  invalid: [
    {
      name: "'Kontroll av bokförda värden' repeating the Projektredovisning result (VB 2019)",
      patch: { E13: 'Kontroll av bokförda värden', F13: BOKFORDA_VARDEN },
      problems: [{ messageId: 'copiedResult', cell: 'F13', data: { aktivitet: 'Kontroll av bokförda värden', other: 'Stickprov' } }],
    },
  ],
});
