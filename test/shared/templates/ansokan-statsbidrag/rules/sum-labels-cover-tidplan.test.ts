import { ansokanStatsbidrag } from '../../../../../shared/templates/ansokan-statsbidrag';
import rule from '../../../../../shared/templates/ansokan-statsbidrag/rules/sum-labels-cover-tidplan';
import { testRule } from '../../../../support/rule-tester';
import { base } from '../base-sheet';

testRule(ansokanStatsbidrag, rule, {
  base,
  valid: [
    { name: 'a tidplan within 2021' },
    { name: 'an unreadable tidplan (left to the tidplan rule)', patch: { A33: 'enligt plan' } },
  ],
  invalid: [
    {
      name: 'Etableringscentrum: Juli 2021 – april 2022 under "… 2021"',
      patch: { A33: 'Juli 2021 – april 2022' },
      problems: [
        { messageId: 'labelYearShort', cell: 'A43', data: { label: 'Summa kostnader 2021', year: '2021', span: '2021-07-01 – 2022-04-30' } },
        { messageId: 'labelYearShort', cell: 'A48', data: { label: 'Summa finansiering 2021' } },
      ],
    },
  ],
});
