import { type CellPos, type Sheet, columnLetters } from '../../grid';
import type { Edition } from '../../engine';
import { fold, numberAt, textAt } from '../../engine';

import type { SummaryLine } from '../../engine/checks';

/**
 * What the three bokslut printouts from the city's ledger share (Budgetavräkning, Balansräkning,
 * Resultaträkning): the "Period: 201901-201913" line, row labels that OCR reads with "l" for "I"
 * ("lnternränta", "lntäkter"), account rows "NN Name", and summary lines that add up other lines.
 * The Balansräkning and Resultaträkning packs import this module.
 */

/** Folded label with the OCR's "l" for a capital "I" at a word start repaired ("lnternranta"). */
export function ledgerLabel(text: string): string {
  return fold(text)
    .replace(/^[|!]\s*/, '')
    .replace(/\bl(?=n[a-z])/g, 'i');
}

/** An account row: two digits, then the account's name ("35 Bidrag"). */
export function isAccountLabel(label: string): boolean {
  return /^\d{2}\s+\S/.test(label.trim());
}

export interface PrintoutPeriod {
  readonly cell: CellPos;
  /** The bokslut year: the year of the period's last month (201901-201913 → 2019). */
  readonly year: number;
}

const PERIOD = /period:?\s*(\d{4})(\d{2})\s*-\s*(\d{4})(\d{2})/;

export function printoutPeriod(sheet: Sheet, maxRows = 12): PrintoutPeriod | undefined {
  for (let row = 0; row < Math.min(sheet.rowCount, maxRows); row++) {
    for (let col = 0; col < Math.min(sheet.colCount, 12); col++) {
      const m = PERIOD.exec(fold(textAt(sheet, row, col)));
      if (m) return { cell: { row, col }, year: Number(m[3]) };
    }
  }
  return undefined;
}

export function bokslutEdition(name: string, year: number | undefined): Edition {
  return year === undefined ? { id: 'bokslut', label: `Bokslut, ${name}` } : { id: `bokslut-${year}`, label: `Bokslut ${year}, ${name}`, year };
}

/** Rows that hold an amount in any of the columns. */
export function hasAmount(sheet: Sheet, row: number, cols: readonly number[]): boolean {
  return cols.some((c) => !sheet.isBlank(row, c));
}

/** Parts text for a group of accounts: 'kontona 30–38'. */
export function accountRange(sheet: Sheet, labelCol: number, rows: readonly number[]): { sv: string; en: string } | undefined {
  const numbers = rows.map((r) => /^(\d{2})\s/.exec(textAt(sheet, r, labelCol))?.[1]);
  if (numbers.length === 0 || numbers.some((n) => n === undefined)) return undefined;
  const [first, last] = [numbers[0]!, numbers.at(-1)!];
  return first === last ? { sv: `konto ${first}`, en: `account ${first}` } : { sv: `kontona ${first}–${last}`, en: `accounts ${first}–${last}` };
}

/**
 * A cell as the printout's own arithmetic gives it: a summary line is the sum of its parts, each
 * part computed the same way down to the typed lines. Used by fills, so that a value proposed once
 * is what the next plan computes too.
 */
export function evaluate(sheet: Sheet, lines: readonly SummaryLine[], row: number, col: number): { value: number; inputs: CellPos[] } {
  const byRow = new Map(lines.map((l) => [l.row, l]));
  const visit = (r: number, seen: ReadonlySet<number>): { value: number; inputs: CellPos[] } => {
    const line = byRow.get(r);
    if (!line || seen.has(r)) return { value: numberAt(sheet, r, col) ?? 0, inputs: [{ row: r, col }] };
    const next = new Set(seen).add(r);
    const parts = line.parts.map((p) => visit(p.row, next));
    return { value: parts.reduce((s, p) => s + p.value, 0), inputs: parts.flatMap((p) => p.inputs) };
  };
  return visit(row, new Set());
}

/** Whole öre: a ledger amount has two decimals, and two fills computing one cell must agree exactly. */
export const ore = (x: number): number => Math.round(x * 100) / 100;

/** The formula that adds up rows of one column: a SUM over a contiguous range, else the cells joined by '+'. */
export function sumFormula(col: number, rows: readonly number[]): string {
  const letters = columnLetters(col);
  if (rows.length === 0) return '0';
  const contiguous = rows.length > 2 && rows.every((r, i) => i === 0 || r === rows[i - 1]! + 1);
  return contiguous ? `SUM(${letters}${rows[0]! + 1}:${letters}${rows.at(-1)! + 1})` : rows.map((r) => `${letters}${r + 1}`).join('+');
}

/** How the three bokslut printouts word a number that is text or an OCR slip: the same printout, the same words. */
export const LEDGER_AMOUNT_MESSAGES = {
    numberAsText: {
      sv: '"{{text}}" är lagrat som text och räknas inte med i Excels summor. Kontrollera beloppet mot utskriften och skriv det som ett tal.',
      en: '"{{text}}" is stored as text and Excel leaves it out of sums. Check the amount against the printout and enter it as a number.',
    },
    suspiciousNumber: {
      sv: '"{{text}}" läses som {{value}} kr, men avviker från utskriftens format (1 234 567,89): {{warning}}. Kontrollera beloppet mot originalet.',
      en: '"{{text}}" is read as {{value}} kr, but departs from the printout’s format (1 234 567,89): {{warning}}. Check the amount against the original.',
    },
    notANumber: {
      sv: '"{{text}}" går inte att läsa som ett belopp i kronor. Kontrollera beloppet mot originalet.',
      en: '"{{text}}" cannot be read as an amount in kronor. Check the amount against the original.',
    },
  } as const;
