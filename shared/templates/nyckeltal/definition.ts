import type { Recognition } from '../../engine';
import type { Sheet } from '../../grid';
import { type NyckeltalLayout, resolveLayout } from './layout';

export const id = 'nyckeltal';
export const catalogId = 'T10';
export const title = { sv: 'Nyckeltal', en: 'Key ratios (Nyckeltal)' };

export const lookedFor = ['block som börjar "Nyckeltal <nummer>: <namn>" i kolumn A, med kolumngrupperna "Underlag <år>" och "Nyckeltal <år>"'];

export function recognise(sheet: Sheet): Recognition<NyckeltalLayout> | undefined {
  const layout = resolveLayout(sheet);
  if (!layout) return undefined;
  const edition =
    layout.year === undefined
      ? { id: 'nyckeltal', label: 'Nyckeltal' }
      : { id: `vb-${layout.year}`, label: `Nyckeltal, verksamhetsberättelse ${layout.year}`, year: layout.year };
  return { edition, layout };
}
