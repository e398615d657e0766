import type { CellPos, Sheet } from '../../grid';
import { type IkpLayout, handelseAt } from './layout';
import type { VorIndex, VorRisk } from './vor-link';

export type ControlRiskFinding =
  | { readonly kind: 'unknownRisk'; readonly cell: CellPos; readonly handelse: string }
  | { readonly kind: 'riskNotStarred'; readonly cell: CellPos; readonly risk: VorRisk; readonly handelse: string; readonly nr: string }
  | { readonly kind: 'rvMismatch'; readonly cell: CellPos; readonly risk: VorRisk; readonly handelse: string; readonly nr: string; readonly rv: number; readonly vorRv: number };

/**
 * What the plan's controls say against the VoR they come from: a control for an event the VoR
 * lacks, for an event the VoR keeps out of the plan ("Nej, endast VoR"), or with another riskvärde.
 * One judgement for both rules, the VoR on a sheet of the same workbook or in a file of its own.
 */
export function* controlRiskFindings(sheet: Sheet, layout: IkpLayout, vor: VorIndex): Generator<ControlRiskFinding> {
  for (const { row } of layout.rows) {
    const h = handelseAt(sheet, row, layout.columns);
    if (h.text === '') continue;
    const cell = { row, col: layout.columns.handelse };
    const risk = vor.find(h.text);
    if (!risk) {
      yield { kind: 'unknownRisk', cell, handelse: h.text };
      continue;
    }
    const nr = risk.nr === undefined ? '–' : String(risk.nr);
    if (risk.mark === 'nej') yield { kind: 'riskNotStarred', cell, risk, handelse: h.text, nr };
    if (h.rv !== undefined && risk.rv !== undefined && h.rv !== risk.rv) {
      const rvCell = layout.columns.rv === undefined ? cell : { row, col: layout.columns.rv };
      yield { kind: 'rvMismatch', cell: rvCell, risk, handelse: h.text, nr, rv: h.rv, vorRv: risk.rv };
    }
  }
}
