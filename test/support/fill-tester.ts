import { type CellValue, type Sheet, Workbook } from '../../shared/grid';
import { type AnyFill, type FillSources, type TemplateDefinition, applyEdits, planFillsForSheet, validateSheet } from '../../shared/engine';
import { type CellInput, cellOf, patchSheet } from './grid-literal';

type ExpectedValue = number | string | null | { readonly d: string };

export interface FillCase {
  readonly name: string;
  readonly sheet?: Sheet;
  readonly patch?: Readonly<Record<string, CellInput>>;
  readonly sources?: FillSources;
  /** Edits applied without asking: cell → new value (number/text/{ d: iso } as in grid literals). */
  readonly fixes?: Readonly<Record<string, ExpectedValue>>;
  /** Edits that replace a typed constant and need a yes. */
  readonly suggestions?: Readonly<Record<string, ExpectedValue>>;
  /** Rule ids whose problems must be gone after the fixes and suggestions are applied. */
  readonly resolves?: readonly string[];
}

/**
 * ESLint's fix `output` for grids: each case states exactly which cells the fill changes, split
 * into fixes and suggestions. Also asserts the fill is idempotent (planning again on the result
 * proposes nothing) and that the input sheet is left as it was.
 */
export function testFill(template: TemplateDefinition, fill: AnyFill, suite: { base?: Sheet; cases: readonly FillCase[] }): void {
  const only: TemplateDefinition = { ...template, fills: [fill] };
  describe(fill.meta.id, () => {
    it('exercises every message id', () => {
      expect(suite.cases.some((c) => Object.keys({ ...c.fixes, ...c.suggestions }).length > 0)).toBe(true);
    });
    for (const c of suite.cases) {
      it(c.name, () => {
        const base = c.sheet ?? suite.base;
        if (!base) throw new Error(`Case '${c.name}' has no sheet`);
        const sheet = c.patch ? patchSheet(base, c.patch) : base;
        const workbook = new Workbook([sheet]);
        const plan = planFillsForSheet(sheet, workbook, only, c.sources ?? {});
        expect(plan.conflicts).toEqual([]);
        expect(asMap(plan.fixes)).toEqual(expectedMap(c.fixes));
        expect(asMap(plan.suggestions)).toEqual(expectedMap(c.suggestions));
        for (const e of [...plan.fixes, ...plan.suggestions]) {
          expect(e.reason.sv).not.toMatch(/\{\{/);
          expect(e.reason.en).not.toMatch(/\{\{/);
        }
        const applied = applyEdits(workbook, [...plan.fixes, ...plan.suggestions]);
        expect(applied.refused).toEqual([]);
        const after = applied.workbook.sheets[0]!;
        const again = planFillsForSheet(after, applied.workbook, only, c.sources ?? {});
        expect([...again.fixes, ...again.suggestions]).toEqual([]);
        if (c.resolves?.length) {
          const left = validateSheet(after, applied.workbook, [template]).problems.filter((p) => c.resolves!.includes(p.ruleId));
          expect(left.map((p) => `${p.ruleId} ${p.cell}: ${p.message.sv}`)).toEqual([]);
        }
        expect(workbook.sheets[0]).toBe(sheet);
      });
    }
  });
}

function asMap(edits: readonly { cell: string; value: CellValue }[]): Record<string, CellValue> {
  return Object.fromEntries(edits.map((e) => [e.cell, roundValue(e.value)]));
}

function expectedMap(m: Readonly<Record<string, ExpectedValue>> | undefined): Record<string, CellValue> {
  return Object.fromEntries(Object.entries(m ?? {}).map(([k, v]) => [k, roundValue(cellOf(v).value)]));
}

function roundValue(v: CellValue): CellValue {
  return v.kind === 'number' ? { kind: 'number', value: Math.round(v.value * 1e6) / 1e6 } : v;
}
