// Verksamhetsberättelsens investeringstabell är bokslutets Budgetavräkning avrundad: raden
// "Investeringsplan Utgifter" (6 000 000,00 / 2 724 257,94 / 3 275 742,06 kr i bokslut 2019) är
// (2) VP, (4) Utfall och (3) S:a avvik i mnkr med en decimal (6,0 / 2,7 / 3,3; katalogen T03 VB 2019).
import { defineCrossRule, numberAt, textAt, type CrossRuleContext } from '../../../engine';
import type { BudgetavrakningLayout } from '../../budgetavrakning/layout';
import type { ColumnRole, InvesteringarLayout } from '../layout';

const PAIRS: readonly { readonly role: ColumnRole; readonly column: 'budget' | 'utfall' | 'avvikelse'; readonly pick: 'first' | 'last' }[] = [
  { role: 'vp', column: 'budget', pick: 'first' },
  { role: 'avvikelse', column: 'avvikelse', pick: 'first' },
  // (1) is last year's outcome; (4), the last Utfall column, is the year's.
  { role: 'utfall', column: 'utfall', pick: 'last' },
];

export default defineCrossRule({
  meta: {
    id: 'investeringar/matches-budgetavrakning',
    severity: 'error',
    partners: ['budgetavrakning'],
    sameWorkbook: true,
    docs: {
      sv: 'Verksamhetsberättelsens VP, utfall och avvikelse för investeringarna är bokslutets budgetavräkning (Investeringsplan Utgifter) i mnkr med en decimal.',
      en: "The annual report's plan, outcome and deviation for investments are the closing accounts' budget reconciliation (Investeringsplan Utgifter) in mnkr to one decimal.",
      source: 'Katalogen T03 VB 2019: "cross-check with Budgetavräkning 2019 Investeringsplan Utgifter (6 000 000,00 / 2 724 257,94 / 3 275 742,06 kr) rounded to 0,1 mnkr"',
    },
    messages: {
      differsFromBudgetavrakning: {
        sv: '"{{header}}" är {{actual}} mnkr, men budgetavräkningen {{year}} i {{partnerFile}} ({{partnerCell}}) har {{kronor}} kr, avrundat {{expected}} mnkr.',
        en: '"{{header}}" is {{actual}} mnkr, but the {{year}} budget reconciliation in {{partnerFile}} ({{partnerCell}}) has {{kronor}} kr, rounded {{expected}} mnkr.',
      },
    },
  },
  *check({ sheet, layout, partners }: CrossRuleContext<InvesteringarLayout, BudgetavrakningLayout>) {
    if (layout.kind !== 'vb') return;
    const row = layout.dataRows.find((r) => /^inventarier och maskiner/i.test(textAt(sheet, r, 0)));
    if (row === undefined) return;
    for (const partner of partners) {
      if (partner.edition.year !== layout.reportYear) continue;
      const prow = partner.layout.lines.utgifter;
      if (prow === undefined) continue;
      for (const pair of PAIRS) {
        const matching = layout.columns.filter((c) => c.role === pair.role);
        const column = pair.pick === 'first' ? matching[0] : matching.at(-1);
        const pcol = partner.layout[pair.column].col;
        const actual = column && numberAt(sheet, row, column.col);
        const kronor = numberAt(partner.sheet, prow, pcol);
        if (!column || actual === undefined || kronor === undefined) continue;
        const expected = Math.round(kronor / 100_000) / 10;
        if (Math.round(actual * 10) === Math.round(expected * 10)) continue;
        yield {
          messageId: 'differsFromBudgetavrakning',
          cell: { row, col: column.col },
          partner,
          partnerCell: { row: prow, col: pcol },
          data: { header: column.header, actual, expected, kronor, year: String(layout.reportYear) },
        } as const;
      }
    }
  },
});
