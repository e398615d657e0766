import { ansokanStatsbidrag } from '../../../../../shared/templates/ansokan-statsbidrag';
import rule from '../../../../../shared/templates/ansokan-statsbidrag/rules/tidplan-is-a-period';
import { testRule } from '../../../../support/rule-tester';
import { base } from '../base-sheet';

testRule(ansokanStatsbidrag, rule, {
  base,
  valid: [
    { name: 'months with an en dash' },
    { name: 'written out (Unga når Unga)', patch: { A33: 'Start av projekt är 1 juni 2021 och planerat avslut av projektet är 30 april 2022' } },
  ],
  invalid: [
    { name: 'no end', patch: { A33: 'Juli 2021 –' }, problems: [{ messageId: 'missingEnd', cell: 'A33', data: { text: 'Juli 2021 –' } }] },
    { name: 'end before start', patch: { A33: 'april 2022 – juli 2021' }, problems: [{ messageId: 'endBeforeStart', cell: 'A33', data: { start: '2022-04-01', end: '2021-07-31' } }] },
    { name: 'no period', patch: { A33: 'enligt plan' }, problems: [{ messageId: 'notAPeriod', cell: 'A33', data: { text: 'enligt plan' } }] },
  ],
});
