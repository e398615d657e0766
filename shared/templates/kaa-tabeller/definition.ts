import type { Recognition } from '../../engine';
import type { Sheet } from '../../grid';
import { editionOf, type KaaLayout, resolveLayout } from './layout';

export const id = 'kaa-tabeller';
/** Not a city template: the catalogue lists these tables in its Appendix A, marked "(ej mall)". */
export const catalogId = 'KAA';
export const title = {
  sv: 'KAA-årsrapportens tabeller och enkätsammanställningar (ej mall)',
  en: 'Tables of the KAA annual report and survey summaries (not a city template)',
};

export const lookedFor = [
  'tabellen "Resultat fördelat över Jobbtorgen" (Jobbtorg | Inskrivna | Avslutade | Andel …)',
  'tabellerna "Antal ungdomar som omfattades av uppsök, nådda och ej nådda", "Antal ungdomar i KAA" eller "Ungdomar som tagit del av stöd"',
  'enkäten "Hur kom du i kontakt med oss?" eller kunskapsskattningen "… kännedom om styrande dokument"',
];

export function recognise(sheet: Sheet): Recognition<KaaLayout> | undefined {
  const layout = resolveLayout(sheet);
  return layout ? { edition: editionOf(sheet, layout), layout } : undefined;
}
