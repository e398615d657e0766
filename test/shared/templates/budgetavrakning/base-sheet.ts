import type { Sheet } from '../../../../shared/grid';
import { type CellInput, sheetOf } from '../../../support/grid-literal';

/** The bokslut 2019 budgetavräkning with the OCR slips repaired: lines in rows 6–19, B budget, C utfall, D avvikelse. */
export const LINES: readonly (readonly [string, number, number, number])[] = [
  ['Drift och underhåll', 1395200000, 1410480134.95, -15280134.95],
  ['Avskrivningar', 0, 6105006.28, -6105006.28],
  ['Internränta', 0, 97702.86, -97702.86],
  ['Kostnader', 1395200000, 1416682844.09, -21482844.09],
  ['Verksamhetens intäkter', -510200000, -532831181.25, 22631181.25],
  ['Intäktsförd investeringsinkomst', 0, 0, 0],
  ['Intäkter (-)', -510200000, -532831181.25, 22631181.25],
  ['Summa drift', 885000000, 883851662.84, 1148337.16],
  ['Investeringsplan Utgifter', 6000000, 2724257.94, 3275742.06],
  ['Inkomster (-)', 0, 0, 0],
  ['Summa investering', 6000000, 2724257.94, 3275742.06],
  ['Exploateringsinkomster (budgeterade)', 0, 0, 0],
  ['Investering netto inklusive exploateringsinkomster', 6000000, 2724257.94, 3275742.06],
  ['Försäljningsbeting', 0, 0, 0],
];

export function budgetavrakningSheet(title = 'Budgetavräkning - Fackförvaltning (med och utan investeringar)', labels?: readonly string[]): Sheet {
  const rows: CellInput[][] = [
    ['Period: 201901-201913'],
    [title],
    ['Förvaltning: 191'],
    [],
    ['Kr', 'Nämndens budget\ninkl budgetjust.', 'Nämndens utfall', 'Avvikelse'],
    ...LINES.map(([label, b, u, a], i) => [labels?.[i] ?? label, b, u, a]),
  ];
  return sheetOf('Blad1', rows);
}

export const base = budgetavrakningSheet();
