import type { CellPos, Sheet } from '../../grid';
import { type Localized, formatSvNumber } from '../../locale';
import { mapArray } from '../../engine';
import type { ProjektLayout } from './layout';

/** One prognos cell that departs from what was budgeted or decided. */
export interface Deviation {
  readonly cell: CellPos;
  readonly reference: CellPos;
  readonly text: Localized;
}

export type CommentReport =
  | { readonly messageId: 'missingComment'; readonly cell: CellPos; readonly related: readonly CellPos[]; readonly data: { readonly deviations: Localized } }
  | { readonly messageId: 'explainInTjansteutlatande'; readonly cell: CellPos; readonly related: readonly CellPos[]; readonly data: { readonly deviation: Localized } };

/**
 * Where a demanded comment is asked for. A sheet with a "Kommentar" column gets one problem per
 * row on that row's empty comment cell, listing every deviation. No edition prints such a column:
 * the instruction sends the analysis to the tjänsteutlåtande, which the tool never sees, so each
 * deviating prognos cell gets a problem of its own asking that the deviation be explained there.
 */
const NONE: readonly CommentReport[] = Object.freeze([]);

export function commentDemands(sheet: Sheet, layout: ProjektLayout, row: number, deviations: readonly Deviation[]): readonly CommentReport[] {
  if (deviations.length === 0) return NONE;
  const commentCol = layout.commentCol;
  if (commentCol !== undefined) {
    if (!sheet.isBlank(row, commentCol)) return NONE;
    return [{
      messageId: 'missingComment',
      cell: { row, col: commentCol },
      related: deviations.flatMap((d) => [d.cell, d.reference]),
      data: { deviations: { sv: deviations.map((d) => d.text.sv).join('; '), en: deviations.map((d) => d.text.en).join('; ') } },
    }];
  }
  // mapArray: the rules walk what this returns, row after row (see mapArray).
  return mapArray(deviations, (d) => ({ messageId: 'explainInTjansteutlatande', cell: d.cell, related: [d.reference], data: { deviation: d.text } }) as const);
}

/** mnkr with the form's one decimal, in both languages ('1 163,6' and '1,163.6'). */
export function mnkr(value: number): Localized {
  const sv = formatSvNumber(value, { decimals: 1 });
  const comma = sv.length - 2;
  const whole = sv.slice(0, comma);
  return { sv, en: `${whole.includes(' ') ? whole.replaceAll(' ', ',') : whole}.${sv.slice(comma + 1)}` };
}

/** A difference the form's one decimal can show. */
export function deviates(a: number, b: number): boolean {
  return Math.abs(a - b) >= 0.05 - 1e-9;
}
