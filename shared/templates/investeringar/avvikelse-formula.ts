import { columnLetters } from '../../grid';
import type { InvesteringarLayout } from './layout';

/** The template's formula for Avvikelse on a row: VP − Prognos (uppföljning), VP − Utfall (VB), e.g. 'C4-E4'. */
export function avvikelseFormula(avvikelse: NonNullable<InvesteringarLayout['avvikelse']>, row: number): string {
  return `${columnLetters(avvikelse.minuend)}${row + 1}-${columnLetters(avvikelse.subtrahend)}${row + 1}`;
}
