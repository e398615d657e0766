import type { Recognition } from '../../engine';
import type { Sheet } from '../../grid';
import { type KostnadsanalysLayout, resolveLayout } from './layout';

export const id = 'kostnadsanalys';
export const catalogId = 'T05';
export const title = {
  sv: 'Nämndens budget/verksamhetsplan – kostnadsanalys (kostn analys)',
  en: 'The nämnd’s budget/operational plan – cost analysis (kostn analys)',
};

export const lookedFor = [
  'rubriken "Mnkr" över kolumnerna "Nämndens ursprungliga budget <år>" och "Nämndens budget efter omslutningsförändringar och begärda budgetjusteringar (1+2+3)"',
  'raderna "Kostnader", "Intäkter (-)" och "Netto"',
];

export function recognise(sheet: Sheet): Recognition<KostnadsanalysLayout> | undefined {
  const layout = resolveLayout(sheet);
  if (!layout) return undefined;
  const year = layout.planYear;
  const edition =
    year === undefined
      ? { id: 'vp', label: 'Nämndens budget/verksamhetsplan, kostnadsanalys' }
      : { id: `vp-${year}`, label: `Nämndens budget/verksamhetsplan ${year}, kostnadsanalys`, year };
  return { edition, layout };
}
