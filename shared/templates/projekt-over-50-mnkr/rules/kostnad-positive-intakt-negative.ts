// "Kostnader och intäkter (-) för strategiskt viktiga projekt eller projekt över 50 mnkr som ej är
// investeringar" — blankettens rubrik, and "Intäkt (-)" over every income column (T1 2021, seed
// 000 rad 3–7; VP 2022, 001 rad 1800–1808). Income is entered with a minus sign, so a Kostnad
// column never holds a negative amount and an Intäkt column never a positive one. The totals
// (11)–(14) are printed "Total intäkt" without "(-)" but follow the title's convention.
import { checks } from '../../../engine';
import type { ProjektLayout } from '../layout';
import { reworded } from '../../../engine';

export default reworded(
  checks.signConvention<ProjektLayout>({
    id: 'projekt-over-50-mnkr/kostnad-positive-intakt-negative',
    // Each cell is judged alone.
    scope: 'row',
    severity: 'error',
    docs: {
      sv: 'Kostnader anges positiva och intäkter negativa, "Intäkt (-)", i varje projektrad.',
      en: 'Costs are entered positive and income negative, "Intäkt (-)", on every project row.',
      source: 'Blankettens rubrik "Kostnader och intäkter (-) …" och kolumnrubrikerna "Kostnad" / "Intäkt (-)" (T1 2021, 000 rad 3–7; VP 2022, 001 rad 1800–1808)',
    },
    blocks: ({ layout }) => [
      {
        rows: layout.projectRows,
        columns: layout.amountColumns.map((c) => ({
          col: c.col,
          expected: c.kind === 'intakt' ? ('negative' as const) : ('positive' as const),
          header: c.label,
        })),
      },
    ],
  }),
  {
    shouldBeNegative: {
      sv: '{{value}} i kolumnen "{{header}}" borde vara negativt: blanketten gäller "Kostnader och intäkter (-)", och intäkter anges med minustecken.',
      en: '{{value}} in column "{{header}}" should be negative: the form covers "Kostnader och intäkter (-)", and income is entered with a minus sign.',
    },
    shouldBePositive: {
      sv: '{{value}} i kolumnen "{{header}}" borde vara positivt: kostnader anges utan minustecken, bara intäkter anges "(-)".',
      en: '{{value}} in column "{{header}}" should be positive: costs are entered without a minus sign; only income is marked "(-)".',
    },
  },
);
