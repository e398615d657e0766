import { defineTemplate, rowsMatching } from '../../../../shared/engine';
import { rowsOrNilStatement } from '../../../../shared/engine/checks';
import { sheetOf } from '../../../support/grid-literal';
import { testRule } from '../../../support/rule-tester';

interface Layout {
  readonly headerRow: number;
  readonly dataRows: readonly number[];
}

const rule = rowsOrNilStatement<Layout>({
  id: 'demo-list/rows-or-nil-statement',
  docs: { sv: 'Listan fylls i eller förklaras tom.', en: 'The list is filled in or declared empty.', source: 'templates.md T02' },
  dataRows: ({ layout }) => layout.dataRows,
  // Enhet and Resultat; column C (Kommentar) does not make a row count.
  keyColumns: () => [0, 1],
  nilStatement: /inga resultatenheter/i,
  anchor: ({ layout }) => (layout.dataRows.length > 0 ? { row: layout.dataRows[0]!, col: 0 } : { row: layout.headerRow, col: 0 }),
  example: 'Nämnden har inga resultatenheter',
});

const template = defineTemplate<Layout>({
  id: 'demo-list',
  catalogId: 'T99',
  title: { sv: 'Demo lista', en: 'Demo list' },
  lookedFor: ['"Demo lista" i A1'],
  recognise: (sheet) => {
    if (sheet.text(0, 0) !== 'Demo lista') return undefined;
    const end = rowsMatching(sheet, 0, /^slut pa listan$/)[0] ?? sheet.rowCount;
    const dataRows = Array.from({ length: Math.max(0, end - 2) }, (_, i) => 2 + i);
    return { edition: { id: 'demo', label: 'Demo' }, layout: { headerRow: 1, dataRows } };
  },
  rules: [rule],
});

const empty = sheetOf('Blad1', [
  ['Demo lista'],
  ['Enhet', 'Resultat', 'Kommentar'],
  [null, null, null],
  [null, null, null],
  ['Slut på listan'],
]);

testRule(template, rule, {
  base: empty,
  valid: [
    { name: 'one filled row', patch: { A4: 'Jobbtorg Kista', B4: 120 } },
    { name: 'a name without an amount is a filled row', patch: { A3: 'Vux Skärholmen' } },
    { name: 'a negative amount is a filled row', patch: { B3: -4 } },
    { name: 'the nil statement in a key column', patch: { A3: 'Nämnden har inga resultatenheter.' } },
    { name: 'the nil statement in any case', patch: { B3: 'INGA RESULTATENHETER' } },
  ],
  invalid: [
    {
      name: 'an empty list',
      problems: [{ messageId: 'missingRows', cell: 'A3', data: { example: 'Nämnden har inga resultatenheter' } }],
    },
    { name: 'blanks only', patch: { A3: '   ', B4: ' ' }, problems: [{ messageId: 'missingRows', cell: 'A3' }] },
    { name: 'zeros the template prints are not content', patch: { B3: 0, B4: '0' }, problems: [{ messageId: 'missingRows', cell: 'A3' }] },
    { name: 'a zero typed with decimals is not content either', patch: { B3: '0,0', B4: '0 kr' }, problems: [{ messageId: 'missingRows', cell: 'A3' }] },
    { name: 'text outside the key columns does not count', patch: { C3: 'Inga resultatenheter' }, problems: [{ messageId: 'missingRows', cell: 'A3' }] },
    {
      name: 'no data rows at all: shown at the header',
      sheet: sheetOf('Blad1', [['Demo lista'], ['Enhet', 'Resultat', 'Kommentar'], ['Slut på listan']]),
      problems: [{ messageId: 'missingRows', cell: 'A2' }],
    },
  ],
});
