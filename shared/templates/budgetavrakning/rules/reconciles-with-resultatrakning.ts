// Budgetavräkningen och resultaträkningen är utskrifter ur samma bokslut (VB 2019, 002 rad
// 5302–5691) och ska stämma: Summa drift utfall = Årets resultat (883 851 662,84); Kostnader utfall =
// verksamhetens kostnader + avskrivningar + finansiella kostnader (1 416 682 844,09); Intäkter (-)
// utfall = verksamhetens intäkter + finansiella intäkter (−532 831 181,25), allt i kolumnen Totalt.
// Regeln kan bara pröva det när resultaträkningen ligger i samma arbetsbok; annars säger den ingenting.
import { defineRule, type RuleContext } from '../../../engine';
import type { Sheet } from '../../../grid';
import { type ResultatrakningLayout, resolveLayout } from '../../resultatrakning/layout';
import type { BudgetavrakningLayout } from '../layout';
import { tieDifferences } from '../resultatrakning-ties';

export default defineRule({
  meta: {
    id: 'budgetavrakning/reconciles-with-resultatrakning',
    severity: 'error',
    docs: {
      sv: 'Utfallet för Kostnader, Intäkter (-) och Summa drift stämmer med resultaträkningens Totalt, när båda ligger i samma arbetsbok.',
      en: 'The outcome of Kostnader, Intäkter (-) and Summa drift agrees with the income statement’s Totalt, when both are in the same workbook.',
      source: 'Bokslutsutskrifterna Budgetavräkning och Resultaträkning (002 rad 5302–5691); katalogens avstämning "Summa drift utfall = Årets resultat" m.fl.',
    },
    messages: {
      differsFromResultatrakning: {
        sv: '"{{line}}" har utfallet {{actual}} kr, men resultaträkningen på fliken "{{sheet}}" ger {{expected}} kr ({{parts}}).',
        en: '"{{line}}" has the outcome {{actual}} kr, but the income statement on sheet "{{sheet}}" gives {{expected}} kr ({{parts}}).',
      },
    },
  },
  *check({ sheet, workbook, layout }: RuleContext<BudgetavrakningLayout>) {
    const rr = findResultatrakning(workbook.sheets.filter((s) => s !== sheet));
    if (!rr) return;
    for (const d of tieDifferences(sheet, layout, rr)) {
      yield {
        messageId: 'differsFromResultatrakning',
        cell: d.cell,
        data: { line: d.line, actual: d.actual, expected: d.expected, sheet: rr.sheet.name, parts: d.parts },
      } as const;
    }
  },
});

function findResultatrakning(sheets: readonly Sheet[]): { sheet: Sheet; layout: ResultatrakningLayout } | undefined {
  for (const sheet of sheets) {
    const layout = resolveLayout(sheet);
    if (layout) return { sheet, layout };
  }
  return undefined;
}
