import {
  type AnyFill,
  type AnyRule,
  type CellEdit,
  type Edition,
  type FillPlan,
  type FillSources,
  type Problem,
  type Scope,
  type TemplateDefinition,
  classifyEdits,
  fillEdits,
  inReadingOrder,
  recognise,
  runRule,
  sortProblems,
} from '../../../../shared/engine';
import { type CellPos, type Workbook, parseA1 } from '../../../../shared/grid';
import { ReadLog, recording, trackWorkbook } from './read-log';
import { sameData } from './same-data';

export interface SheetOutcome {
  readonly sheet: string;
  readonly template?: { readonly id: string; readonly catalogId: string; readonly edition: Edition; readonly title: { readonly sv: string; readonly en: string } };
  readonly problems: readonly Problem[];
}

export interface Outcome {
  readonly sheets: readonly SheetOutcome[];
  /** Every recognised sheet's problems, in sheet order then reading order. */
  readonly problems: readonly Problem[];
  readonly plan: FillPlan;
  /** What recognition looked for, when no sheet is a known template. */
  readonly lookedFor?: readonly string[];
}

export interface PassStats {
  readonly kind: 'full' | 'incremental';
  /** Units run (a sheet's recognition, one rule on one sheet, one sheet's fills) and units reused. */
  readonly ran: number;
  readonly reused: number;
}

interface Unit<T> {
  readonly log: ReadLog;
  readonly value: T;
}

interface SheetState {
  readonly name: string;
  readonly recognition: Unit<{ template: TemplateDefinition; edition: Edition; layout: unknown } | undefined>;
  readonly rules: readonly Unit<Problem[]>[];
  /** One unit per fill of the template; the plan is classified from all of them at the end. */
  readonly fills: readonly Unit<CellEdit[]>[];
}

/** A set of changed cells per sheet; a sheet in `reshaped` grew or shrank, so anything that read it reruns. */
export interface Changes {
  readonly cells: ReadonlyMap<string, readonly CellPos[]>;
  readonly reshaped: ReadonlySet<string>;
}

const NO_PLAN: FillPlan = { fixes: [], suggestions: [], conflicts: [] };

function run<T>(f: () => T): Unit<T> {
  const log = new ReadLog();
  return { log, value: recording(log, f) };
}

/** Whether a changed cell still holds the same kind of value and the same formula. */
type ShapeKept = (sheet: string) => (cell: CellPos) => boolean;

function affected(log: ReadLog, changes: Changes, kept?: ShapeKept): boolean {
  for (const s of changes.reshaped) if (log.readSheet(s)) return true;
  for (const [sheet, cells] of changes.cells) if (log.touches(sheet, cells, kept?.(sheet))) return true;
  return false;
}

type ScopedRun = { readonly rows: ReadonlySet<number> } | { readonly columns: ReadonlySet<number> };

/**
 * The rows (or columns) a scoped rule or fill may redo alone: only when its last result was
 * sound and the changes it read lie on this sheet alone, with no sheet reshaped.
 */
function scopeOf(scope: Scope | undefined, unit: Unit<readonly (Problem | CellEdit)[]>, sheet: string, changes: Changes): ScopedRun | undefined {
  if (scope === undefined || changes.reshaped.size > 0) return undefined;
  if (unit.value.some((p) => 'kind' in p && p.kind === 'internal')) return undefined;
  for (const [name, cells] of changes.cells) if (name !== sheet && unit.log.touches(name, cells)) return undefined;
  const cells = changes.cells.get(sheet);
  if (!cells) return undefined;
  return scope === 'row' ? { rows: new Set(cells.map((c) => c.row)) } : { columns: new Set(cells.map((c) => c.col)) };
}

function inRun(scope: ScopedRun, a1: string): boolean {
  const { row, col } = parseA1(a1);
  return 'rows' in scope ? scope.rows.has(row) : scope.columns.has(col);
}

