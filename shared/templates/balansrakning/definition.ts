import type { Recognition } from '../../engine';
import type { Sheet } from '../../grid';
import { bokslutEdition } from '../budgetavrakning/ledger-printout';
import { type BalansrakningLayout, resolveLayout } from './layout';

export const id = 'balansrakning';
export const catalogId = 'T18';
export const title = { sv: 'Balansräkning', en: 'Balance sheet (Balansräkning)' };

export const lookedFor = [
  'kolumnerna "IB", "Förändring" och UB fördelat på "Externt", "Stadens bolag", "Internt" och "Totalt"',
  'raderna "Summa Tillgångar" och "Summa Skulder & Eget kapital"',
];

export function recognise(sheet: Sheet): Recognition<BalansrakningLayout> | undefined {
  const layout = resolveLayout(sheet);
  return layout ? { edition: bokslutEdition('balansräkning', layout.period?.year), layout } : undefined;
}
