import type { Recognition } from '../../engine';
import type { Sheet } from '../../grid';
import { type VorLayout, resolveLayout } from './layout';

export const id = 'vasentlighets-och-riskanalys';
export const catalogId = 'T11';
export const title = { sv: 'Väsentlighets- och riskanalys (VoR) med riskmatris', en: 'Materiality and risk analysis (VoR) with risk matrix' };

export const lookedFor = [
  'kolumnrubrikerna "Nr", "Oönskad händelse", "Sannolikhet", "Konsekvens" och "RV" på samma rad',
  'gärna även "IKP" och en riskmatris med axlarna 1–5 ovanför tabellen',
];

export function recognise(sheet: Sheet): Recognition<VorLayout> | undefined {
  const layout = resolveLayout(sheet);
  if (!layout) return undefined;
  const year = layout.planYear;
  const edition =
    year === undefined
      ? { id: 'vp', label: 'Verksamhetsplan, väsentlighets- och riskanalys' }
      : { id: `vp-${year}`, label: `Verksamhetsplan ${year}, väsentlighets- och riskanalys`, year };
  return { edition, layout };
}
