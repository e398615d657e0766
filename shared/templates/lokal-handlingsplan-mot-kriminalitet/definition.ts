import type { Recognition } from '../../engine';
import type { Sheet } from '../../grid';
import { type KriminalitetLayout, resolveLayout } from './layout';

export const id = 'lokal-handlingsplan-mot-kriminalitet';
export const catalogId = 'T16';
export const title = {
  sv: 'Lokal handlingsplan enligt stadens strategi för att minska risken för att barn, unga och unga vuxna dras in i kriminalitet',
  en: "Local action plan under the city's strategy to reduce the risk of children and young people being drawn into crime",
};

export const lookedFor = [
  'kolumnrubrikerna "Mål och nytta", "Metoder och arbetssätt" och "Tidsplan" på samma rad',
  'rubriken "Lokal handlingsplan … kriminalitet <år> – <år>" ovanför tabellen',
];

export function recognise(sheet: Sheet): Recognition<KriminalitetLayout> | undefined {
  const layout = resolveLayout(sheet);
  return layout ? { edition: layout.edition, layout } : undefined;
}
