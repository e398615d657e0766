import { Sheet, columnLetters } from '../../../../shared/grid';
import { printedValue } from '../../../fixtures/xlsx/cells';
import { instanceAt } from '../../../fixtures/xlsx/instances';
import { type PrintedCell, decodeHeader, printedSheet } from '../../../fixtures/xlsx/projekt-over-50-mnkr';
import { type CellInput, cellOf } from '../../../support/grid-literal';

/**
 * The catalogued blank forms given realistic projects, for the rule tests: the header block,
 * instruction lines and merges are the fixture writer's, so a rule test runs on the real layout.
 */

export type Pair = readonly [kostnad: number, intakt: number];

export interface ProjectSpec {
  readonly name: string;
  readonly ack: Pair;
  /** The current year first, then each later year group left to right (five in every edition). */
  readonly years: readonly Pair[];
  /** Decided start and end; the prognos dates are the same. */
  readonly dates: readonly [string, string];
}

/** Five projects whose prognos equals budget and decision, so every rule holds on them. */
export const PROJECTS: readonly ProjectSpec[] = [
  { name: 'Jobbtorg Stockholm, digital vägledning', ack: [12.4, -3.1], years: [[8, -2], [6, -1.5], [4, -1], [0, 0], [0, 0]], dates: ['2019-09-01', '2023-12-31'] },
  { name: 'Unga till arbete (ESF)', ack: [21.5, -15], years: [[18.2, -12.7], [14, -9.8], [0, 0], [0, 0], [0, 0]], dates: ['2019-01-01', '2022-12-31'] },
  { name: 'Plattform för vuxenutbildning', ack: [30, 0], years: [[25, 0], [20, 0], [10, 0], [5, 0], [0, 0]], dates: ['2020-01-01', '2024-06-30'] },
  { name: 'Stockholmsjobb, utökning', ack: [0, 0], years: [[45, -20], [40, -18], [0, 0], [0, 0], [0, 0]], dates: ['2021-01-01', '2022-12-31'] },
  { name: 'Etableringscentrum', ack: [3.2, -3.2], years: [[6.5, -6.5], [6.5, -6.5], [6.5, -6.5], [6.5, -6.5], [6.5, -6.5]], dates: ['2020-09-01', '2025-12-31'] },
];

export interface FillOptions {
  /** Inserts a delsummering of the projects above it after this many projects. */
  readonly subtotalAfter?: number;
  /** Its name cell; '' leaves it unnamed, so only its SUM formulas tell it apart. */
  readonly subtotalName?: string;
  /** The Summa formulas run over the delsummering too (the mistake the instruction warns of). */
  readonly summaIncludesSubtotal?: boolean;
  /** Adds a "Kommentar" column after (18). */
  readonly commentColumn?: boolean;
  /** Group headers written once over their first column instead of merged. */
  readonly unmerged?: boolean;
}

/** The catalogued blank form as printed, as a grid. */
export function blankSheet(index: number): Sheet {
  const printed = printedSheet(instanceAt(index), index);
  return new Sheet({ name: printed.name, rows: printed.rows.map((r) => r.map((c) => cellOf(inputOf(c)))), merges: printed.merges });
}

/**
 * Instance `index` (0 = T1 2021, 1 = T1 2020 OCR, 2 = VP 2022) with `projects` in its project
 * rows: Budget = Prognos for the current year, Plan = Prognos later, totals (11)–(14) the sum of
 * Ack. and every year, and a Summa row of =SUM() cached with the sums.
 *
 * T1 2021 (index 0): year row 5, sub-headers 6, numbers 7, Kostnad/Intäkt 8–9, projects 10–14,
 * Summa 15; columns B–C (1)(2), D–E (3)(4), F–G (5)(6), H–W (7)–(10) for 2022–2025, X–AA
 * (11)–(14), AB–AE (15)–(18). T1 2020 and VP 2022 start two rows lower (projects 12–16, Summa
 * 17); VP 2022 has H–S for 2023–2025 and the unlabelled pair, T–W (11)–(14), X–AA (15)–(18).
 */
