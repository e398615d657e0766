import type { Sheet } from '../../grid';
import { fold, textAt } from '../../engine';
import type { SummaryLine } from '../../engine/checks';
import { hasAmount, ledgerLabel, type PrintoutPeriod, printoutPeriod } from './ledger-printout';

/**
 * "Budgetavräkning – Fackförvaltning (med och utan investeringar)": three kronor columns (Nämndens
 * budget inkl budgetjust. | Nämndens utfall | Avvikelse) over the drift lines, the investeringsplan
 * and Försäljningsbeting. Lines are found by their labels, columns by their headers.
 */

export type LineKey =
  | 'driftOchUnderhall'
  | 'avskrivningar'
  | 'internranta'
  | 'kostnader'
  | 'verksamhetensIntakter'
  | 'intaktsford'
  | 'intakter'
  | 'summaDrift'
  | 'utgifter'
  | 'inkomster'
  | 'summaInvestering'
  | 'exploatering'
  | 'investeringNetto'
  | 'forsaljningsbeting';

const LINES: readonly (readonly [LineKey, RegExp])[] = [
  ['driftOchUnderhall', /^drift och underh/],
  ['avskrivningar', /^avskrivningar/],
  ['internranta', /^internr/],
  ['kostnader', /^kostnader$/],
  ['verksamhetensIntakter', /^verksamhetens intakter/],
  ['intaktsford', /^intaktsford/],
  ['intakter', /^intakter( \(-\))?$/],
  ['summaDrift', /^summa drift/],
  ['utgifter', /^(investeringsplan:? )?utgifter/],
  ['inkomster', /^inkomster/],
  ['summaInvestering', /^summa investering/],
  ['exploatering', /^exploateringsinkomster/],
  ['investeringNetto', /^investering netto/],
  ['forsaljningsbeting', /forsaljningsbeting/],
];

export interface AmountColumn {
  readonly col: number;
  readonly header: string;
}

export interface BudgetavrakningLayout {
  readonly period: PrintoutPeriod | undefined;
  readonly headerRow: number;
  readonly labelCol: number;
  readonly budget: AmountColumn;
  readonly utfall: AmountColumn;
  readonly avvikelse: AmountColumn;
  /** Every line of the table with a label and an amount (or a known label), top to bottom. */
  readonly rows: readonly number[];
  readonly lines: Readonly<Partial<Record<LineKey, number>>>;
  /** Kostnader, Intäkter (-), Summa drift and Summa investering with the lines each adds up. */
  readonly summaries: readonly SummaryLine[];
}

export function resolveLayout(sheet: Sheet): BudgetavrakningLayout | undefined {
  const header = findHeader(sheet);
  if (!header) return undefined;
  const { headerRow, budget, utfall, avvikelse } = header;
  const amountCols = [budget.col, utfall.col, avvikelse.col];
  const labelCol = 0;

  const rows: number[] = [];
  const lines: Partial<Record<LineKey, number>> = {};
  for (let r = headerRow + 1; r < sheet.rowCount; r++) {
    const text = textAt(sheet, r, labelCol);
    if (text === '') continue;
    const key = LINES.find(([k, re]) => lines[k] === undefined && re.test(ledgerLabel(text)))?.[0];
    if (key) lines[key] = r;
    if (key || hasAmount(sheet, r, amountCols)) rows.push(r);
  }
  if (lines.summaDrift === undefined || lines.kostnader === undefined) return undefined;

  return {
    period: printoutPeriod(sheet),
    headerRow,
    labelCol,
    budget,
    utfall,
    avvikelse,
    rows,
    lines,
    summaries: summariesOf(sheet, rows, lines, labelCol, amountCols),
  };
}

function findHeader(sheet: Sheet): { headerRow: number; budget: AmountColumn; utfall: AmountColumn; avvikelse: AmountColumn } | undefined {
  for (let row = 0; row < Math.min(sheet.rowCount, 25); row++) {
    const find = (re: RegExp) => {
      for (let col = 1; col < Math.min(sheet.colCount, 12); col++) {
        const t = textAt(sheet, row, col);
        if (re.test(fold(t))) return { col, header: t.replace(/\s+/g, ' ') };
      }
      return undefined;
    };
    const avvikelse = find(/^avvikelse/);
    const utfall = find(/\butfall\b/);
    const budget = find(/\bbudget\b/);
    if (avvikelse && utfall && budget) {
      // "Nämndens budget" wraps onto a second line, "inkl budgetjust.", in the row below.
      const more = textAt(sheet, row + 1, budget.col);
      const header = more && textAt(sheet, row + 1, 0) === '' ? `${budget.header} ${more}` : budget.header;
      return { headerRow: more && textAt(sheet, row + 1, 0) === '' ? row + 1 : row, budget: { col: budget.col, header }, utfall, avvikelse };
    }
  }
  return undefined;
}

/**
 * Each summary adds up the lines between it and the summary before it (Kostnader the drift lines,
 * Intäkter (-) the income lines, Summa investering the investeringsplan); Summa drift adds
 * Kostnader and Intäkter (-).
 */
function summariesOf(
  sheet: Sheet,
  rows: readonly number[],
  lines: Partial<Record<LineKey, number>>,
  labelCol: number,
  amountCols: readonly number[],
): SummaryLine[] {
  const label = (row: number) => textAt(sheet, row, labelCol);
  const part = (row: number) => ({ row, label: label(row) });
  const between = (from: number, to: number) => rows.filter((r) => r > from && r < to && hasAmount(sheet, r, amountCols)).map(part);
  const out: SummaryLine[] = [];
  const { kostnader, intakter, summaDrift, summaInvestering } = lines;
  const start = rows[0]! - 1;
  if (kostnader !== undefined) out.push({ row: kostnader, label: label(kostnader), parts: between(start, kostnader) });
  if (intakter !== undefined && kostnader !== undefined) out.push({ row: intakter, label: label(intakter), parts: between(kostnader, intakter) });
  if (summaDrift !== undefined) {
    const parts = [kostnader, intakter].filter((r): r is number => r !== undefined).map(part);
    out.push({ row: summaDrift, label: label(summaDrift), parts });
  }
  if (summaInvestering !== undefined && summaDrift !== undefined) {
    out.push({ row: summaInvestering, label: label(summaInvestering), parts: between(summaDrift, summaInvestering) });
  }
  return out;
}
