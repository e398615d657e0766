import { link, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { type CellEdit, type FillPlan, type FillSources, type TemplateDefinition, applyEdits, planFills } from '../../../shared/engine';
import { type CellValue, type Workbook, sameValue } from '../../../shared/grid';
import { patchWorkbookBytes } from '../xlsx-adapter/patch-cells';
import { parseWorkbook } from '../xlsx-adapter/read-workbook';

/** One cell's change over all rounds: what the file holds now, and what it will hold. */
export interface FillEdit extends CellEdit {
  /** 'fix' goes in without asking; 'suggestion' replaces a typed constant and needs --yes. */
  readonly kind: 'fix' | 'suggestion';
}

export interface FillOutcome {
  /** Edits to write, each with the value the input file holds (its If-Match). */
  readonly edits: readonly FillEdit[];
  /** Suggestions left unapplied (without --yes). */
  readonly pending: readonly CellEdit[];
  readonly conflicts: FillPlan['conflicts'];
  readonly rounds: number;
  /** False when the fills still proposed changes after the last round. */
  readonly settled: boolean;
}

const MAX_ROUNDS = 8;

/**
 * Plans the fill of a whole workbook. A value one fill writes can be an input of another (a row's
 * (13) feeds the Summa row), so planning repeats on the filled grid until nothing more is due, as
 * Excel recalculates until the sheet is stable. Only fixes are taken between rounds (and
 * suggestions with `yes`); each cell's edits collapse into one that expects the input's value.
 */
export function planWorkbookFill(
  workbook: Workbook,
  templates: readonly TemplateDefinition[],
  sources: FillSources,
  yes: boolean,
): FillOutcome {
  const merged = new Map<string, FillEdit>();
  let current = workbook;
  let pending: readonly CellEdit[] = [];
  let conflicts: FillPlan['conflicts'] = [];
  for (let round = 1; round <= MAX_ROUNDS; round++) {
    const plan = planFills(current, templates, sources);
    conflicts = plan.conflicts;
    const take: FillEdit[] = [...plan.fixes.map((e) => ({ ...e, kind: 'fix' as const })), ...(yes ? plan.suggestions.map((e) => ({ ...e, kind: 'suggestion' as const })) : [])];
    pending = yes ? [] : plan.suggestions;
    if (take.length === 0) return { edits: finalEdits(merged), pending, conflicts, rounds: round, settled: true };
    const result = applyEdits(current, take);
    const applied = new Set<CellEdit>(result.applied);
    for (const edit of take.filter((e) => applied.has(e))) {
      const key = `${edit.sheet}!${edit.cell}`;
      const before = merged.get(key);
      merged.set(key, { ...edit, expected: before?.expected ?? edit.expected, kind: before?.kind === 'suggestion' ? 'suggestion' : edit.kind });
    }
    current = result.workbook;
  }
  return { edits: finalEdits(merged), pending, conflicts, rounds: MAX_ROUNDS, settled: false };
}

/** A cell changed and then changed back is no edit. */
function finalEdits(merged: ReadonlyMap<string, FillEdit>): FillEdit[] {
  return [...merged.values()].filter((e) => !(sameValue(e.expected.value, e.value) && e.expected.formula === e.formula));
}

export interface WriteResult {
  readonly written: readonly FillEdit[];
  /** Edits whose cell no longer held the expected value when the file was read again. */
  readonly refused: readonly { readonly edit: FillEdit; readonly actual: CellValue }[];
  readonly bytes: number;
}

/**
 * Writes the edits into a copy of `input` at `out`. The input is read again right before writing
 * and every edit checked against it (If-Match): a cell that changed since planning is refused, not
 * overwritten. Only the touched cells are rewritten (patchWorkbookBytes). The copy is written to a
 * temporary file beside `out` and moved into place; without `force` it is linked, which fails
 * rather than replace a file that appeared meanwhile.
 */
export async function writeFilledCopy(input: string, out: string, edits: readonly FillEdit[], force: boolean): Promise<WriteResult> {
  const bytes = new Uint8Array(await readFile(input));
  const fresh = parseWorkbook(bytes);
  const check = applyEdits(fresh, edits);
  const passed = new Set<CellEdit>(check.applied);
  const written = edits.filter((e) => passed.has(e));
  const refused = check.refused.map((r) => ({ edit: r.edit as FillEdit, actual: r.actual }));
  const patched = patchWorkbookBytes(
    bytes,
    written.map((e) => ({ sheet: e.sheet, cell: e.cell, value: e.value, ...(e.formula !== undefined ? { formula: e.formula } : {}) })),
  );
  const temp = join(dirname(out), `.${process.pid}-${Date.now()}.namndstod-tmp.xlsx`);
  try {
    await writeFile(temp, patched, { flag: 'wx' });
    if (force) await rename(temp, out);
    else {
      await link(temp, out);
      await rm(temp, { force: true });
    }
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  return { written, refused, bytes: patched.length };
}
