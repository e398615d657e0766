import { defineTemplate } from '../../../../shared/engine';
import { numericCells } from '../../../../shared/engine/checks';
import { sheetOf } from '../../../support/grid-literal';
import { testRule } from '../../../support/rule-tester';

interface Layout {
  readonly rows: readonly number[];
}

const rule = numericCells<Layout>({
  id: 'demo-numbers/numeric-cells',
  docs: { sv: 'Beloppskolumner innehåller tal.', en: 'Amount columns hold numbers.', source: 'templates.md §0.1' },
  cells: ({ layout }) => layout.rows.flatMap((row) => [{ row, col: 1 }, { row, col: 2 }]),
});

const template = defineTemplate<Layout>({
  id: 'demo-numbers',
  catalogId: 'T99',
  title: { sv: 'Demo tal', en: 'Demo numbers' },
  lookedFor: ['"Demo tal" i A1'],
  recognise: (sheet) => (sheet.text(0, 0) === 'Demo tal' ? { edition: { id: 'demo', label: 'Demo' }, layout: { rows: [2, 3, 4] } } : undefined),
  rules: [rule],
});

const base = sheetOf('Blad1', [
  ['Demo tal'],
  ['Post', 'Budget (mnkr)', 'Prognos (mnkr)', 'Kommentar'],
  ['Drift', 1163.6, -82.6, 'Inte bestämt'],
  ['Investering', 0, { f: 'B4*2', v: 0 }, null],
  ['Övrigt', null, '', 'okänt'],
]);

const oo = {
  sv: 'nollor utan decimalkomma (troligen 0,0)',
  en: 'zeros without a decimal comma (probably 0,0)',
};

testRule(template, rule, {
  base,
  valid: [
    { name: 'numbers, zeros, formulas and blanks; text in other columns is not checked' },
    { name: 'blanks only', patch: { B3: '  ', C3: null } },
    { name: 'a formula whose cached result is text is the formula’s business', patch: { C4: { f: 'IFERROR(B4/0,"-")', v: '-' } } },
  ],
  invalid: [
    {
      name: 'a clean number stored as text',
      patch: { B3: '1 163,6', C3: '72,9%' },
      problems: [
        { messageId: 'numberAsText', cell: 'B3', data: { text: '1 163,6' } },
        { messageId: 'numberAsText', cell: 'C3', data: { text: '72,9%' } },
      ],
    },
    {
      name: 'an OCR slip is read with its likely value and reported with the repair',
      patch: { B5: '00' },
      problems: [{ messageId: 'suspiciousNumber', cell: 'B5', data: { text: '00', value: 0, warning: oo } }],
    },
    {
      name: 'several repairs in one cell are all named',
      patch: { C5: '883 7 45 672, 39' },
      problems: [
        {
          messageId: 'suspiciousNumber',
          cell: 'C5',
          data: {
            value: 883745672.39,
            warning: { sv: 'mellanslag efter decimalkommat; mellanslag mitt i en siffergrupp', en: 'a space after the decimal comma; a space inside a group of digits' },
          },
        },
      ],
    },
    {
      name: 'words where an amount belongs',
      patch: { B5: 'Inte bestämt', C5: '4,0,0' },
      problems: [
        { messageId: 'notANumber', cell: 'B5', data: { text: 'Inte bestämt' } },
        { messageId: 'notANumber', cell: 'C5', data: { text: '4,0,0' } },
      ],
    },
    {
      name: 'a date, a truth value and an error where amounts belong',
      patch: { B3: { d: '2021-04-30' }, C3: true, B4: '' },
      sheet: sheetOf('Blad1', [['Demo tal'], ['Post', 'Budget', 'Prognos'], [null], [null, null, null], [null, { f: 'X', v: 1 }, null]]).withCells({
        C5: { value: { kind: 'error', value: '#REF!' } },
      }),
      problems: [
        { messageId: 'notANumber', cell: 'B3', data: { text: '2021-04-30' } },
        { messageId: 'notANumber', cell: 'C3', data: { text: 'true' } },
        { messageId: 'notANumber', cell: 'C5', data: { text: '#REF!' } },
      ],
    },
  ],
});
