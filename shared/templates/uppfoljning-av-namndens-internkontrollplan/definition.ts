import type { Recognition } from '../../engine';
import type { Sheet } from '../../grid';
import { type FollowUpLayout, resolveLayout } from './layout';

export const id = 'uppfoljning-av-namndens-internkontrollplan';
export const catalogId = 'T13';
export const title = {
  sv: 'Uppföljning av nämndens internkontrollplan och Bedömning av nämndens interna kontroll',
  en: "Follow-up of the nämnd's internal control plan, and assessment of its internal control",
};

export const lookedFor = [
  'kolumnrubrikerna "Kontrollaktivitet" och "Beskrivning och resultat av kontrollaktivitet" på samma rad',
  'rubriken "Bedömning av nämndens interna kontroll" med bedömningen och "Analys" ovanför tabellen',
];

export function recognise(sheet: Sheet): Recognition<FollowUpLayout> | undefined {
  const layout = resolveLayout(sheet);
  return layout ? { edition: layout.edition, layout } : undefined;
}
