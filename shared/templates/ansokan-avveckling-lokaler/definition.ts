import type { Recognition } from '../../engine';
import type { Sheet } from '../../grid';
import { type LokalerLayout, resolveLayout } from './layout';

export const id = 'ansokan-avveckling-lokaler';
export const catalogId = 'T04';
export const title = {
  sv: 'Ansökan om medel för avveckling/omstrukturering av lokaler',
  en: 'Application for funds to wind down or restructure premises',
};

export const lookedFor = [
  'rubriken "Ansökan om medel för avveckling/omstrukturering av lokaler"',
  'kolumnerna "För varje lokal skall anges: …", "Area kvm" och "Medel som söks för avveckling eller omstrukturering kr"',
];

export function recognise(sheet: Sheet): Recognition<LokalerLayout> | undefined {
  const layout = resolveLayout(sheet);
  if (!layout) return undefined;
  const r = layout.report;
  const edition = !r
    ? { id: 'ansokan', label: 'Ansökan om medel för avveckling/omstrukturering av lokaler' }
    : r.kind === 'vp'
      ? { id: `vp-${r.year}`, label: `Nämndens budget/verksamhetsplan ${r.year}, ansökan om medel för lokaler`, year: r.year }
      : { id: `t1-${r.year}`, label: `Tertialrapport 1 ${r.year}, ansökan om medel för lokaler`, year: r.year };
  return { edition, layout };
}
