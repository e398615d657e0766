import { num } from '../../../shared/grid';
import { applyEdits, defineFill, defineTemplate, numberAt, planFills } from '../../../shared/engine';
import { patchSheet, sheetOf, workbookOf } from '../../support/grid-literal';

// A demo template: column B is a budget, column C must be 5 % of it (a template-owned formula).
const fivePercent = defineFill({
  meta: {
    id: 'demo/varav-5-procent',
    docs: { sv: '5 % av budget.', en: '5 % of budget.', source: 'test' },
    messages: { computed: { sv: '5 % av {{budget}} är {{value}}.', en: '5 % of {{budget}} is {{value}}.' } },
  },
  *plan({ sheet }) {
    for (let row = 1; row < sheet.rowCount; row++) {
      const budget = numberAt(sheet, row, 1);
      if (budget === undefined) continue;
      const value = Math.round(budget * 0.05 * 100) / 100;
      yield {
        messageId: 'computed',
        cell: { row, col: 2 },
        value: num(value),
        formula: `B${row + 1}*0.05`,
        data: { budget, value },
        source: { kind: 'computed', fillId: 'demo/varav-5-procent' },
      } as const;
    }
  },
});

const demo = defineTemplate({
  id: 'demo',
  catalogId: 'T99',
  title: { sv: 'Demo', en: 'Demo' },
  lookedFor: ['"Demo" in A1'],
  recognise: (s) => (s.text(0, 0) === 'Demo' ? { edition: { id: 'x', label: 'X' }, layout: {} } : undefined),
  rules: [],
  fills: [fivePercent],
});

const base = sheetOf('Blad1', [
  ['Demo', 'Budget', 'Varav 5 %'],
  ['Enhet A', 1000, null], // empty: a fix
  ['Enhet B', 2000, { f: 'B3*0.05', v: 0 }], // stale template formula: a fix
  ['Enhet C', 3000, 140], // typed constant: a suggestion only
  ['Enhet D', 4000, { f: 'B5*0.05', v: 200 }], // already right: nothing
]);

describe('planFills', () => {
  it('splits edits into fixes (empty or template formula) and suggestions (typed constants)', () => {
    const plan = planFills(workbookOf(base), [demo]);
    expect(plan.fixes.map((e) => [e.cell, e.value])).toEqual([
      ['C2', num(50)],
      ['C3', num(100)],
    ]);
    expect(plan.suggestions.map((e) => [e.cell, e.expected.value, e.value])).toEqual([['C4', num(140), num(150)]]);
    expect(plan.conflicts).toEqual([]);
    expect(plan.suggestions[0]!.reason.sv).toBe('5 % av 3 000 är 150.');
    expect(plan.fixes[0]!.source).toEqual({ kind: 'computed', fillId: 'demo/varav-5-procent' });
  });

  it('is idempotent: planning on the filled workbook proposes nothing more', () => {
    const wb = workbookOf(base);
    const plan = planFills(wb, [demo]);
    const once = applyEdits(wb, [...plan.fixes, ...plan.suggestions]).workbook;
    const again = planFills(once, [demo]);
    expect([...again.fixes, ...again.suggestions, ...again.conflicts]).toEqual([]);
  });

  it('reports two fills that disagree on a cell as a conflict and applies neither', () => {
    const other = defineFill({
      meta: { id: 'demo/other', docs: { sv: 'x', en: 'x', source: 'test' }, messages: { m: { sv: 'x', en: 'x' } } },
      *plan() {
        yield { messageId: 'm', cell: { row: 1, col: 2 }, value: num(1), source: { kind: 'computed', fillId: 'demo/other' } } as const;
      },
    });
    const plan = planFills(workbookOf(base), [{ ...demo, fills: [fivePercent, other] }]);
    expect(plan.conflicts.map((c) => [c.cell, c.edits.length])).toEqual([['C2', 2]]);
    expect(plan.fixes.map((e) => e.cell)).toEqual(['C3']);
  });
});

describe('applyEdits', () => {
  it('refuses an edit whose cell changed since planning and leaves the input untouched', () => {
    const wb = workbookOf(base);
    const plan = planFills(wb, [demo]);
    const changed = workbookOf(patchSheet(base, { C2: 7 }));
    const result = applyEdits(changed, plan.fixes);
    expect(result.applied.map((e) => e.cell)).toEqual(['C3']);
    expect(result.refused.map((r) => [r.edit.cell, r.actual])).toEqual([['C2', num(7)]]);
    expect(result.workbook.sheets[0]!.at('C2').value).toEqual(num(7));
    expect(changed.sheets[0]!.at('C3').value).toEqual(num(0));
    expect(result.workbook.sheets[0]!.at('C3')).toMatchObject({ value: num(100), formula: 'B3*0.05' });
  });
});
