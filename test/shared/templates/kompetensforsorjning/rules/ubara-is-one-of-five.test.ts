import { kompetensforsorjning } from '../../../../../shared/templates/kompetensforsorjning';
import rule from '../../../../../shared/templates/kompetensforsorjning/rules/ubara-is-one-of-five';
import { testRule } from '../../../../support/rule-tester';
import { activitySheet } from '../activity-sheet';

testRule(kompetensforsorjning, rule, {
  base: activitySheet(),
  valid: [
    { name: 'one or two parts of the model' },
    { name: 'parts joined with och and a slash, in lower case', patch: { C5: 'utveckla och behålla', C6: 'Rekrytera/Attrahera' } },
    { name: 'å/ä/ö lost', patch: { C5: 'Behalla' } },
  ],
  invalid: [
    {
      name: 'UBARA left empty (VP 2022, every row)',
      patch: { C5: null },
      problems: [{ messageId: 'missing', cell: 'C5', data: { choices: 'Utveckla / Behålla / Attrahera / Rekrytera / Avveckla' } }],
    },
    { name: 'a word outside the model', patch: { C6: 'Kompetensutveckling' }, problems: [{ messageId: 'notAllowed', cell: 'C6', data: { text: 'Kompetensutveckling' } }] },
    { name: 'one good part and one unknown', patch: { C7: 'Utveckla, Motivera' }, problems: [{ messageId: 'notAllowed', cell: 'C7', data: { text: 'Utveckla, Motivera' } }] },
  ],
});
