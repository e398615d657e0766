import type { Recognition } from '../../engine';
import type { Sheet } from '../../grid';
import { type VbeLayout, resolveLayout } from './layout';

export const id = 'handlingsplan-mot-valdsbejakande-extremism';
export const catalogId = 'T15';
export const title = {
  sv: 'Handlingsplan mot våldsbejakande extremism, aktivitetstabeller',
  en: 'Action plan against violent extremism, tables of activities',
};

export const lookedFor = [
  'kolumnrubrikerna "Aktivitet", "Ansvarig enhetschef" (eller "Ansvarig"), "Tidplan" och "Uppföljning" på samma rad',
  'en tabellrubrik med "aktiviteter" ovanför ("Aktiviteter för Arbetsmarknadsnämnden", "Kompetenshöjande aktiviteter:")',
];

export function recognise(sheet: Sheet): Recognition<VbeLayout> | undefined {
  const layout = resolveLayout(sheet);
  return layout ? { edition: layout.edition, layout } : undefined;
}
