import { type Sheet, cellText } from '../../grid';
import { fold, numberAt, shownCell } from '../../engine';

/**
 * The 1–5 scales as the riskmatris legend prints them (VP 2022, 001 rad 343–401): the number first,
 * then its label, "2. Mindre sannolikt", "4. Allvarlig".
 */
export const SANNOLIKHET = ['Osannolikt', 'Mindre sannolikt', 'Möjlig', 'Sannolikt', 'Mycket sannolikt'] as const;
export const KONSEKVENS = ['Försumbar', 'Lindrig', 'Kännbar', 'Allvarlig', 'Mycket allvarlig'] as const;

export interface Score {
  /** The number in front ('3. Möjlig' → 3), or the label's place on the scale when only a label is written. */
  readonly value: number | undefined;
  /** The words after the number, folded; '' when the cell holds only the number. */
  readonly label: string;
  readonly text: string;
}

const NUMBERED = /^(\d+)\s*[.,:)]?\s*(.*)$/;

/** A Sannolikhet or Konsekvens cell read; undefined when blank. */
export function scoreAt(sheet: Sheet, row: number, col: number, scale: readonly string[]): Score | undefined {
  const text = cellText(sheet.cell(row, col)).trim();
  if (text === '') return undefined;
  const m = NUMBERED.exec(text);
  if (m) return { value: Number(m[1]), label: fold(m[2]!), text };
  const at = scale.findIndex((label) => fold(label) === fold(text));
  return { value: at < 0 ? undefined : at + 1, label: fold(text), text };
}

/** A score that can be multiplied: an integer 1–5. */
export function onScale(score: Score | undefined): number | undefined {
  const v = score?.value;
  return v !== undefined && Number.isInteger(v) && v >= 1 && v <= 5 ? v : undefined;
}

export type RiskClass = 'kritisk' | 'medium' | 'lag';

/** The matrix legend's classes: Låg RV ≤ 4, Medium 5–11, Kritisk ≥ 12. */
export function riskClass(rv: number): RiskClass {
  return rv >= 12 ? 'kritisk' : rv >= 5 ? 'medium' : 'lag';
}

export type IkpMark = 'star' | 'nej' | 'other';

/**
 * The IKP column: "Nej, endast VoR", or the star that carries the event into the
 * internkontrollplan. The star is an image in the ILS-webb export and is lost on the way into a
 * sheet, so a blank cell means the star (proven by the IKP's own rows, see T12).
 */
export function ikpMark(sheet: Sheet, row: number, col: number | undefined): IkpMark {
  if (col === undefined) return 'star';
  const t = fold(cellText(shownCell(sheet, row, col)));
  if (t === '' || /^[*\u2605\u2606\u2731\u2217x]+$/.test(t) || /^ja\b/.test(t)) return 'star';
  if (/^nej\b/.test(t)) return 'nej';
  return 'other';
}

/** The risk value of a row: the RV printed, else sannolikhet × konsekvens when both are on the scale. */
export function riskValueAt(sheet: Sheet, row: number, cols: { readonly rv: number; readonly sannolikhet: number; readonly konsekvens: number }): number | undefined {
  const printed = numberAt(sheet, row, cols.rv);
  if (printed !== undefined) return printed;
  const s = onScale(scoreAt(sheet, row, cols.sannolikhet, SANNOLIKHET));
  const k = onScale(scoreAt(sheet, row, cols.konsekvens, KONSEKVENS));
  return s !== undefined && k !== undefined ? s * k : undefined;
}
