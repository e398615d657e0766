import {
  type AnyRule,
  type Edition,
  type FillPlan,
  type FillSources,
  type Problem,
  type TemplateDefinition,
  planFillsForSheet,
  recognise,
  runRule,
  sortProblems,
} from '../../../../shared/engine';
import type { CellPos, Workbook } from '../../../../shared/grid';
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
  readonly fills: Unit<FillPlan> | undefined;
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

function affected(log: ReadLog, changes: Changes): boolean {
  for (const s of changes.reshaped) if (log.readSheet(s)) return true;
  for (const [sheet, cells] of changes.cells) if (log.touches(sheet, cells)) return true;
  return false;
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
      ran += 1 + state.rules.length + (state.fills ? 1 : 0);
      return state;
    });
    this.lastPass = { kind: 'full', ran, reused: 0 };
    return this.outcome();
  }

  /** `workbook` is the previous one with the changed cells patched in (same sheets, same order). */
  update(workbook: Workbook, changes: Changes): Outcome {
    const wb = trackWorkbook(workbook);
    this.workbook = wb;
    let ran = 0;
    let reused = 0;
    this.states = wb.sheets.map((sheet, i) => {
      const before = this.states[i];
      if (!before || before.name !== sheet.name) {
        const state = this.sheetState(wb, sheet.name);
        ran += 1 + state.rules.length + (state.fills ? 1 : 0);
        return state;
      }
      let recognition = before.recognition;
      if (affected(recognition.log, changes)) {
        // Recognition read an edited cell: run it again. If it finds the same template, edition and
        // layout, the rules' inputs are unchanged but for the cells they read, so they may be reused.
        ran++;
        recognition = this.recognitionUnit(wb, sheet.name);
        const was = before.recognition.value;
        const now = recognition.value;
        const same = was === now || (!!was && !!now && was.template === now.template && sameData(was.edition, now.edition) && sameData(was.layout, now.layout));
        if (!same) {
          const state = this.sheetState(wb, sheet.name, recognition);
          ran += state.rules.length + (state.fills ? 1 : 0);
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
        return this.ruleUnit(wb, sheet.name, hit, hit.template.rules[r]!);
      });
      let fills = before.fills;
      if (fills && affected(fills.log, changes)) {
        ran++;
        fills = this.fillUnit(wb, sheet.name, hit.template);
      } else if (fills) reused++;
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
    if (!hit) return { name, recognition, rules: [], fills: undefined };
    return {
      name,
      recognition,
      rules: hit.template.rules.map((rule) => this.ruleUnit(wb, name, hit, rule)),
      fills: hit.template.fills && hit.template.fills.length > 0 ? this.fillUnit(wb, name, hit.template) : undefined,
    };
  }

  private ruleUnit(wb: Workbook, name: string, hit: { edition: Edition; layout: unknown }, rule: AnyRule): Unit<Problem[]> {
    const sheet = wb.sheet(name)!;
    return run(() => runRule(rule, { sheet, workbook: wb, layout: hit.layout, edition: hit.edition }));
  }

  private fillUnit(wb: Workbook, name: string, template: TemplateDefinition): Unit<FillPlan> {
    const sheet = wb.sheet(name)!;
    return run(() => planFillsForSheet(sheet, wb, template, this.sources));
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
    const plans = this.states.map((s) => s.fills?.value ?? NO_PLAN);
    const recognised = sheets.some((s) => s.template);
    return {
      sheets,
      problems: sheets.flatMap((s) => s.problems),
      plan: { fixes: plans.flatMap((p) => p.fixes), suggestions: plans.flatMap((p) => p.suggestions), conflicts: plans.flatMap((p) => p.conflicts) },
      ...(recognised ? {} : { lookedFor: this.templates.flatMap((t) => t.lookedFor.map((k) => `${t.catalogId}: ${k}`)) }),
    };
  }
}
