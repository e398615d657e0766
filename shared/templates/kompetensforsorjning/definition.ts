import type { Recognition } from '../../engine';
import type { Sheet } from '../../grid';
import { type KompetensLayout, editionOf, resolveLayout } from './layout';

export const id = 'kompetensforsorjning';
export const catalogId = 'T14';
export const title = { sv: 'Kompetensförsörjning, aktivitetstabell', en: 'Competence supply, table of activities' };

export const lookedFor = [
  'kolumnrubrikerna "Kompetensförsörjningsaktivitet" och "Måldatum", med "UBARA"',
  'gärna även "Verksamhetsplan VP - mål", "Ansvarig (Funktion)" och "Uppföljning / Kommentar"',
];

export function recognise(sheet: Sheet): Recognition<KompetensLayout> | undefined {
  const layout = resolveLayout(sheet);
  return layout ? { edition: editionOf(layout), layout } : undefined;
}
