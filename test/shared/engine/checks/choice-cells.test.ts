import { defineTemplate } from '../../../../shared/engine';
import { choiceCells } from '../../../../shared/engine/checks';
import { sheetOf } from '../../../support/grid-literal';
import { testRule } from '../../../support/rule-tester';

interface Layout {
  readonly rows: readonly number[];
}

const rule = choiceCells<Layout>({
  id: 'demo-choice/choice-cells',
  docs: { sv: 'Uppföljning i T1, T2 eller VB.', en: 'Follow-up in T1, T2 or VB.', source: 'templates.md T15' },
  cells: ({ layout }) => layout.rows.map((row) => ({ row, col: 1 })),
  choices: ['T1', 'T2', 'VB'],
  separator: /\s*(?:,|\bsamt\b|\boch\b)\s*/,
});

const template = defineTemplate<Layout>({
  id: 'demo-choice',
  catalogId: 'T99',
  title: { sv: 'Demo', en: 'Demo' },
  lookedFor: ['"Aktivitet" i A1'],
  recognise: (sheet) => (sheet.text(0, 0) === 'Aktivitet' ? { edition: { id: 'demo', label: 'Demo' }, layout: { rows: [1, 2, 3] } } : undefined),
  rules: [rule],
});

const base = sheetOf('Blad1', [
  ['Aktivitet', 'Uppföljning'],
  ['Samordnarmöten', 'VB'],
  ['Grundutbildning', 'T2 samt VB'],
  ['Workshop', 'T1,T2 och VB'],
]);

testRule(template, rule, {
  base,
  valid: [
    { name: 'one choice, or several joined with samt, och and commas' },
    { name: 'case, spacing and a closing full stop do not matter', patch: { B2: ' vb. ', B4: 'T1, T2 och  VB' } },
  ],
  invalid: [
    { name: 'an empty cell', patch: { B3: null }, problems: [{ messageId: 'missing', cell: 'B3', data: { choices: 'T1 / T2 / VB' } }] },
    { name: 'an unknown value', patch: { B2: 'Årsrapport' }, problems: [{ messageId: 'notAllowed', cell: 'B2', data: { text: 'Årsrapport', choices: 'T1 / T2 / VB' } }] },
    { name: 'one unknown among known ones', patch: { B4: 'T1, T3 och VB' }, problems: [{ messageId: 'notAllowed', cell: 'B4', data: { text: 'T1, T3 och VB' } }] },
    { name: 'separators with nothing between them', patch: { B3: ', och ,' }, problems: [{ messageId: 'notAllowed', cell: 'B3' }] },
  ],
});
