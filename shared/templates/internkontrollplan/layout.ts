import { type Sheet, cellText } from '../../grid';
import { fold, numberAt, shownCell, textAt, yearIn } from '../../engine';

/**
 * The internkontrollplan as VP 2022 prints it (001 rad 1359–1640): KF-mål as group headings, then
 * "Process | Arbetssätt | Systematisk kontroll | Oönskad händelse | Kontrollaktivitet", the RV
 * printed beside the händelse ("12 / Avropsmedlen nyttjas inte") or in a column of its own, and
 * Process and Arbetssätt merged down over the rows they continue.
 */

export interface IkpColumns {
  readonly mal?: number;
  readonly process?: number;
  readonly arbetssatt?: number;
  readonly systematiskKontroll?: number;
  readonly rv?: number;
  /** No printed edition has them; a plan that carries the VoR's scores shows what RV is the product of. */
  readonly sannolikhet?: number;
  readonly konsekvens?: number;
  readonly handelse: number;
  readonly kontrollaktivitet: number;
  readonly kontrollansvarig?: number;
}

export interface ControlRow {
  readonly row: number;
  /** The KF-mål heading above the row (or the row's own Mål cell). */
  readonly goal: string | undefined;
}

export interface IkpLayout {
  readonly headerRow: number;
  readonly columns: IkpColumns;
  /** The rightmost header column: a missing column is asked for just right of it. */
  readonly lastHeaderCol: number;
  readonly goalRows: readonly number[];
  readonly rows: readonly ControlRow[];
  readonly planYear: number | undefined;
}

type Key = keyof IkpColumns;

const HEADERS: readonly (readonly [Key, RegExp])[] = [
  ['mal', /^kf-?:?s? ?mal\b|^mal$/],
  ['process', /^process(er)?$/],
  ['arbetssatt', /^arbetssatt$/],
  ['systematiskKontroll', /^systematisk(a)? kontroll(er)?$/],
  ['rv', /^(rv|riskvarde)$/],
  ['sannolikhet', /^sannolikhet\b/],
  ['konsekvens', /^konsekvens\b/],
  ['handelse', /\bhandelse$/],
  ['kontrollaktivitet', /^kontrollaktivitet(er)?$|^metod(er)? for kontroll/],
  ['kontrollansvarig', /^kontrollansvarig$|^ansvarig( for kontroll(en)?)?$/],
];

/** A KF-mål heading: "1.1 I Stockholm …", "3.2. Stockholm använder …". */
export const GOAL = /^\d+\.\d+\.?\s/;

export function resolveLayout(sheet: Sheet): IkpLayout | undefined {
  for (let row = 0; row < Math.min(sheet.rowCount, 60); row++) {
    const found: Partial<Record<Key, number>> = {};
    let last = -1;
    for (let col = 0; col < Math.min(sheet.colCount, 30); col++) {
      const t = fold(textAt(sheet, row, col));
      const key = t ? HEADERS.find(([, re]) => re.test(t))?.[0] : undefined;
      if (key && found[key] === undefined) {
        found[key] = col;
        last = col;
      }
    }
    const hasContext = found.process !== undefined || found.arbetssatt !== undefined || found.systematiskKontroll !== undefined;
    if (found.handelse === undefined || found.kontrollaktivitet === undefined || !hasContext) continue;
    const columns = found as IkpColumns;
    return { headerRow: row, columns, lastHeaderCol: last, ...bodyOf(sheet, row, columns), planYear: planYearAbove(sheet, row) };
  }
  return undefined;
}

function bodyOf(sheet: Sheet, headerRow: number, columns: IkpColumns): Pick<IkpLayout, 'goalRows' | 'rows'> {
  const last = Math.max(...(Object.values(columns) as number[]));
  const goalRows: number[] = [];
  const rows: ControlRow[] = [];
  let goal: string | undefined;
  for (let row = headerRow + 1; row < sheet.rowCount; row++) {
    const lead = leadText(sheet, row, last);
    const handelse = textAt(sheet, row, columns.handelse);
    const aktivitet = textAt(sheet, row, columns.kontrollaktivitet);
    if (fold(handelse) === fold(textAt(sheet, headerRow, columns.handelse))) continue;
    if (GOAL.test(lead) && handelse === '' && aktivitet === '') {
      goalRows.push(row);
      goal = lead;
      continue;
    }
    if (handelse === '' && aktivitet === '') continue;
    const own = columns.mal === undefined ? '' : cellText(shownCell(sheet, row, columns.mal)).trim();
    rows.push({ row, goal: own || goal });
  }
  return { goalRows, rows };
}

/** The first text on a row: a KF-mål heading stands in whichever column the heading row starts. */
function leadText(sheet: Sheet, row: number, lastCol: number): string {
  for (let col = 0; col <= lastCol; col++) {
    const t = textAt(sheet, row, col);
    if (t) return t;
  }
  return '';
}

function planYearAbove(sheet: Sheet, headerRow: number): number | undefined {
  for (let row = 0; row < headerRow; row++) {
    for (let col = 0; col < Math.min(sheet.colCount, 12); col++) {
      const t = fold(textAt(sheet, row, col));
      if (/verksamhetsplan|internkontrollplan/.test(t)) {
        const y = yearIn(t);
        if (y !== undefined) return y;
      }
    }
  }
  return undefined;
}

/** "12 / Avropsmedlen nyttjas inte": the RV printed before the händelse, and the text after it. */
const RV_PREFIX = /^(\d{1,2})\s*\/\s*(.*)$/s;

export function handelseAt(sheet: Sheet, row: number, columns: IkpColumns): { text: string; rv: number | undefined } {
  const raw = textAt(sheet, row, columns.handelse);
  const m = RV_PREFIX.exec(raw);
  const own = columns.rv === undefined ? undefined : numberAt(sheet, row, columns.rv);
  if (m) return { text: m[2]!.trim(), rv: own ?? Number(m[1]) };
  return { text: raw, rv: own };
}

/** The value a grouped column shows on a row (merged continuation included), or '' when none. */
export function shownText(sheet: Sheet, row: number, col: number | undefined): string {
  return col === undefined ? '' : cellText(shownCell(sheet, row, col)).trim();
}
