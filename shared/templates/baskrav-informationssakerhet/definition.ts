import type { Recognition } from '../../engine';
import type { Sheet } from '../../grid';
import { type BaskravLayout, resolveLayout } from './layout';

export const id = 'baskrav-informationssakerhet';
export const catalogId = 'T08';
export const title = {
  sv: 'Redovisning av grundläggande baskrav för informationssäkerhet',
  en: 'Report on the basic information-security requirements (grundläggande baskrav)',
};

export const lookedFor = [
  'rubriken "Redovisning av grundläggande baskrav för informationssäkerhet"',
  'kolumnrubrikerna "Status" och "Kommentar" på samma rad under rubriken',
];

export function recognise(sheet: Sheet): Recognition<BaskravLayout> | undefined {
  const layout = resolveLayout(sheet);
  if (!layout) return undefined;
  const edition =
    layout.year === undefined
      ? { id: 'vp', label: 'Verksamhetsplan' }
      : { id: `vp-${layout.year}`, label: `Verksamhetsplan ${layout.year}`, year: layout.year };
  return { edition, layout };
}
