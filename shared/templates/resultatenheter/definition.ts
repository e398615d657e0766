import type { Recognition } from '../../engine';
import type { Sheet } from '../../grid';
import { type ResultatenheterLayout, resolveLayout } from './layout';

export const id = 'resultatenheter';
export const catalogId = 'T02';
export const title = { sv: 'Uppföljning av resultatenheter', en: 'Follow-up of result units (resultatenheter)' };

export const lookedFor = [
  'kolumnrubriken "Resultatenhetens namn" med "Resultatenheternas bruttobudget" på samma rad',
  'raden "Summa resultatenheter"',
];

export function recognise(sheet: Sheet): Recognition<ResultatenheterLayout> | undefined {
  const layout = resolveLayout(sheet);
  if (!layout) return undefined;
  const year = layout.reportYear;
  const edition =
    year === undefined
      ? { id: 'uppfoljning', label: 'Uppföljning av resultatenheter' }
      : { id: `uppfoljning-${year}`, label: `Uppföljning av resultatenheter ${year}`, year };
  return { edition, layout };
}
