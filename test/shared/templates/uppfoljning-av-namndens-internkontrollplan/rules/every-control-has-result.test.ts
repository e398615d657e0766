import { uppfoljningAvNamndensInternkontrollplan as template } from '../../../../../shared/templates/uppfoljning-av-namndens-internkontrollplan';
import rule from '../../../../../shared/templates/uppfoljning-av-namndens-internkontrollplan/rules/every-control-has-result';
import { testRule } from '../../../../support/rule-tester';
import { followUpSheet } from '../follow-up-sheet';

testRule(template, rule, {
  base: followUpSheet(),
  valid: [
    { name: 'every control documented' },
    { name: 'a control not carried out, with reason and measure', patch: { F13: 'Ingen kontroll är genomförd på grund av vakans; kontrollen genomförs under våren 2020.' } },
    { name: 'a result that says no deviations were found', patch: { F13: 'Inga avvikelser har hittats.' } },
  ],
  invalid: [
    { name: 'a control with no result', patch: { F12: null }, problems: [{ messageId: 'missingResult', cell: 'F12', data: { aktivitet: 'Stickprov' } }] },
    {
      name: "'Ingen kontroll är genomförd.' and nothing more (VB 2019)",
      patch: { F10: 'Ingen kontroll är genomförd.' },
      problems: [{ messageId: 'notPerformedWithoutReason', cell: 'F10', data: { result: 'Ingen kontroll är genomförd.' } }],
    },
    { name: 'a control that was not carried out, in other words', patch: { F13: 'Kontrollen har inte genomförts.' }, problems: [{ messageId: 'notPerformedWithoutReason', cell: 'F13' }] },
  ],
});