/**
 * The core's validation and fill planning, run so that an edit re-runs only what it can affect.
 * Every unit records the cells it reads; after an edit, a unit whose reads miss every changed cell
 * keeps its result. A rule knows nothing of this: it runs exactly as validateWorkbook runs it.
 */
export class IncrementalValidator {
  private states: SheetState[] = [];
  private workbook: Workbook | undefined;
  lastPass: PassStats = { kind: 'full', ran: 0, reused: 0 };

  constructor(
    private readonly templates: readonly TemplateDefinition[],
    private readonly sources: FillSources = {},
  ) {}

  get current(): Workbook | undefined {
    return this.workbook;
  }

  full(workbook: Workbook): Outcome {
    const wb = trackWorkbook(workbook);
    this.workbook = wb;
    let ran = 0;
    this.states = wb.sheets.map((sheet) => {
      const state = this.sheetState(wb, sheet.name);
      ran += 1 + state.rules.length + state.fills.length;
      return state;
    });
    this.lastPass = { kind: 'full', ran, reused: 0 };
    return this.outcome();
  }

  /** `workbook` is the previous one with the changed cells patched in (same sheets, same order). */
  update(workbook: Workbook, changes: Changes): Outcome {
    const previous = this.workbook;
    const wb = trackWorkbook(workbook);
    this.workbook = wb;
    const kept: ShapeKept = (name) => {
      const was = previous?.sheet(name);
      const now = wb.sheet(name);
      return ({ row, col }) => {
        const a = was?.cell(row, col);
        const b = now?.cell(row, col);
        return !!a && !!b && a.value.kind === b.value.kind && a.formula === b.formula;
      };
    };
    let ran = 0;
    let reused = 0;
    this.states = wb.sheets.map((sheet, i) => {
      const before = this.states[i];
      if (!before || before.name !== sheet.name) {
        const state = this.sheetState(wb, sheet.name);
        ran += 1 + state.rules.length + state.fills.length;
        return state;
      }
      let recognition = before.recognition;
      if (affected(recognition.log, changes, kept)) {
        // Recognition read an edited cell: run it again. If it finds the same template, edition and
        // layout, the rules' inputs are unchanged but for the cells they read, so they may be reused.
        ran++;
        recognition = this.recognitionUnit(wb, sheet.name);
        const was = before.recognition.value;
        const now = recognition.value;
        const same = was === now || (!!was && !!now && was.template === now.template && sameData(was.edition, now.edition) && sameData(was.layout, now.layout));
        if (!same) {
          const state = this.sheetState(wb, sheet.name, recognition);
          ran += state.rules.length + state.fills.length;
          return state;
        }
      } else reused++;
      const hit = recognition.value;
      if (!hit) return { ...before, recognition };
      const rules = before.rules.map((unit, r) => {
        if (!affected(unit.log, changes)) {
          reused++;
          return unit;
        }
        ran++;
        const rule = hit.template.rules[r]!;
        const scope = scopeOf(rule.meta.scope, unit, sheet.name, changes);
        return scope ? this.scopedRuleUnit(wb, sheet.name, hit, rule, unit, scope) : this.ruleUnit(wb, sheet.name, hit, rule);
      });
      const fills = before.fills.map((unit, f) => {
        if (!affected(unit.log, changes)) {
          reused++;
          return unit;
        }
        ran++;
        const fill = hit.template.fills![f]!;
        const scope = scopeOf(fill.meta.scope, unit, sheet.name, changes);
        return scope ? this.scopedFillUnit(wb, sheet.name, hit, fill, unit, scope) : this.fillUnit(wb, sheet.name, hit, fill);
      });
      return { name: sheet.name, recognition, rules, fills };
    });
    this.lastPass = { kind: 'incremental', ran, reused };
    return this.outcome();
  }

  private recognitionUnit(wb: Workbook, name: string): SheetState['recognition'] {
    const sheet = wb.sheet(name)!;
    return run(() => recognise(sheet, wb, this.templates));
  }

