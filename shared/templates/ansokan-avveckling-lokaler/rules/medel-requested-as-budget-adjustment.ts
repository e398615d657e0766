// "Ansökan i särskild beslutskläm och begärd budgetjustering." — anvisningen under rubriken (T1 2021,
// 000 rad 102; VP 2022, 001 rad 1777; T1 2020, 003 rad 117). De sökta medlen ska alltså också finnas
// bland "Av nämnden begärda budgetjusteringar", kolumn 3 i kostnadsanalysen (T05). Regeln kan bara
// pröva det när kostnadsanalysen ligger i samma arbetsbok; annars säger den ingenting.
import { defineRule, nearlyEqual, numberAt, type RuleContext } from '../../../engine';
import type { Sheet } from '../../../grid';
import { type KostnadsanalysLayout, resolveLayout } from '../../kostnadsanalys/layout';
import type { LokalerLayout } from '../layout';

export default defineRule({
  meta: {
    id: 'ansokan-avveckling-lokaler/medel-requested-as-budget-adjustment',
    severity: 'error',
    docs: {
      sv: 'Summan av sökta medel finns med bland "Av nämnden begärda budgetjusteringar" (kolumn 3, raden Kostnader) i kostnadsanalysen i samma arbetsbok.',
      en: 'The total applied for appears among "Av nämnden begärda budgetjusteringar" (column 3, line Kostnader) in the cost analysis of the same workbook.',
      source: '"Ansökan i särskild beslutskläm och begärd budgetjustering." (000 rad 102; 001 rad 1777; 003 rad 117) och kolumn 3 "Av nämnden begärda budgetjusteringar" i kostnadsanalysen (001 rad 1690–1745)',
    },
    messages: {
      notRequested: {
        sv: 'Ansökan söker {{medel}} kr, men "Av nämnden begärda budgetjusteringar" på fliken "{{sheet}}" är {{justering}} mnkr. "Ansökan i särskild beslutskläm och begärd budgetjustering": för in beloppet som begärd budgetjustering.',
        en: 'The application asks for {{medel}} kr, but "Av nämnden begärda budgetjusteringar" on sheet "{{sheet}}" is {{justering}} mnkr. The application must also be entered as a requested budget adjustment.',
      },
    },
  },
  *check({ sheet, workbook, layout }: RuleContext<LokalerLayout>) {
    const medelCol = layout.columns.medel;
    const applied = layout.rows.flatMap((row) => {
      const v = numberAt(sheet, row, medelCol);
      return v !== undefined && v > 0 ? [{ row, v }] : [];
    });
    if (applied.length === 0) return;
    const analys = findAnalys(workbook.sheets.filter((s) => s !== sheet));
    const begarda = analys?.layout.byKey.begarda;
    if (!analys || !begarda) return;
    const total = applied.reduce((s, a) => s + a.v, 0);
    const justering = numberAt(analys.sheet, analys.layout.kostnader.row, begarda.col) ?? 0;
    const neededMnkr = Math.round(total / 1e5) / 10;
    // The cost analysis prints mnkr with one decimal: the request is there when it covers the rounded total.
    if (justering >= neededMnkr || nearlyEqual(justering, neededMnkr, 0.05)) return;
    yield {
      messageId: 'notRequested',
      cell: { row: applied[0]!.row, col: medelCol },
      related: applied.slice(1).map((a) => ({ row: a.row, col: medelCol })),
      data: { medel: total, sheet: analys.sheet.name, justering },
    } as const;
  },
});

function findAnalys(sheets: readonly Sheet[]): { sheet: Sheet; layout: KostnadsanalysLayout } | undefined {
  for (const sheet of sheets) {
    const layout = resolveLayout(sheet);
    if (layout) return { sheet, layout };
  }
  return undefined;
}
