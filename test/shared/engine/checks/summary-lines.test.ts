import { defineTemplate, fold, textAt } from '../../../../shared/engine';
import { type SummaryLine, summaryLines } from '../../../../shared/engine/checks';
import type { Sheet } from '../../../../shared/grid';
import { sheetOf } from '../../../support/grid-literal';
import { testRule } from '../../../support/rule-tester';

/** A small ledger: two accounts under a group, a lone line, and a result of both. */
interface Layout {
  readonly lines: readonly SummaryLine[];
}

function layoutOf(sheet: Sheet): Layout {
  const row = (re: RegExp) => {
    for (let r = 0; r < sheet.rowCount; r++) if (re.test(fold(textAt(sheet, r, 0)))) return r;
    throw new Error(`no row ${re}`);
  };
  const group = row(/^kostnader/);
  const result = row(/^resultat/);
  const lone = row(/^intakter/);
  return {
    lines: [
      {
        row: group,
        label: 'Kostnader (+)',
        parts: [{ row: group + 1, label: '40 Inköp' }, { row: group + 2, label: '50 Löner' }],
        partsText: { sv: 'kontona 40–50', en: 'accounts 40–50' },
      },
      { row: result, label: 'Resultat', parts: [{ row: group, label: 'Kostnader (+)' }, { row: lone, label: 'Intäkter (-)' }] },
    ],
  };
}

const rule = summaryLines<Layout>({
  id: 'demo-ledger/summary-lines',
  docs: { sv: 'Summeringsraderna är summan av sina delar.', en: 'Summary lines are the sum of their parts.', source: 'test' },
  lines: ({ layout }) => layout.lines,
  columns: () => [
    { col: 1, header: 'Externt' },
    { col: 2, header: 'Totalt' },
  ],
  tolerance: 0.005,
});

const template = defineTemplate<Layout>({
  id: 'demo-ledger',
  catalogId: 'T98',
  title: { sv: 'Demo', en: 'Demo' },
  lookedFor: ['"Demo" i A1'],
  recognise: (sheet) => (sheet.text(0, 0) === 'Demo' ? { edition: { id: 'demo', label: 'Demo' }, layout: layoutOf(sheet) } : undefined),
  rules: [rule],
});

const base = sheetOf('Blad1', [
  ['Demo'],
  ['Kostnader (+)', 150.25, 150.25],
  ['40 Inköp', 100.1, 100.1],
  ['50 Löner', 50.15, 50.15],
  ['Intäkter (-)', -20, -20],
  ['Resultat', 130.25, 130.25],
]);

testRule(template, rule, {
  base,
  valid: [
    { name: 'every line adds up' },
    { name: 'a part printed as OCR text still counts with its value', patch: { B3: '1 00,10' } },
    { name: 'a column left empty on a line and all its parts', patch: { C2: null, C3: null, C4: null, C6: -20 } },
    { name: 'a difference within half an öre', patch: { B2: 150.254, B6: 130.254 } },
  ],
  invalid: [
    {
      name: 'an account left out of its group',
      patch: { B2: 100.1, B6: 80.1 },
      problems: [
        { messageId: 'lineMismatch', cell: 'B2', data: { line: 'Kostnader (+)', column: 'Externt', actual: 100.1, expected: 150.25, parts: { sv: 'kontona 40–50', en: 'accounts 40–50' } } },
      ],
    },
    {
      name: 'a result line that does not add up, naming its parts',
      patch: { C6: 170.25 },
      problems: [{ messageId: 'lineMismatch', cell: 'C6', data: { actual: 170.25, expected: 130.25, parts: { sv: 'Kostnader (+) + Intäkter (-)', en: 'Kostnader (+) + Intäkter (-)' } } }],
    },
    {
      name: 'a total that is text and no number is quoted, not read as 0',
      patch: { B6: 'se bilaga' },
      problems: [{ messageId: 'lineMismatch', cell: 'B6', data: { actual: 'se bilaga', expected: 130.25 } }],
    },
    {
      name: 'a blank total whose parts hold amounts',
      patch: { C2: null },
      problems: [
        { messageId: 'lineMismatch', cell: 'C2', data: { actual: 0, expected: 150.25 } },
        { messageId: 'lineMismatch', cell: 'C6', data: { actual: 130.25, expected: -20 } },
      ],
    },
  ],
});
