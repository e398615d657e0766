import { checks, reworded, runRule } from '../../../shared/engine';
import { sheetOf, workbookOf } from '../../support/grid-literal';

describe('reworded', () => {
  const base = checks.formulaEquals<null>({
    id: 'demo/half',
    docs: { sv: 'Hälften.', en: 'Half.', source: 'test' },
    formula: { sv: 'A / 2', en: 'A / 2' },
    targets: ({ sheet }) => [{ cell: { row: 0, col: 1 }, expected: (sheet.value(0, 0) as { value: number }).value / 2, related: [] }],
  });
  const rule = reworded(base, {
    mismatch: { sv: 'B ska vara hälften av A: {{expected}}, inte {{actual}}.', en: 'B must be half of A: {{expected}}, not {{actual}}.' },
  });

  it('reports as the check does, in the template’s own words', () => {
    const sheet = sheetOf('Blad1', [[10, 4]]);
    const ctx = { sheet, workbook: workbookOf(sheet), layout: null, edition: { id: 'x', label: 'X' } };
    const [p] = runRule(rule, ctx);
    expect([p?.ruleId, p?.cell, p?.messageId, p?.message.sv]).toEqual(['demo/half', 'B1', 'mismatch', 'B ska vara hälften av A: 5, inte 4.']);
    expect(runRule(base, ctx)[0]?.message.sv).toBe('Värdet 4 borde vara 5 (A / 2).');
    expect(rule.meta.docs).toBe(base.meta.docs);
  });
});
