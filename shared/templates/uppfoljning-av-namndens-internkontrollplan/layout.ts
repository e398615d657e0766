import { type CellPos, type Sheet, cellText } from '../../grid';
import { type Edition, fold, textAt, yearIn } from '../../engine';


/**
 * The VB follow-up of the internkontrollplan (VB 2019, 002 rad 555–1100): "Bedömning av nämndens
 * interna kontroll" with its verdict, "Analys" with the grounds, then per KF-mål and process the
 * controls "Arbetssätt | Systematiska kontroller | Kontrollaktivitet" and each one's "Beskrivning
 * och resultat av kontrollaktivitet". In a sheet that is one table with KF-mål and Process as
 * columns merged down over their rows.
 */

export interface FollowUpColumns {
  readonly mal?: number;
  readonly process?: number;
  readonly arbetssatt?: number;
  readonly systematiska?: number;
  readonly kontrollaktivitet: number;
  readonly resultat: number;
}

/** A labelled field above the table: its label and the cell holding (or due to hold) its value. */
export interface Field {
  readonly label: CellPos;
  readonly value: CellPos;
}

export interface FollowUpLayout {
  readonly headerRow: number;
  readonly columns: FollowUpColumns;
  readonly rows: readonly number[];
  readonly bedomning: Field | undefined;
  readonly analys: Field | undefined;
  readonly edition: Edition;
}

type Key = keyof FollowUpColumns;

const HEADERS: readonly (readonly [Key, RegExp])[] = [
  ['mal', /^kf-?:?s? ?mal\b|^mal$/],
  ['process', /^process(er)?:?$/],
  ['arbetssatt', /^arbetssatt$/],
  ['systematiska', /^systematisk(a)? kontroll(er)?$/],
  ['kontrollaktivitet', /^kontrollaktivitet(er)?$/],
  ['resultat', /resultat av kontrollaktivitet|^resultat$/],
];

const BEDOMNING = /^bedomning av (namndens )?(den )?interna kontroll/;
const ANALYS = /^analys:?$/;

export function resolveLayout(sheet: Sheet): FollowUpLayout | undefined {
  for (let row = 0; row < Math.min(sheet.rowCount, 80); row++) {
    const found: Partial<Record<Key, number>> = {};
    for (let col = 0; col < Math.min(sheet.colCount, 30); col++) {
      const t = fold(textAt(sheet, row, col));
      const key = t ? HEADERS.find(([, re]) => re.test(t))?.[0] : undefined;
      if (key && found[key] === undefined) found[key] = col;
    }
    if (found.kontrollaktivitet === undefined || found.resultat === undefined) continue;
    const columns = found as FollowUpColumns;
    const rows: number[] = [];
    for (let r = row + 1; r < sheet.rowCount; r++) {
      if (fold(textAt(sheet, r, columns.kontrollaktivitet)) === fold(textAt(sheet, row, columns.kontrollaktivitet))) continue;
      if (textAt(sheet, r, columns.kontrollaktivitet) !== '' || textAt(sheet, r, columns.resultat) !== '') rows.push(r);
    }
    return {
      headerRow: row,
      columns,
      rows,
      bedomning: fieldAbove(sheet, row, BEDOMNING),
      analys: fieldAbove(sheet, row, ANALYS),
      edition: editionAbove(sheet, row),
    };
  }
  return undefined;
}

/** The value stands right of its label or, in a form printed down the page, below it. */
function fieldAbove(sheet: Sheet, before: number, label: RegExp): Field | undefined {
  for (let row = 0; row < before; row++) {
    for (let col = 0; col < Math.min(sheet.colCount, 20); col++) {
      if (!label.test(fold(textAt(sheet, row, col)))) continue;
      for (let c = col + 1; c < Math.min(sheet.colCount, col + 6); c++) {
        if (!sheet.isBlank(row, c)) return { label: { row, col }, value: { row, col: c } };
      }
      return { label: { row, col }, value: { row: row + 1, col } };
    }
  }
  return undefined;
}

function editionAbove(sheet: Sheet, before: number): Edition {
  for (let row = 0; row < before; row++) {
    for (let col = 0; col < Math.min(sheet.colCount, 12); col++) {
      const t = fold(cellText(sheet.cell(row, col)));
      const year = yearIn(t);
      if (year === undefined) continue;
      if (/verksamhetsberattelse/.test(t)) return { id: `vb-${year}`, label: `Verksamhetsberättelse ${year}, uppföljning av internkontrollplanen`, year };
      if (/tertialrapport 2/.test(t)) return { id: `t2-${year}`, label: `Tertialrapport 2 ${year}, delrapport om intern kontroll`, year };
    }
  }
  return { id: 'vb', label: 'Verksamhetsberättelse, uppföljning av internkontrollplanen' };
}