export function filledSheet(index: number, projects: readonly ProjectSpec[] = PROJECTS, opts: FillOptions = {}): Sheet {
  const instance = instanceAt(index);
  const printed = printedSheet(instance, index);
  const headers = instance.headers.slice(1).map(decodeHeader);
  const rows: CellInput[][] = printed.rows.map((r) => r.map(inputOf));
  if (projects.length !== printed.projectRows.length) throw new Error(`The form has ${printed.projectRows.length} project rows`);
  const width = headers.length + 1;

  // Year groups after Ack., in order: the current year's Budget/Prognos, then each later group.
  // A Prognos pair right after a Budget or Plan pair belongs to that pair's year.
  const groupOf: number[] = [];
  let group = -1;
  let previousPhase = '';
  for (const h of headers) {
    if (h.kind === 'kostnad' && h.phase !== '') {
      if (!(h.phase === 'Prognos' && (previousPhase === 'Budget' || previousPhase === 'Plan'))) group++;
      previousPhase = h.phase;
    }
    groupOf.push(group);
  }

  printed.projectRows.forEach((row, p) => {
    const spec = projects[p]!;
    const r = rows[row]!;
    r[0] = spec.name;
    const total: [number, number] = [spec.ack[0], spec.ack[1]];
    spec.years.forEach(([k, i]) => {
      total[0] += k;
      total[1] += i;
    });
    headers.forEach((h, i) => {
      const col = i + 1;
      const amount = (pair: Pair) => (h.kind === 'kostnad' || h.kind === 'total-kostnad' ? pair[0] : pair[1]);
      if (h.kind === 'start' || h.kind === 'slut') r[col] = { d: h.kind === 'start' ? spec.dates[0] : spec.dates[1] };
      else if (h.kind === 'total-kostnad' || h.kind === 'total-intakt') r[col] = round(amount(total));
      else if (h.phase === '') r[col] = amount(spec.ack);
      else r[col] = amount(spec.years[groupOf[i]!] ?? [0, 0]);
    });
  });

  let projectRows = [...printed.projectRows];
  let summaRow = printed.summaRow;
  let subtotalRow: number | undefined;
  if (opts.subtotalAfter !== undefined) {
    subtotalRow = projectRows[opts.subtotalAfter - 1]! + 1;
    const covered = projectRows.slice(0, opts.subtotalAfter);
    const row: CellInput[] = [opts.subtotalName ?? 'Delsumma'];
    headers.forEach((h, i) => {
      if (h.kind === 'start' || h.kind === 'slut') return;
      const col = i + 1;
      const letters = columnLetters(col);
      const sum = covered.reduce((acc, r) => acc + (rows[r]![col] as number), 0);
      row[col] = { f: `SUM(${letters}${covered[0]! + 1}:${letters}${covered[covered.length - 1]! + 1})`, v: round(sum) };
    });
    rows.splice(subtotalRow, 0, row);
    projectRows = projectRows.map((r) => (r >= subtotalRow! ? r + 1 : r));
    summaRow++;
  }

  const first = Math.min(...projectRows);
  const last = Math.max(...projectRows);
  headers.forEach((h, i) => {
    if (h.kind === 'start' || h.kind === 'slut') return;
    const col = i + 1;
    const letters = columnLetters(col);
    const counted = opts.summaIncludesSubtotal && subtotalRow !== undefined ? [...projectRows, subtotalRow] : projectRows;
    const sum = counted.reduce((acc, r) => acc + (rows[r]![col] as number), 0);
    rows[summaRow]![col] = { f: `SUM(${letters}${first + 1}:${letters}${last + 1})`, v: round(sum) };
  });

  if (opts.commentColumn) {
    const kindTop = printed.projectRows[0]! - 2;
    rows[kindTop]![width] = 'Kommentar';
  }

  let merges = printed.merges;
  if (opts.unmerged) merges = [];
  return new Sheet({ name: printed.name, rows: rows.map((r) => Array.from(r, (c) => cellOf(c ?? null))), merges });
}

function inputOf(c: PrintedCell | undefined): CellInput {
  if (!c) return null;
  switch (c.kind) {
    case 'text':
      return c.text;
    case 'value':
      return printedValue(c.text).value;
    case 'date':
      return { d: c.iso };
    case 'formula': {
      const v = printedValue(c.text).value;
      return v === null ? { f: c.formula } : { f: c.formula, v };
    }
  }
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
