// Budgetavräkningen och resultaträkningen är utskrifter ur samma bokslut (VB 2019, 002 rad
// 5302–5691) och ska stämma: Summa drift utfall = Årets resultat; Kostnader utfall = verksamhetens
// kostnader + avskrivningar + finansiella kostnader; Intäkter (-) utfall = verksamhetens intäkter +
// finansiella intäkter, allt i resultaträkningens Totalt. Här när resultaträkningen är en egen fil;
// i samma arbetsbok prövar regeln reconciles-with-resultatrakning detsamma.
import { defineCrossRule, type CrossRuleContext } from '../../../engine';
import type { ResultatrakningLayout } from '../../resultatrakning/layout';
import type { BudgetavrakningLayout } from '../layout';
import { tieDifferences } from '../resultatrakning-ties';

export default defineCrossRule({
  meta: {
    id: 'budgetavrakning/reconciles-with-separate-resultatrakning',
    severity: 'error',
    partners: ['resultatrakning'],
    sameWorkbook: false,
    docs: {
      sv: 'Utfallet för Kostnader, Intäkter (-) och Summa drift stämmer med samma boksluts resultaträkning (Totalt) när den är en egen fil.',
      en: 'The outcome of Kostnader, Intäkter (-) and Summa drift agrees with the same closing’s income statement (Totalt) when that is a file of its own.',
      source: 'Bokslutsutskrifterna Budgetavräkning och Resultaträkning (002 rad 5302–5691); katalogens avstämning "Summa drift utfall = Årets resultat" m.fl.',
    },
    messages: {
      differsFromResultatrakning: {
        sv: '"{{line}}" har utfallet {{actual}} kr, men resultaträkningen i {{partnerFile}} ({{partnerCell}}) ger {{expected}} kr ({{parts}}).',
        en: '"{{line}}" has the outcome {{actual}} kr, but the income statement in {{partnerFile}} ({{partnerCell}}) gives {{expected}} kr ({{parts}}).',
      },
    },
  },
  *check({ sheet, layout, edition, partners }: CrossRuleContext<BudgetavrakningLayout, ResultatrakningLayout>) {
    for (const rr of partners) {
      // Two printouts of different years are no pair; an undated one is taken at its word.
      if (edition.year !== undefined && rr.edition.year !== undefined && edition.year !== rr.edition.year) continue;
      for (const d of tieDifferences(sheet, layout, rr)) {
        yield {
          messageId: 'differsFromResultatrakning',
          cell: d.cell,
          partner: rr,
          partnerCell: d.rrCell,
          data: { line: d.line, actual: d.actual, expected: d.expected, parts: d.parts },
        } as const;
      }
    }
  },
});
