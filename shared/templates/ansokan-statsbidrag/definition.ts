import type { Recognition } from '../../engine';
import type { Sheet } from '../../grid';
import { type StatsbidragLayout, resolveLayout } from './layout';

export const id = 'ansokan-statsbidrag';
export const catalogId = 'T09';
export const title = {
  sv: 'Mall för ansökan – statsbidrag till socioekonomiskt eftersatta stadsdelar och stadens integrationsarbete',
  en: 'Application for the state grant to socio-economically disadvantaged districts and the city’s integration work',
};

export const lookedFor = [
  'rubriken "Mall för ansökan – statsbidrag till socioekonomiskt eftersatta stadsdelar …" eller raden "Finansiering via statsbidrag/sökt belopp i denna ansökan"',
  'tabellen "Typ av kostnader (exempel) | Kostnad i SEK" med raden "Summa kostnader <år>"',
];

export function recognise(sheet: Sheet): Recognition<StatsbidragLayout> | undefined {
  const layout = resolveLayout(sheet);
  if (!layout) return undefined;
  const year = layout.summaKostnader?.year;
  const edition = year === undefined ? { id: 'ansokan', label: 'Ansökan om statsbidrag' } : { id: `ansokan-${year}`, label: `Ansökan om statsbidrag ${year}`, year };
  return { edition, layout };
}
