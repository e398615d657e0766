import { type Recognition, defineTemplate, findRow } from '../../engine';
import type { Sheet } from '../../grid';
import { detectEdition } from './edition';
import { type ProjektLayout, resolveLayout } from './layout';
import { TITLE } from './patterns';
import amountsAreNumbers from './rules/amounts-are-numbers';
import budgetOrTotalDeviationIsCommented from './rules/budget-or-total-deviation-is-commented';
import dateDeviationIsExplained from './rules/date-deviation-is-explained';
import everyPairHasYearLabel from './rules/every-pair-has-year-label';
import kostnadPositiveIntaktNegative from './rules/kostnad-positive-intakt-negative';
import startDateNotAfterEndDate from './rules/start-date-not-after-end-date';
import summaEqualsSumOfProjectRows from './rules/summa-equals-sum-of-project-rows';
import totalPrognosEqualsAckPlusPrognoses from './rules/total-prognos-equals-ack-plus-prognoses';

/**
 * A sheet is this template when its title reads "Kostnader och intäkter (-) för …projekt…" (the
 * T1 title or the VP 2022 retitle, OCR-tolerant) and its header resolves into Kostnad/Intäkt pairs,
 * four totals and four dates.
 */
export function recogniseProjekt(sheet: Sheet): Recognition<ProjektLayout> | undefined {
  const title = findRow(sheet, TITLE, 15);
  if (!title) return undefined;
  const layout = resolveLayout(sheet, title.row);
  if (!layout) return undefined;
  return { edition: detectEdition(sheet, title.row, title.col, layout.currentYear), layout };
}

export const projektOver50Mnkr = defineTemplate<ProjektLayout>({
  id: 'projekt-over-50-mnkr',
  catalogId: 'T01',
  title: {
    sv: 'Kostnader och intäkter (-) för strategiskt viktiga projekt eller projekt över 50 mnkr som ej är investeringar',
    en: 'Costs and income (-) of strategic projects or projects over SEK 50 million that are not investments',
  },
  lookedFor: [
    'rubriken "Kostnader och intäkter (-) för strategiskt viktiga projekt eller projekt över 50 mnkr som ej är investeringar" (i VP 2022: "… för följande typer av verksamhetsprojekt")',
    'kolumnpar "Kostnad" / "Intäkt (-)" under "Ack. t.o.m.", "Budget", "Prognos" och "Plan", fyra "Total"-kolumner och fyra datumkolumner',
  ],
  recognise: (sheet) => recogniseProjekt(sheet),
  rules: [
    summaEqualsSumOfProjectRows,
    kostnadPositiveIntaktNegative,
    amountsAreNumbers,
    everyPairHasYearLabel,
    startDateNotAfterEndDate,
    dateDeviationIsExplained,
    budgetOrTotalDeviationIsCommented,
    totalPrognosEqualsAckPlusPrognoses,
  ],
});
