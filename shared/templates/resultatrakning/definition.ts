import type { Recognition } from '../../engine';
import type { Sheet } from '../../grid';
import { bokslutEdition } from '../budgetavrakning/ledger-printout';
import { type ResultatrakningLayout, resolveLayout } from './layout';

export const id = 'resultatrakning';
export const catalogId = 'T19';
export const title = { sv: 'Resultaträkning', en: 'Income statement (Resultaträkning)' };

export const lookedFor = [
  'kolumnerna "Externt", "Stadens bolag", "Internt" och "Totalt" (utan IB och Förändring)',
  'raderna "Verksamhetens intäkter (-)" och "Årets resultat"',
];

export function recognise(sheet: Sheet): Recognition<ResultatrakningLayout> | undefined {
  const layout = resolveLayout(sheet);
  return layout ? { edition: bokslutEdition('resultaträkning', layout.period?.year), layout } : undefined;
}
