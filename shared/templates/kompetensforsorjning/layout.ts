import { type Sheet, cellText } from '../../grid';
import { type Edition, fold, textAt, yearIn } from '../../engine';
import type { PlanPeriod } from '../../engine/checks';

/**
 * The activity table of the kompetensförsörjningsplan (VP 2022, 001 rad 2584–2781): "Verksamhetsplan
 * VP - mål | Kompetensförsörjningsaktivitet | UBARA | Måldatum | Ansvarig (Funktion) | Uppföljning /
 * Kommentar". Set in the VP and followed up in T2 and VB, so the edition decides whether
 * Uppföljning must be filled.
 */

export interface KompetensColumns {
  readonly vpMal?: number;
  readonly aktivitet: number;
  readonly ubara?: number;
  readonly maldatum: number;
  readonly ansvarig?: number;
  readonly uppfoljning?: number;
}

export type Stage = 'vp' | 't2' | 'vb';

export interface KompetensLayout {
  readonly headerRow: number;
  readonly columns: KompetensColumns;
  readonly rows: readonly number[];
  readonly stage: Stage;
  readonly planYear: number | undefined;
}

type Key = keyof KompetensColumns;

const HEADERS: readonly (readonly [Key, RegExp])[] = [
  ['vpMal', /\bvp\b.*\bmal$|^(vp-?)?mal$/],
  ['aktivitet', /^kompetensforsorjningsaktivitet(er)?$|^aktivitet(er)?$/],
  ['ubara', /^ubara$/],
  ['maldatum', /^maldatum$/],
  ['ansvarig', /^ansvarig\b/],
  ['uppfoljning', /^uppfoljning\b/],
];

export function resolveLayout(sheet: Sheet): KompetensLayout | undefined {
  for (let row = 0; row < Math.min(sheet.rowCount, 60); row++) {
    const found: Partial<Record<Key, number>> = {};
    let named = false;
    for (let col = 0; col < Math.min(sheet.colCount, 20); col++) {
      const t = fold(textAt(sheet, row, col));
      const key = t ? HEADERS.find(([, re]) => re.test(t))?.[0] : undefined;
      if (key && found[key] === undefined) found[key] = col;
      if (/^kompetensforsorjningsaktivitet/.test(t)) named = true;
    }
    // UBARA or the word Kompetensförsörjningsaktivitet: either is this table's alone.
    if (found.aktivitet === undefined || found.maldatum === undefined || (found.ubara === undefined && !named)) continue;
    const columns = found as KompetensColumns;
    const header = fold(textAt(sheet, row, columns.aktivitet));
    const rows: number[] = [];
    for (let r = row + 1; r < sheet.rowCount; r++) {
      const aktivitet = textAt(sheet, r, columns.aktivitet);
      if (fold(aktivitet) === header) continue;
      if (aktivitet !== '' || (columns.vpMal !== undefined && textAt(sheet, r, columns.vpMal) !== '')) rows.push(r);
    }
    return { headerRow: row, columns, rows, ...stageAbove(sheet, row) };
  }
  return undefined;
}

function stageAbove(sheet: Sheet, before: number): { stage: Stage; planYear: number | undefined } {
  for (let row = 0; row < before; row++) {
    for (let col = 0; col < Math.min(sheet.colCount, 12); col++) {
      const t = fold(cellText(sheet.cell(row, col)));
      const year = yearIn(t);
      if (year === undefined) continue;
      if (/verksamhetsberattelse/.test(t)) return { stage: 'vb', planYear: year };
      if (/tertialrapport 2|\bt2\b/.test(t)) return { stage: 't2', planYear: year };
      if (/verksamhetsplan|kompetensforsorjningsplan/.test(t)) return { stage: 'vp', planYear: year };
    }
  }
  return { stage: 'vp', planYear: undefined };
}

const LABELS: Readonly<Record<Stage, string>> = {
  vp: 'Verksamhetsplan',
  t2: 'Tertialrapport 2',
  vb: 'Verksamhetsberättelse',
};

export function editionOf(layout: KompetensLayout): Edition {
  const y = layout.planYear;
  const label = `${LABELS[layout.stage]}${y === undefined ? '' : ` ${y}`}, kompetensförsörjning`;
  return y === undefined ? { id: layout.stage, label } : { id: `${layout.stage}-${y}`, label, year: y };
}

export function planYearPeriod(layout: KompetensLayout): PlanPeriod | undefined {
  const y = layout.planYear;
  return y === undefined ? undefined : { start: `${y}-01-01`, end: `${y}-12-31`, label: String(y) };
}
