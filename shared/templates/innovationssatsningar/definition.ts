import type { Recognition } from '../../engine';
import type { Sheet } from '../../grid';
import { type InnovationLayout, resolveLayout } from './layout';

export const id = 'innovationssatsningar';
export const catalogId = 'T06';
export const title = { sv: 'Innovationssatsningar', en: 'Innovation initiatives (Innovationssatsningar)' };

export const lookedFor = ['kolumnrubrikerna "Namn på satsningen" och "Typ av innovation" på samma rad'];

export function recognise(sheet: Sheet): Recognition<InnovationLayout> | undefined {
  const layout = resolveLayout(sheet);
  if (!layout) return undefined;
  const edition =
    layout.year === undefined
      ? { id: 'vp', label: 'Innovationssatsningar' }
      : { id: `vp-${layout.year}`, label: `Innovationssatsningar, verksamhetsplan ${layout.year}`, year: layout.year };
  return { edition, layout };
}
