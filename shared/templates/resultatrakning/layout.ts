import type { Sheet } from '../../grid';
import { textAt } from '../../engine';
import type { SummaryLine } from '../../engine/checks';
import { accountRange, hasAmount, isAccountLabel, ledgerLabel, type PrintoutPeriod, printoutPeriod } from '../budgetavrakning/ledger-printout';

/**
 * "Resultaträkning" from the city's ledger: four kronor columns (Externt | Stadens bolag | Internt |
 * Totalt); groups marked (-) or (+) over their accounts "NN Name"; and the result lines
 * (Verksamhetens nettokostnader, Verksamhetens resultat, Resultat efter finansiella poster, Årets
 * resultat), each the previous result plus the lines printed between them.
 */

export type CounterpartKey = 'externt' | 'bolag' | 'internt';

export interface AmountColumn {
  readonly col: number;
  readonly header: string;
}

export type LineKey = 'verksamhetensIntakter' | 'verksamhetensKostnader' | 'avskrivningar' | 'finansiellaIntakter' | 'finansiellaKostnader' | 'aretsResultat';

const LINES: readonly (readonly [LineKey, RegExp])[] = [
  ['verksamhetensIntakter', /^verksamhetens intakter/],
  ['verksamhetensKostnader', /^verksamhetens kostnader/],
  ['avskrivningar', /^avskrivningar/],
  ['finansiellaIntakter', /^finansiella intakter/],
  ['finansiellaKostnader', /^finansiella kostnader/],
  ['aretsResultat', /^arets resultat/],
];

const RESULT = /^(verksamhetens nettokostnader|verksamhetens resultat|resultat efter finansiella poster|arets resultat)/;
/** The sign marker at the end of a group's label; OCR printed "(-)" as "{-)". */
export const MARKER = /[({]([-+])\)$/;

export interface ResultatrakningLayout {
  readonly period: PrintoutPeriod | undefined;
  readonly headerRow: number;
  readonly labelCol: number;
  readonly counterparts: Readonly<Record<CounterpartKey, AmountColumn>>;
  readonly totalt: AmountColumn;
  /** Externt, Stadens bolag, Internt, Totalt. */
  readonly columns: readonly AmountColumn[];
  readonly rows: readonly number[];
  readonly lines: Readonly<Partial<Record<LineKey, number>>>;
  /** Groups over their accounts, then the result lines. */
  readonly groups: readonly SummaryLine[];
  readonly results: readonly SummaryLine[];
  /** Lines whose label carries "(-)" or "(+)". */
  readonly marked: readonly { readonly row: number; readonly sign: '-' | '+'; readonly label: string }[];
}

export function resolveLayout(sheet: Sheet): ResultatrakningLayout | undefined {
  const header = findHeader(sheet);
  if (!header) return undefined;
  const { headerRow, counterparts, totalt } = header;
  const columns = [counterparts.externt, counterparts.bolag, counterparts.internt, totalt];
  const amountCols = columns.map((c) => c.col);
  const labelCol = 0;

  const rows: number[] = [];
  const lines: Partial<Record<LineKey, number>> = {};
  for (let r = headerRow + 1; r < sheet.rowCount; r++) {
    const text = textAt(sheet, r, labelCol);
    if (text === '' || !hasAmount(sheet, r, amountCols)) continue;
    rows.push(r);
    if (isAccountLabel(text)) continue;
    const key = LINES.find(([k, re]) => lines[k] === undefined && re.test(ledgerLabel(text)))?.[0];
    if (key) lines[key] = r;
  }
  if (lines.verksamhetensIntakter === undefined || lines.aretsResultat === undefined) return undefined;

  const label = (row: number) => textAt(sheet, row, labelCol);
  const isAccount = (row: number) => isAccountLabel(label(row));
  const isResult = (row: number) => RESULT.test(ledgerLabel(label(row)));

  const groups: SummaryLine[] = [];
  rows.forEach((row, i) => {
    if (isAccount(row) || isResult(row)) return;
    const accounts: number[] = [];
    for (let k = i + 1; k < rows.length && isAccount(rows[k]!); k++) accounts.push(rows[k]!);
    if (accounts.length === 0) return;
    const partsText = accountRange(sheet, labelCol, accounts);
    groups.push({ row, label: label(row), parts: accounts.map((r) => ({ row: r, label: label(r) })), ...(partsText ? { partsText } : {}) });
  });

  const results: SummaryLine[] = [];
  let previous: number | undefined;
  let from = -1;
  for (const row of rows) {
    if (!isResult(row)) continue;
    const between = rows.filter((r) => r > from && r < row && !isAccount(r) && !isResult(r));
    const parts = [...(previous === undefined ? [] : [previous]), ...between].map((r) => ({ row: r, label: label(r) }));
    results.push({ row, label: label(row), parts });
    previous = row;
    from = row;
  }

  const marked = rows.flatMap((row) => {
    const m = isAccount(row) ? null : MARKER.exec(ledgerLabel(label(row)));
    return m ? [{ row, sign: m[1] as '-' | '+', label: label(row) }] : [];
  });

  return { period: printoutPeriod(sheet), headerRow, labelCol, counterparts, totalt, columns, rows, lines, groups, results, marked };
}

function findHeader(sheet: Sheet): { headerRow: number; counterparts: Record<CounterpartKey, AmountColumn>; totalt: AmountColumn } | undefined {
  for (let row = 0; row < Math.min(sheet.rowCount, 25); row++) {
    const find = (re: RegExp) => {
      for (let col = 1; col < Math.min(sheet.colCount, 12); col++) {
        const t = textAt(sheet, row, col);
        if (re.test(ledgerLabel(t))) return { col, header: t.replace(/\s+/g, ' ') };
      }
      return undefined;
    };
    const externt = find(/\bexternt$/);
    const bolag = find(/\bstadens bolag$/);
    const internt = find(/\binternt$/);
    const totalt = find(/\btotalt$/);
    if (!externt || !bolag || !internt || !totalt) continue;
    // The Balansräkning has the same four columns after IB and Förändring; this printout has not.
    for (const r of [row - 1, row]) {
      for (let col = 1; col < Math.min(sheet.colCount, 12); col++) if (/^[i1l]b\b|forandring/.test(ledgerLabel(textAt(sheet, r, col)))) return undefined;
    }
    return { headerRow: row, counterparts: { externt, bolag, internt }, totalt };
  }
  return undefined;
}
