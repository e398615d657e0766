import { kompetensforsorjning } from '../../../../../shared/templates/kompetensforsorjning';
import rule from '../../../../../shared/templates/kompetensforsorjning/rules/uppfoljning-filled-at-follow-up';
import { testRule } from '../../../../support/rule-tester';
import { activitySheet } from '../activity-sheet';

const followed = { F5: 'Genomförd i maj.', F6: 'Pågår, klar i december.', F7: 'Genomförd.' };

testRule(kompetensforsorjning, rule, {
  base: activitySheet(),
  valid: [
    { name: 'empty in the verksamhetsplan' },
    { name: 'filled in the verksamhetsberättelse', patch: { A1: 'Verksamhetsberättelse 2022', ...followed } },
  ],
  invalid: [
    {
      name: 'left empty in the verksamhetsberättelse',
      patch: { A1: 'Verksamhetsberättelse 2022' },
      problems: [
        { messageId: 'missing', cell: 'F5', data: { field: 'Uppföljning / Kommentar' } },
        { messageId: 'missing', cell: 'F6' },
        { messageId: 'missing', cell: 'F7' },
      ],
    },
    { name: 'one activity not followed up in tertialrapport 2', patch: { A1: 'Tertialrapport 2 2022', ...followed, F7: null }, problems: [{ messageId: 'missing', cell: 'F7' }] },
  ],
});
