import type { CellPos } from '../../../../shared/grid';
import { defineTemplate, numberAt, type RuleContext } from '../../../../shared/engine';
import { formulaEquals, type FormulaTarget } from '../../../../shared/engine/checks';
import { sheetOf } from '../../../support/grid-literal';
import { testRule } from '../../../support/rule-tester';

interface Layout {
  readonly rows: readonly number[];
}

const docs = { sv: 'Avvikelse = budget − prognos.', en: 'Deviation = budget − forecast.', source: 'templates.md §0.1' };

function* deviations({ sheet, layout }: RuleContext<Layout>): Iterable<FormulaTarget> {
  for (const row of layout.rows) {
    const budget: CellPos = { row, col: 1 };
    const forecast: CellPos = { row, col: 2 };
    const b = numberAt(sheet, row, 1);
    const f = numberAt(sheet, row, 2);
    yield { cell: { row, col: 3 }, expected: b === undefined || f === undefined ? undefined : b - f, related: [budget, forecast] };
  }
}

const exact = formulaEquals<Layout>({
  id: 'demo-formula/formula-equals',
  docs,
  formula: { sv: 'budget − prognos', en: 'budget − forecast' },
  targets: deviations,
});

const rounded = formulaEquals<Layout>({
  id: 'demo-formula/formula-equals-rounded',
  docs,
  formula: { sv: 'budget − prognos', en: 'budget − forecast' },
  targets: deviations,
  tolerance: 0.05,
});

const template = defineTemplate<Layout>({
  id: 'demo-formula',
  catalogId: 'T99',
  title: { sv: 'Demo formel', en: 'Demo formula' },
  lookedFor: ['"Demo formel" i A1'],
  recognise: (sheet) =>
    sheet.text(0, 0) === 'Demo formel' ? { edition: { id: 'demo', label: 'Demo' }, layout: { rows: [2, 3, 4] } } : undefined,
  rules: [exact, rounded],
});

// T17's bokslut row: 1 395 200 000,00 − 1 410 480 134,95 = −15 280 134,95.
const base = sheetOf('Blad1', [
  ['Demo formel'],
  ['Post', 'Budget', 'Prognos', 'Avvikelse'],
  ['Drift', 1395200000, 1410480134.95, -15280134.95],
  ['Investering', 6, 2.7, { f: 'B4-C4', v: 3.3 }],
  ['Intäkter', -510.2, -532.8, 22.6],
]);

testRule(template, exact, {
  base,
  valid: [
    { name: 'every deviation is budget minus forecast' },
    { name: 'missing input: the target is skipped', patch: { B3: null, D3: 'vad som helst' } },
    { name: 'zero deviation may be left empty', patch: { C4: 6, D4: null } },
    { name: 'inputs and result typed as text count with their value', patch: { B4: '6,0', C4: '2,7', D4: '3,3' } },
  ],
  invalid: [
    {
      name: 'sign flipped (forecast − budget)',
      patch: { D3: 15280134.95 },
      problems: [{ messageId: 'mismatch', cell: 'D3', data: { actual: 15280134.95, expected: -15280134.95 } }],
    },
    {
      name: 'empty result where a deviation is due',
      patch: { D5: null },
      problems: [{ messageId: 'mismatch', cell: 'D5', data: { actual: 0, expected: 22.6 } }],
    },
    {
      name: 'text that is no number where zero is due is not taken as zero',
      patch: { C4: 6, D4: 'ingen' },
      problems: [{ messageId: 'mismatch', cell: 'D4', data: { actual: 'ingen', expected: 0 } }],
    },
    {
      name: 'a rounding difference when no tolerance is given',
      patch: { D4: 3.28 },
      problems: [{ messageId: 'mismatch', cell: 'D4', data: { actual: 3.28, expected: 3.3 } }],
    },
  ],
});

testRule(template, rounded, {
  base,
  valid: [{ name: 'rounding difference within tolerance', patch: { D4: 3.28, D5: 22.65 } }],
  invalid: [
    {
      name: 'difference beyond tolerance',
      patch: { D5: 22.5 },
      problems: [{ messageId: 'mismatch', cell: 'D5', data: { actual: 22.5, expected: 22.6 } }],
    },
  ],
});

describe('formula-equals message', () => {
  it('names the formula in both languages', () => {
    expect(exact.meta.messages.mismatch.sv).toContain('(budget − prognos)');
    expect(exact.meta.messages.mismatch.en).toContain('(budget − forecast)');
  });
});
