import type { Recognition } from '../../engine';
import type { Sheet } from '../../grid';
import { type ProjektbilagaLayout, resolveLayout } from './layout';

export const id = 'projektbilaga';
export const catalogId = 'T20';
export const title = {
  sv: 'Projektbilaga (projekt med budget, medfinansiering, start och slut, ansvarig avdelning)',
  en: 'Project annex (projects with budget, co-financing, start and end, responsible department)',
};

export const lookedFor = [
  'kolumnrubrikerna "Projekt", "Projektets budget" och "Nämndens medfinansiering" på samma rad',
  'gärna också "Start och avslutsdatum", "Ansvarig avdelning" och "Finansiär / roll"',
];

export function recognise(sheet: Sheet): Recognition<ProjektbilagaLayout> | undefined {
  const layout = resolveLayout(sheet);
  return layout ? { edition: layout.edition, layout } : undefined;
}
