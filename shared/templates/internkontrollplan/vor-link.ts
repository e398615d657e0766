import type { CellPos, Sheet, Workbook } from '../../grid';
import { fold } from '../../engine';
import { nrAt, resolveLayout as resolveVor } from '../vasentlighets-och-riskanalys/layout';
import { type IkpMark, ikpMark, riskValueAt } from '../vasentlighets-och-riskanalys/scores';
import { shownText } from './layout';

/**
 * The VoR a control refers to: "Alla som har en stjärna samt en metod för kontroll av systematiska
 * kontroller finns även i Internkontrollplanen" (001 rad 344). When the VoR is another sheet of the
 * same workbook it is read here; when it is not, the cross-checks cannot be made and say nothing.
 */

export interface VorRisk {
  readonly sheet: string;
  readonly nr: number | undefined;
  readonly handelse: string;
  readonly rv: number | undefined;
  readonly mark: IkpMark;
  readonly process: string;
  readonly goal: string;
  readonly cell: CellPos;
}

export interface VorIndex {
  readonly sheet: string;
  readonly risks: readonly VorRisk[];
  /** Risks by normalised händelse text; the starred one first when a text occurs twice. */
  find(handelse: string): VorRisk | undefined;
}

/** Händelse text as compared across the two sheets: folded, closing full stop dropped. */
export function eventKey(text: string): string {
  return fold(text).replace(/[.\s]+$/, '');
}

export function findVor(workbook: Workbook, current: Sheet): VorIndex | undefined {
  for (const sheet of workbook.sheets) {
    if (sheet === current || sheet.name === current.name) continue;
    const index = vorIndexOf(sheet);
    if (index) return index;
  }
  return undefined;
}

/** The sheet's risks when it is a VoR; also used for a VoR in another document (cross-rules/). */
export function vorIndexOf(sheet: Sheet): VorIndex | undefined {
  const layout = resolveVor(sheet);
  if (!layout) return undefined;
  const c = layout.columns;
  const risks: VorRisk[] = layout.rows
    .map((row) => ({
      sheet: sheet.name,
      nr: nrAt(sheet, row, c.nr),
      handelse: shownText(sheet, row, c.handelse),
      rv: riskValueAt(sheet, row, c),
      // Without an IKP column the VoR says nothing about the star: 'other', never a star by default.
      mark: c.ikp === undefined ? ('other' as const) : ikpMark(sheet, row, c.ikp),
      process: shownText(sheet, row, c.process),
      goal: shownText(sheet, row, c.mal),
      cell: { row, col: c.handelse },
    }))
    .filter((r) => r.handelse !== '');
  const byKey = new Map<string, VorRisk>();
  for (const r of risks) {
    const key = eventKey(r.handelse);
    const known = byKey.get(key);
    if (!known || (known.mark !== 'star' && r.mark === 'star')) byKey.set(key, r);
  }
  return { sheet: sheet.name, risks, find: (handelse) => byKey.get(eventKey(handelse)) };
}

/** A KF-mål compared by its number ("3.2." and "3.2" are the same goal), else by its words. */
export function sameGoal(a: string, b: string): boolean {
  const na = /^(\d+(?:\.\d+)+)/.exec(a.trim())?.[1];
  const nb = /^(\d+(?:\.\d+)+)/.exec(b.trim())?.[1];
  if (na && nb) return na === nb;
  return fold(a) === fold(b);
}
