import { Sheet } from '../../../../shared/grid';
import { defineTemplate } from '../../../../shared/engine';
import { requiredCells } from '../../../../shared/engine/checks';
import { cellOf } from '../../../support/grid-literal';
import { testRule } from '../../../support/rule-tester';

interface Layout {
  readonly rows: readonly number[];
}

const rule = requiredCells<Layout>({
  id: 'demo-required/required-cells',
  docs: { sv: 'Ansvarig och Process är ifyllda.', en: 'Ansvarig and Process are filled in.', source: 'templates.md T15' },
  cells: ({ layout }) => layout.rows.flatMap((row) => [
    { cell: { row, col: 0 }, field: 'Process' },
    { cell: { row, col: 2 }, field: { sv: 'Ansvarig', en: 'Responsible' } },
  ]),
});

const template = defineTemplate<Layout>({
  id: 'demo-required',
  catalogId: 'T99',
  title: { sv: 'Demo', en: 'Demo' },
  lookedFor: ['"Process" i A1'],
  recognise: (sheet) => (sheet.text(0, 0) === 'Process' ? { edition: { id: 'demo', label: 'Demo' }, layout: { rows: [1, 2, 3] } } : undefined),
  rules: [rule],
});

// Process merged down over rows 2–3 (A2:A3); row 4 has its own.
const base = new Sheet({
  name: 'Blad1',
  rows: [
    ['Process', 'Aktivitet', 'Ansvarig'],
    ['Inköp', 'Stickprov', 'Controller'],
    [null, 'Kontroll', 'Enhetschef'],
    ['Lön', 'Kontroll av löner', 'HR'],
  ].map((r) => r.map(cellOf)),
  merges: ['A2:A3'],
});

testRule(template, rule, {
  base,
  valid: [{ name: 'filled cells, and a blank merged with the filled cell above' }],
  invalid: [
    { name: 'an empty responsible', patch: { C4: null }, problems: [{ messageId: 'missing', cell: 'C4', data: { field: { sv: 'Ansvarig', en: 'Responsible' } } }] },
    { name: 'white space is no content', patch: { C2: '   ' }, problems: [{ messageId: 'missing', cell: 'C2' }] },
    { name: 'a blank merged with nothing', patch: { A4: null }, problems: [{ messageId: 'missing', cell: 'A4', data: { field: 'Process' } }] },
  ],
});
