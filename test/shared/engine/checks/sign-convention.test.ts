import { defineTemplate, type RuleContext } from '../../../../shared/engine';
import { signConvention, type SignTarget } from '../../../../shared/engine/checks';
import { sheetOf } from '../../../support/grid-literal';
import { testRule } from '../../../support/rule-tester';

interface Layout {
  readonly headerRow: number;
  readonly rows: readonly number[];
}

// The header tells the sign: "Intäkter (-)" is entered negative, "Kostnader (+)" positive.
function* targets({ sheet, layout }: RuleContext<Layout>): Iterable<SignTarget> {
  for (let col = 1; col < sheet.colCount; col++) {
    const header = sheet.text(layout.headerRow, col);
    const expected = /\(-\)$/.test(header) ? 'negative' : /\(\+\)$/.test(header) ? 'positive' : undefined;
    if (!expected) continue;
    for (const row of layout.rows) yield { cell: { row, col }, expected, header };
  }
}

const rule = signConvention<Layout>({
  id: 'demo-sign/sign-convention',
  docs: { sv: 'Intäkter anges negativa, kostnader positiva.', en: 'Income is entered negative, costs positive.', source: 'templates.md §0.1' },
  targets,
});

const template = defineTemplate<Layout>({
  id: 'demo-sign',
  catalogId: 'T99',
  title: { sv: 'Demo tecken', en: 'Demo sign' },
  lookedFor: ['"Demo tecken" i A1'],
  recognise: (sheet) =>
    sheet.text(0, 0) === 'Demo tecken' ? { edition: { id: 'demo', label: 'Demo' }, layout: { headerRow: 1, rows: [2, 3] } } : undefined,
  rules: [rule],
});

const base = sheetOf('Blad1', [
  ['Demo tecken'],
  ['Projekt', 'Intäkter (-)', 'Kostnader (+)', 'Netto'],
  ['Jobbtorg', -4.5, 12.3, 7.8],
  ['Vux', 0, 0, -3],
]);

testRule(template, rule, {
  base,
  valid: [
    { name: 'income negative, costs positive, zeros allowed, unsigned column ignored' },
    { name: 'empty cells are not checked', patch: { B3: null, C3: null } },
    { name: 'negative zero counts as zero', patch: { B4: -0, C4: -0 } },
    { name: 'numbers typed as text with the right sign', patch: { B3: '-4,5', C3: '12,3', B4: '\u22121\u00a0163,6' } },
    { name: 'text that is no number is left to the numeric check', patch: { B3: 'okänt', C3: 'se not' } },
  ],
  invalid: [
    {
      name: 'income entered positive',
      patch: { B3: 4.5 },
      problems: [{ messageId: 'shouldBeNegative', cell: 'B3', data: { header: 'Intäkter (-)', value: 4.5 } }],
    },
    {
      name: 'cost entered negative',
      patch: { C4: -0.1 },
      problems: [{ messageId: 'shouldBePositive', cell: 'C4', data: { header: 'Kostnader (+)', value: -0.1 } }],
    },
    {
      name: 'wrong signs typed as text',
      patch: { B3: '4,5', C3: '-12,3' },
      problems: [
        { messageId: 'shouldBeNegative', cell: 'B3', data: { value: 4.5 } },
        { messageId: 'shouldBePositive', cell: 'C3', data: { value: -12.3 } },
      ],
    },
  ],
});
