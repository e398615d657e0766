import type { Recognition } from '../../engine';
import type { Sheet } from '../../grid';
import { type UpphandlingLayout, resolveLayout } from './layout';

export const id = 'plan-for-upphandling';
export const catalogId = 'T07';
export const title = { sv: 'Plan för upphandling', en: 'Procurement plan (Plan för upphandling)' };

export const lookedFor = [
  'kolumnrubrikerna "Kategorifamilj" och "Kategoriklass" på samma rad',
  'rubriken "PLAN FÖR UPPHANDLING <år>" ovanför tabellen',
];

export function recognise(sheet: Sheet): Recognition<UpphandlingLayout> | undefined {
  const layout = resolveLayout(sheet);
  if (!layout) return undefined;
  const edition =
    layout.year === undefined
      ? { id: 'plan', label: 'Plan för upphandling' }
      : { id: `plan-${layout.year}`, label: `Plan för upphandling ${layout.year}`, year: layout.year };
  return { edition, layout };
}
