import { defineTemplate, numberAt, type RuleContext } from '../../../../shared/engine';
import { type CommentDemand, requiredComment } from '../../../../shared/engine/checks';
import { sheetOf } from '../../../support/grid-literal';
import { testRule } from '../../../support/rule-tester';

interface Layout {
  readonly rows: readonly number[];
}

function* demands({ sheet, layout }: RuleContext<Layout>): Iterable<CommentDemand> {
  for (const row of layout.rows) {
    const budget = numberAt(sheet, row, 1);
    const forecast = numberAt(sheet, row, 2);
    if (budget === undefined || forecast === undefined || budget === forecast) continue;
    yield { commentCell: { row, col: 3 }, triggeredBy: [{ row, col: 1 }, { row, col: 2 }], data: { budget, forecast } };
  }
}

const rule = requiredComment<Layout>({
  id: 'demo-comment/required-comment',
  docs: { sv: 'Avvikelse mot budget kommenteras.', en: 'A deviation from budget is explained.', source: 'templates.md T01' },
  message: {
    sv: 'Prognosen {{forecast}} avviker från budgeten {{budget}}; förklara avvikelsen i kommentaren.',
    en: 'The forecast {{forecast}} differs from the budget {{budget}}; explain the deviation in the comment.',
  },
  demands,
});

const template = defineTemplate<Layout>({
  id: 'demo-comment',
  catalogId: 'T99',
  title: { sv: 'Demo kommentar', en: 'Demo comment' },
  lookedFor: ['"Demo kommentar" i A1'],
  recognise: (sheet) =>
    sheet.text(0, 0) === 'Demo kommentar' ? { edition: { id: 'demo', label: 'Demo' }, layout: { rows: [2, 3, 4] } } : undefined,
  rules: [rule],
});

const base = sheetOf('Blad1', [
  ['Demo kommentar'],
  ['Projekt', 'Budget', 'Prognos', 'Kommentar'],
  ['Jobbtorg', 10, 10, null],
  ['Vux', 20, 18.5, 'Senare start än planerat.'],
  ['Unga', 0, 0, null],
]);

testRule(template, rule, {
  base,
  valid: [
    { name: 'no deviation needs no comment; a deviation has one' },
    { name: 'a comment of a single word is a comment', patch: { D4: 'Försenat' } },
    { name: 'missing input raises no demand', patch: { C3: null, C4: null } },
  ],
  invalid: [
    {
      name: 'deviation without a comment',
      patch: { D4: null },
      problems: [{ messageId: 'missingComment', cell: 'D4', data: { budget: 20, forecast: 18.5 } }],
    },
    {
      name: 'a comment of blanks only is no comment',
      patch: { D4: '   ' },
      problems: [{ messageId: 'missingComment', cell: 'D4' }],
    },
    {
      name: 'deviations from zero and in text numbers are demanded too',
      patch: { C3: '10,5', C5: -1 },
      problems: [
        { messageId: 'missingComment', cell: 'D3', data: { budget: 10, forecast: 10.5 } },
        { messageId: 'missingComment', cell: 'D5', data: { budget: 0, forecast: -1 } },
      ],
    },
  ],
});
