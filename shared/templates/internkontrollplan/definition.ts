import type { Recognition } from '../../engine';
import type { Sheet } from '../../grid';
import { type IkpLayout, resolveLayout } from './layout';

export const id = 'internkontrollplan';
export const catalogId = 'T12';
export const title = { sv: 'Internkontrollplan', en: 'Internal control plan (internkontrollplan)' };

export const lookedFor = [
  'kolumnrubrikerna "Oönskad händelse" och "Kontrollaktivitet" med "Process", "Arbetssätt" eller "Systematisk kontroll" på samma rad',
  'KF-mål som grupprubriker ("3.1. Stockholm har en budget i balans …")',
];

export function recognise(sheet: Sheet): Recognition<IkpLayout> | undefined {
  const layout = resolveLayout(sheet);
  if (!layout) return undefined;
  const year = layout.planYear;
  const edition =
    year === undefined
      ? { id: 'vp', label: 'Verksamhetsplan, internkontrollplan' }
      : { id: `vp-${year}`, label: `Verksamhetsplan ${year}, internkontrollplan`, year };
  return { edition, layout };
}
