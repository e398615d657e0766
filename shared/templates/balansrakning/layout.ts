import type { Sheet } from '../../grid';
import { textAt } from '../../engine';
import type { SummaryLine } from '../../engine/checks';
import { accountRange, hasAmount, isAccountLabel, ledgerLabel, type PrintoutPeriod, printoutPeriod } from '../budgetavrakning/ledger-printout';

/**
 * "Balansräkning" from the city's ledger: IB | Förändring | UB split into Externt | Stadens bolag |
 * Internt | Totalt; groups over accounts "NN Name"; Summa Tillgångar over the asset groups and
 * Summa Skulder & Eget kapital over the rest. Assets are debit (positive), liabilities credit
 * (negative); eget kapital is printed as it stands.
 */

export type ColumnKey = 'ib' | 'forandring' | 'externt' | 'bolag' | 'internt' | 'totalt';

export interface AmountColumn {
  readonly key: ColumnKey;
  readonly col: number;
  readonly header: string;
}

export interface BalansrakningLayout {
  readonly period: PrintoutPeriod | undefined;
  readonly headerRow: number;
  readonly labelCol: number;
  readonly columns: readonly AmountColumn[];
  readonly byKey: Readonly<Record<ColumnKey, AmountColumn>>;
  readonly rows: readonly number[];
  readonly summaTillgangar: number;
  readonly summaSkulder: number;
  /** Groups over their accounts, then Summa Tillgångar and Summa Skulder & Eget kapital over the groups. */
  readonly groups: readonly SummaryLine[];
  readonly totals: readonly SummaryLine[];
  /** Lines whose balance has a side: assets debit, avsättningar and skulder credit. */
  readonly assetRows: readonly number[];
  readonly liabilityRows: readonly number[];
}

const COLUMNS: readonly (readonly [ColumnKey, RegExp])[] = [
  ['ib', /^[i1l]b\b/],
  ['forandring', /^forandring/],
  ['externt', /\bexternt$/],
  ['bolag', /\bstadens bolag$/],
  ['internt', /\binternt$/],
  ['totalt', /\btotalt$/],
];

export function resolveLayout(sheet: Sheet): BalansrakningLayout | undefined {
  const header = findHeader(sheet);
  if (!header) return undefined;
  const { headerRow, byKey } = header;
  const columns = (['ib', 'forandring', 'externt', 'bolag', 'internt', 'totalt'] as const).map((k) => byKey[k]);
  const amountCols = columns.map((c) => c.col);
  const labelCol = 0;
  const label = (row: number) => textAt(sheet, row, labelCol);

  const rows: number[] = [];
  for (let r = headerRow + 1; r < sheet.rowCount; r++) if (label(r) !== '' && hasAmount(sheet, r, amountCols)) rows.push(r);
  const find = (re: RegExp) => rows.find((r) => re.test(ledgerLabel(label(r))));
  const summaTillgangar = find(/^summa till/);
  const summaSkulder = find(/^summa skulder/);
  if (summaTillgangar === undefined || summaSkulder === undefined || summaSkulder < summaTillgangar) return undefined;

  const isAccount = (row: number) => isAccountLabel(label(row));
  const isTotal = (row: number) => row === summaTillgangar || row === summaSkulder;
  const groups: SummaryLine[] = [];
  rows.forEach((row, i) => {
    if (isAccount(row) || isTotal(row)) return;
    const accounts: number[] = [];
    for (let k = i + 1; k < rows.length && isAccount(rows[k]!); k++) accounts.push(rows[k]!);
    if (accounts.length === 0) return;
    const partsText = accountRange(sheet, labelCol, accounts);
    groups.push({ row, label: label(row), parts: accounts.map((r) => ({ row: r, label: label(r) })), ...(partsText ? { partsText } : {}) });
  });
  const topLines = (from: number, to: number) =>
    rows.filter((r) => r > from && r < to && !isAccount(r) && !isTotal(r)).map((r) => ({ row: r, label: label(r) }));
  const totals: SummaryLine[] = [
    { row: summaTillgangar, label: label(summaTillgangar), parts: topLines(headerRow, summaTillgangar) },
    { row: summaSkulder, label: label(summaSkulder), parts: topLines(summaTillgangar, summaSkulder) },
  ];

  // Eget kapital (with its accounts) has no fixed side in these printouts; everything else below
  // Summa Tillgångar is avsättningar or skulder.
  const egetKapital = groups.find((g) => /^eget kapital/.test(ledgerLabel(g.label)));
  const ekRows = new Set(egetKapital ? [egetKapital.row, ...egetKapital.parts.map((p) => p.row)] : rows.filter((r) => /^(\d{2} )?eget kapital/.test(ledgerLabel(label(r)))));
  const assetRows = rows.filter((r) => r <= summaTillgangar);
  const liabilityRows = rows.filter((r) => r > summaTillgangar && r < summaSkulder && !ekRows.has(r));

  return { period: printoutPeriod(sheet), headerRow, labelCol, columns, byKey, rows, summaTillgangar, summaSkulder, groups, totals, assetRows, liabilityRows };
}

/**
 * The header is two rows: "IB 201900 | Förändring | UB 201913" over "201901-201913 | Externt |
 * Stadens bolag | Internt | Totalt". A column's text is both rows joined.
 */
function findHeader(sheet: Sheet): { headerRow: number; byKey: Record<ColumnKey, AmountColumn> } | undefined {
  for (let row = 0; row < Math.min(sheet.rowCount, 25); row++) {
    const byKey: Partial<Record<ColumnKey, AmountColumn>> = {};
    for (let col = 1; col < Math.min(sheet.colCount, 14); col++) {
      const lower = textAt(sheet, row, col);
      const upper = row > 0 ? textAt(sheet, row - 1, col) : '';
      for (const text of [lower, upper, `${upper} ${lower}`.trim()]) {
        const key = COLUMNS.find(([k, re]) => byKey[k] === undefined && re.test(ledgerLabel(text)))?.[0];
        if (key) {
          byKey[key] = { key, col, header: `${upper} ${lower}`.trim().replace(/\s+/g, ' ') };
          break;
        }
      }
    }
    if (COLUMNS.every(([k]) => byKey[k] !== undefined) && byKey.totalt && textAt(sheet, row, byKey.totalt.col) !== '') {
      return { headerRow: row, byKey: byKey as Record<ColumnKey, AmountColumn> };
    }
  }
  return undefined;
}
