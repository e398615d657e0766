import { type Recognition, findRow } from '../../engine';
import type { Sheet } from '../../grid';
import { detectEdition } from './edition';
import { type ProjektLayout, resolveLayout } from './layout';
import { TITLE } from './patterns';

export const id = 'projekt-over-50-mnkr';
export const catalogId = 'T01';
export const title = {
  sv: 'Kostnader och intäkter (-) för strategiskt viktiga projekt eller projekt över 50 mnkr som ej är investeringar',
  en: 'Costs and income (-) of strategic projects or projects over SEK 50 million that are not investments',
};

export const lookedFor = [
  'rubriken "Kostnader och intäkter (-) för strategiskt viktiga projekt eller projekt över 50 mnkr som ej är investeringar" (i VP 2022: "… för följande typer av verksamhetsprojekt")',
  'kolumnpar "Kostnad" / "Intäkt (-)" under "Ack. t.o.m.", "Budget", "Prognos" och "Plan", fyra "Total"-kolumner och fyra datumkolumner',
];

/**
 * A sheet is this template when its title reads "Kostnader och intäkter (-) för …projekt…" (the
 * T1 title or the VP 2022 retitle, OCR-tolerant) and its header resolves into Kostnad/Intäkt pairs,
 * four totals and four dates.
 */
export function recognise(sheet: Sheet): Recognition<ProjektLayout> | undefined {
  const found = findRow(sheet, TITLE, 15);
  if (!found) return undefined;
  const layout = resolveLayout(sheet, found.row);
  if (!layout) return undefined;
  return { edition: detectEdition(sheet, found.row, found.col, layout.currentYear), layout };
}
