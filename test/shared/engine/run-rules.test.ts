import { type AnyRule, ROW_SLICE, defineRule, recognise, rowsInScope, runRule, runRules, sortProblems } from '../../../shared/engine';
import { type Cell, Sheet, Workbook, num, text } from '../../../shared/grid';
import { templates } from '../../../shared/templates';
import { parseWorkbook } from '../../../excel-addin/src/xlsx-adapter/read-workbook';
import { fixtureBytes } from '../../fuzz/support/fixtures';

const key = (p: { cell: string; ruleId: string; messageId: string; data: unknown }) => `${p.cell} ${p.ruleId} ${p.messageId} ${JSON.stringify(p.data)}`;
const wholeRuns = (rules: readonly AnyRule[], ctx: Parameters<typeof runRules>[1]) => sortProblems(rules.flatMap((r) => runRule(r, ctx))).map(key);

/** The catalogued T1 2021 sheet with its project rows repeated to `copies` × 5 rows and a few mistakes typed in. */
async function longT01(copies: number): Promise<{ sheet: Sheet; workbook: Workbook }> {
  const book = parseWorkbook(await fixtureBytes(0));
  const base = book.sheets[0]!;
  const layout = recognise(base, book, templates)!.layout as { projectRows: number[]; totalRow: number };
  const first = layout.projectRows[0]!;
  const rowsOf = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => Array.from({ length: base.colCount }, (_, c) => base.cell(from + i, c)));
  const body: Cell[][] = [];
  for (let k = 0; k < copies; k++) for (const r of layout.projectRows) body.push(Array.from({ length: base.colCount }, (_, c) => base.cell(r, c)));
  // Mistakes spread over the slices: an amount typed as text, a sign flipped, a start after its end.
  body[3]![5] = { value: text('12,4') };
  body[ROW_SLICE * 2 + 7]![6] = { value: num(4.5) };
  body[body.length - 2]![5] = { value: text('x') };
  const rows = [...rowsOf(0, first), ...body, ...rowsOf(layout.totalRow, base.rowCount)];
  const sheet = new Sheet({ name: base.name, rows, merges: base.merges });
  return { sheet, workbook: new Workbook([sheet]) };
}

describe('runRules', () => {
  it('finds on a long T01 sheet exactly what running each rule whole finds', async () => {
    const { sheet, workbook } = await longT01(400);
    expect(sheet.rowCount).toBeGreaterThan(ROW_SLICE * 4);
    const hit = recognise(sheet, workbook, templates)!;
    expect(hit.template.rules.filter((r) => r.meta.scope === 'row').length).toBeGreaterThan(3);
    const ctx = { sheet, workbook, layout: hit.layout, edition: hit.edition };
    const whole = wholeRuns(hit.template.rules, ctx);
    expect(whole.length).toBeGreaterThanOrEqual(3);
    expect(sortProblems(runRules(hit.template.rules, ctx)).map(key)).toEqual(whole);
  });

  const rowsSheet = (n: number) => new Sheet({ name: 'Blad1', rows: Array.from({ length: n }, (_, r) => [{ value: r % 97 === 0 ? text('x') : num(r) }]) });
  const allRows = (sheet: Sheet) => Array.from({ length: sheet.rowCount }, (_, r) => r);

  it('yields one internal problem for a row-scoped rule that throws on one slice, and keeps the others', () => {
    const sheet = rowsSheet(ROW_SLICE * 3 + 5);
    const messages = { x: { sv: 'x på rad {{row}}', en: 'x on row {{row}}' } } as const;
    const marks = defineRule({
      meta: { id: 't/marks', severity: 'error', docs: { sv: '', en: '', source: '' }, messages, scope: 'row' },
      check: (ctx) => rowsInScope(ctx, allRows(ctx.sheet)).filter((r) => ctx.sheet.value(r, 0).kind === 'text').map((row) => ({ messageId: 'x', cell: { row, col: 0 }, data: { row } }) as const),
    });
    const fragile = defineRule({
      meta: { id: 't/fragile', severity: 'error', docs: { sv: '', en: '', source: '' }, messages, scope: 'row' },
      check: (ctx) => {
        if (rowsInScope(ctx, allRows(ctx.sheet)).includes(ROW_SLICE * 2 + 1)) throw new Error('boom');
        return [];
      },
    });
    const ctx = { sheet, workbook: new Workbook([sheet]), layout: undefined, edition: { id: 'e', label: 'e' } };
    const found = runRules([marks, fragile] as AnyRule[], ctx);
    expect(found.filter((p) => p.ruleId === 't/fragile').map((p) => p.kind)).toEqual(['internal']);
    expect(found.filter((p) => p.ruleId === 't/marks').map((p) => p.cell)).toEqual(['A1', 'A98', 'A195', 'A292', 'A389', 'A486', 'A583', 'A680']);
  });

  it('gives rowsInScope the same rows whatever the order or size of the scope', () => {
    const rows = [2, 5, 9, 10, 40, 41, 300, 301, 1000];
    const unsorted = [9, 2, 40, 5];
    for (const scope of [[5, 40, 1000], [0, 1, 3], [300], [2, 1000, 999], rows, [41, 42, 43, 44, 45, 46, 47, 48, 49, 50]]) {
      const set = new Set(scope);
      expect(rowsInScope({ rows: set }, rows)).toEqual(rows.filter((r) => set.has(r)));
      expect(rowsInScope({ rows: set }, unsorted)).toEqual(unsorted.filter((r) => set.has(r)));
    }
    const long = Array.from({ length: 5000 }, (_, i) => i * 2);
    const scope = new Set([7, 8, 2000, 9998, 10_000]);
    expect(rowsInScope({ rows: scope }, long)).toEqual([8, 2000, 9998]);
    expect(rowsInScope({}, long)).toBe(long);
  });
});