  private sheetState(wb: Workbook, name: string, known?: SheetState['recognition']): SheetState {
    const recognition = known ?? this.recognitionUnit(wb, name);
    const hit = recognition.value;
    if (!hit) return { name, recognition, rules: [], fills: [] };
    return {
      name,
      recognition,
      rules: hit.template.rules.map((rule) => this.ruleUnit(wb, name, hit, rule)),
      fills: (hit.template.fills ?? []).map((fill) => this.fillUnit(wb, name, hit, fill)),
    };
  }

  private ruleUnit(wb: Workbook, name: string, hit: { edition: Edition; layout: unknown }, rule: AnyRule): Unit<Problem[]> {
    const sheet = wb.sheet(name)!;
    return run(() => runRule(rule, { sheet, workbook: wb, layout: hit.layout, edition: hit.edition }));
  }

  /**
   * A row-scoped rule re-checks only the edited rows: its problems on other rows cannot have
   * changed (the rule's meta promises it, and a meta-test holds it to that on every fixture).
   */
  private scopedRuleUnit(
    wb: Workbook,
    name: string,
    hit: { edition: Edition; layout: unknown },
    rule: AnyRule,
    unit: Unit<Problem[]>,
    scope: ScopedRun,
  ): Unit<Problem[]> {
    const sheet = wb.sheet(name)!;
    // Reads add to the unit's log: what the rule read elsewhere still counts.
    const fresh = recording(unit.log, () => runRule(rule, { sheet, workbook: wb, layout: hit.layout, edition: hit.edition, ...scope }));
    if (fresh.some((p) => p.kind === 'internal')) return this.ruleUnit(wb, name, hit, rule);
    return { log: unit.log, value: [...unit.value.filter((p) => !inRun(scope, p.cell)), ...fresh] };
  }

  private fillUnit(wb: Workbook, name: string, hit: { edition: Edition; layout: unknown }, fill: AnyFill): Unit<CellEdit[]> {
    const sheet = wb.sheet(name)!;
    return run(() => fillEdits(fill, { sheet, workbook: wb, layout: hit.layout, edition: hit.edition, sources: this.sources }));
  }

  private scopedFillUnit(
    wb: Workbook,
    name: string,
    hit: { edition: Edition; layout: unknown },
    fill: AnyFill,
    unit: Unit<CellEdit[]>,
    scope: ScopedRun,
  ): Unit<CellEdit[]> {
    const sheet = wb.sheet(name)!;
    const fresh = recording(unit.log, () => fillEdits(fill, { sheet, workbook: wb, layout: hit.layout, edition: hit.edition, sources: this.sources, ...scope }));
    return { log: unit.log, value: inReadingOrder([...unit.value.filter((e) => !inRun(scope, e.cell)), ...fresh]) };
  }

  private outcome(): Outcome {
    const sheets: SheetOutcome[] = this.states.map((s) => {
      const hit = s.recognition.value;
      if (!hit) return { sheet: s.name, problems: [] };
      return {
        sheet: s.name,
        template: { id: hit.template.id, catalogId: hit.template.catalogId, edition: hit.edition, title: hit.template.title },
        problems: sortProblems(s.rules.flatMap((u) => u.value)),
      };
    });
    const plans = this.states.map((s) => (s.fills.length === 0 ? NO_PLAN : classifyEdits(this.workbook!.sheet(s.name)!, s.fills.flatMap((u) => u.value))));
    const recognised = sheets.some((s) => s.template);
    return {
      sheets,
      problems: sheets.flatMap((s) => s.problems),
      plan: { fixes: plans.flatMap((p) => p.fixes), suggestions: plans.flatMap((p) => p.suggestions), conflicts: plans.flatMap((p) => p.conflicts) },
      ...(recognised ? {} : { lookedFor: this.templates.flatMap((t) => t.lookedFor.map((k) => `${t.catalogId}: ${k}`)) }),
    };
  }
}
