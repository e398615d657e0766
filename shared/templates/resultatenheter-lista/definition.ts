import type { Recognition } from '../../engine';
import type { Sheet } from '../../grid';
import { type ResultatenheterListaLayout, resolveLayout } from './layout';

export const id = 'resultatenheter-lista';
export const catalogId = 'T02b';
export const title = { sv: 'Resultatenheter (lista i verksamhetsplanen)', en: 'Result units (list in the operational plan)' };

export const lookedFor = ['rubriken "Resultatenheter <år>"', 'en kolumn "Resultatenhetens namn" utan kolumnen bruttobudget'];

export function recognise(sheet: Sheet): Recognition<ResultatenheterListaLayout> | undefined {
  const layout = resolveLayout(sheet);
  if (!layout) return undefined;
  const year = layout.title.year;
  return { edition: { id: `vp-${year}`, label: `Verksamhetsplan ${year}, resultatenheter`, year }, layout };
}
