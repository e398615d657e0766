import { defineTemplate, rowsMatching, validateWorkbook } from '../../../../shared/engine';
import { num } from '../../../../shared/grid';
import { columnSum } from '../../../../shared/engine/checks';
import { sheetOf, workbookOf } from '../../../support/grid-literal';
import { testRule } from '../../../support/rule-tester';

interface Layout {
  readonly firstRow: number;
  readonly totalRow: number | undefined;
}

const docs = { sv: 'Summaraden är summan av raderna.', en: 'The total row is the sum of the rows.', source: 'test' };
const dataRows = (l: Layout) => {
  const end = l.totalRow ?? l.firstRow;
  return Array.from({ length: end - l.firstRow }, (_, i) => l.firstRow + i);
};

const exact = columnSum<Layout>({
  id: 'demo-sum/column-sum',
  docs,
  // Budget, Utfall and an Övrigt column that the demo sheet leaves empty.
  columns: () => [1, 2, 3],
  dataRows: ({ layout }) => dataRows(layout),
  totalRow: ({ layout }) => layout.totalRow,
  isSubtotal: ({ sheet }, row) => /^delsumma/i.test(sheet.text(row, 0)),
});

// mnkr with one decimal: each row is rounded for print, so the total may be off by the rounding.
const rounded = columnSum<Layout>({
  id: 'demo-sum/column-sum-rounded',
  docs,
  columns: () => [1, 2],
  dataRows: ({ layout }) => dataRows(layout),
  totalRow: ({ layout }) => layout.totalRow,
  isSubtotal: ({ sheet }, row) => /^delsumma/i.test(sheet.text(row, 0)),
  tolerance: 0.1,
});

const template = defineTemplate<Layout>({
  id: 'demo-sum',
  catalogId: 'T99',
  title: { sv: 'Demo summa', en: 'Demo total' },
  lookedFor: ['"Demo summa" i A1'],
  recognise: (sheet) =>
    sheet.text(0, 0) === 'Demo summa'
      ? { edition: { id: 'demo', label: 'Demo' }, layout: { firstRow: 2, totalRow: rowsMatching(sheet, 0, /^summa$/, 2)[0] } }
      : undefined,
  rules: [exact, rounded],
});

const base = sheetOf('Blad1', [
  ['Demo summa'],
  ['Post', 'Budget', 'Utfall', 'Övrigt'],
  ['Lön', 100, 90.4],
  ['Hyra', 50.5, -60],
  ['Delsumma', 150.5, 30.4],
  ['Övrigt', 10, null],
  ['Summa', { f: 'SUM(B3:B4,B6)', v: 160.5 }, 30.4],
]);

testRule(template, exact, {
  base,
  valid: [
    { name: 'totals equal the rows, subtotal left out, empty column skipped' },
    { name: 'a wrong subtotal row is not counted', patch: { B5: 999 } },
    { name: 'a number typed as text counts with its value', patch: { B3: '100,0', C7: '30,4' } },
    { name: 'binary noise does not count as a difference', patch: { B3: 0.1, B4: 0.2, B6: 0, B7: 0.3 } },
    { name: 'all zeros', patch: { B3: 0, B4: 0, B6: 0, B7: 0, C3: 0, C4: 0, C7: 0 } },
    { name: 'a filled empty column that adds up', patch: { D3: 5, D6: -5, D7: 0 } },
    { name: 'no total row: nothing to check', patch: { A7: 'Slut' } },
    // The 2019 bokslut: Drift 1 395 200 000,00 + Avskrivningar 6 105 006,28 + Internränta 97 702,86.
    { name: 'kronor with öre add up on a billion-kronor total', patch: { B3: 1395200000, B4: 6105006.28, B6: 97702.86, B7: 1401402709.14 } },
  ],
  invalid: [
    {
      name: 'total differs from the rows',
      patch: { B7: 170 },
      problems: [{ messageId: 'sumMismatch', cell: 'B7', data: { actual: 170, expected: 160.5 } }],
    },
    {
      name: 'subtotal wrongly included in the total',
      patch: { B7: 311 },
      problems: [{ messageId: 'sumMismatch', cell: 'B7', data: { actual: 311, expected: 160.5 } }],
    },
    {
      name: 'empty total under filled rows counts as zero',
      patch: { C7: null },
      problems: [{ messageId: 'sumMismatch', cell: 'C7', data: { actual: 0, expected: 30.4 } }],
    },
    {
      name: 'a value in the otherwise empty column without a total',
      patch: { D4: 12 },
      problems: [{ messageId: 'sumMismatch', cell: 'D7', data: { actual: 0, expected: 12 } }],
    },
    {
      name: 'a total that is text but no number is never taken as zero',
      patch: { D7: 'se bilaga' },
      problems: [{ messageId: 'sumMismatch', cell: 'D7', data: { actual: 'se bilaga', expected: 0 } }],
    },
    {
      name: 'one öre off on a billion-kronor total',
      patch: { B3: 1395200000, B4: 6105006.28, B6: 97702.86, B7: 1401402709.15 },
      problems: [{ messageId: 'sumMismatch', cell: 'B7', data: { actual: 1401402709.15, expected: 1401402709.14 } }],
    },
    {
      name: 'each wrong column reported at its own total',
      patch: { B7: 160, C7: 30 },
      problems: [
        { messageId: 'sumMismatch', cell: 'B7', data: { actual: 160, expected: 160.5 } },
        { messageId: 'sumMismatch', cell: 'C7', data: { actual: 30, expected: 30.4 } },
      ],
    },
  ],
});

testRule(template, rounded, {
  base,
  valid: [
    { name: 'within the rounding tolerance', patch: { B7: 160.6, C7: 30.3 } },
    { name: 'at the tolerance exactly', patch: { B7: 160.4 } },
  ],
  invalid: [
    {
      name: 'beyond the rounding tolerance',
      patch: { B7: 160.7 },
      problems: [{ messageId: 'sumMismatch', cell: 'B7', data: { actual: 160.7, expected: 160.5 } }],
    },
  ],
});

describe('column sum: the rows it sums', () => {
  it('names them as ranges of consecutive rows, the subtotal left out', () => {
    const wb = workbookOf(base.withCells({ B7: { value: num(170) } }));
    const [problem] = validateWorkbook(wb, [template]).problems.filter((p) => p.ruleId === exact.meta.id);
    expect(problem!.related).toEqual(['B3:B4', 'B6']);
  });
});
