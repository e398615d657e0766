// A rule or fill that declares `scope: 'row'` (or 'column') lets the task pane redo only the rows
// (columns) an edit touched and keep every other result. That is only sound if the declaration is
// true, so it is checked here on every fixture and on mutated copies of it (which have problems
// to find): for each row, a run scoped to that row reports exactly the full run's findings on that
// row, and reads no cell outside it — which proves the findings on a row depend on that row alone.
import { type AnyFill, type AnyRule, type Scope, fillEdits, recognise, runRule } from '../../../shared/engine';
import { type Sheet, Workbook, parseA1 } from '../../../shared/grid';
import { templates } from '../../../shared/templates';
import { ReadLog, recording, trackSheet } from '../../../excel-addin/src/taskpane/session/read-log';
import { parseWorkbook } from '../../../excel-addin/src/xlsx-adapter/read-workbook';
import { catalogueInstance, fixtures } from '../../fuzz/support/fixtures';
import { sample } from '../../mutation/measure';
import { mutationsOf } from '../../mutation/mutations';

const MUTATIONS_PER_SHEET = 6;
const SEED = 20261123;

interface Finding {
  readonly cell: string;
  readonly key: string;
}

type Unit = { readonly kind: 'rule'; readonly unit: AnyRule } | { readonly kind: 'fill'; readonly unit: AnyFill };

const scoped: { id: string; scope: Scope }[] = templates.flatMap((t) => [
  ...t.rules.filter((r) => r.meta.scope).map((r) => ({ id: r.meta.id, scope: r.meta.scope! })),
  ...(t.fills ?? []).filter((f) => f.meta.scope).map((f) => ({ id: f.meta.id, scope: f.meta.scope! })),
]);

function findings(u: Unit, sheet: Sheet, workbook: Workbook, hit: { layout: unknown; edition: never }, scope?: object): Finding[] {
  const ctx = { sheet, workbook, layout: hit.layout, edition: hit.edition, ...scope };
  if (u.kind === 'rule') return runRule(u.unit, ctx).map((p) => ({ cell: p.cell, key: JSON.stringify([p.cell, p.kind, p.messageId, p.data, p.related]) }));
  return fillEdits(u.unit, { ...ctx, sources: {} }).map((e) => ({ cell: e.cell, key: JSON.stringify([e.cell, e.messageId, e.value, e.formula, e.data]) }));
}

/** Every checked (unit, sheet) pair, so the test fails if a declared scope is never exercised. */
const exercised = new Set<string>();

describe('declared row and column scopes hold on every fixture', () => {
  let all: Awaited<ReturnType<typeof fixtures>>;
  beforeAll(async () => {
    all = await fixtures();
  }, 120_000);

  it('some rules and fills declare a scope (the T01 pack at least)', () => {
    expect(scoped.map((s) => s.id)).toEqual(expect.arrayContaining(['projekt-over-50-mnkr/amounts-are-numbers', 'projekt-over-50-mnkr/summa']));
  });

  it('a scoped run finds exactly the full run\'s findings on its rows and reads nothing else', () => {
    const failures: string[] = [];
    for (const fixture of all) {
      const book = parseWorkbook(fixture.bytes);
      for (const original of book.sheets) {
        const variants = [original, ...sample(mutationsOf(original, catalogueInstance(fixture.index)), MUTATIONS_PER_SHEET, SEED + fixture.index).map((m) => original.withCells(m.patch))];
        for (const variant of variants) {
          const sheet = trackSheet(variant);
          const workbook = new Workbook(book.sheets.map((s) => (s.name === sheet.name ? sheet : s)));
          const hit = recognise(variant, workbook, templates);
          if (!hit) continue;
          const units: Unit[] = [
            ...hit.template.rules.filter((r) => r.meta.scope).map((unit) => ({ kind: 'rule' as const, unit })),
            ...(hit.template.fills ?? []).filter((f) => f.meta.scope).map((unit) => ({ kind: 'fill' as const, unit })),
          ];
          for (const u of units) {
            const scope = u.unit.meta.scope!;
            exercised.add(u.unit.meta.id);
            const full = findings(u, sheet, workbook, hit as never);
            const lines = scope === 'row' ? sheet.rowCount : sheet.colCount;
            for (let line = 0; line < lines; line++) {
              const log = new ReadLog();
              const set = new Set([line]);
              const got = recording(log, () => findings(u, sheet, workbook, hit as never, scope === 'row' ? { rows: set } : { columns: set }));
              const on = (cell: string) => (scope === 'row' ? parseA1(cell).row : parseA1(cell).col) === line;
              const want = full.filter((f) => on(f.cell)).map((f) => f.key).sort();
              const where = `${u.unit.meta.id} on fixture ${fixture.index} sheet '${sheet.name}' ${scope} ${line}`;
              if (JSON.stringify(got.map((f) => f.key).sort()) !== JSON.stringify(want)) failures.push(`${where}: scoped run found ${got.length}, full run ${want.length}`);
              const elsewhere: { row: number; col: number }[] = [];
              for (let r = 0; r < sheet.rowCount; r++) for (let c = 0; c < sheet.colCount; c++) if ((scope === 'row' ? r : c) !== line) elsewhere.push({ row: r, col: c });
              if (log.touches(sheet.name, elsewhere)) failures.push(`${where}: read a cell outside its ${scope}`);
              for (const other of workbook.sheets) if (other.name !== sheet.name && log.readSheet(other.name)) failures.push(`${where}: read sheet '${other.name}'`);
            }
          }
        }
      }
    }
    expect(failures.slice(0, 20)).toEqual([]);
  }, 300_000);

  it('every declared scope was exercised on some fixture', () => {
    expect(scoped.map((s) => s.id).filter((id) => !exercised.has(id))).toEqual([]);
  });
});
