// Beloppen är investeringsutgifter: VB 2019 rubricerar kolumnerna "Utgifter mnkr | (1) Utfall utgift
// 2018 | (2) VP Utgift 2019 | (3) S:a avvik 2019 | (4) Utfall utgift 2019" (002 rad 2611–2627), och
// stadens investeringsplan i budgetavräkningen skiljer "Utgifter" (6 000 000,00) från "Inkomster (-)"
// (002 rad 5342; templates.md T17): inkomster bär minustecknet, utgifter anges positiva. Avvikelse
// (VP − prognos/utfall) får vara negativ och undantas.
import { defineRule, numberAt, type RuleContext } from '../../../engine';
import type { InvesteringarLayout } from '../layout';

export default defineRule({
  meta: {
    id: 'investeringar/utgifter-not-negative',
    severity: 'error',
    docs: {
      sv: 'Utfall, VP, prognos och plan är investeringsutgifter och anges som positiva belopp (eller 0,0); bara Avvikelse kan vara negativ.',
      en: 'Utfall, VP, forecast and plan are investment expenditures, entered as positive amounts (or 0,0); only Avvikelse can be negative.',
      source: 'Kolumnrubrikerna "Utgifter mnkr | (1) Utfall utgift … | (2) VP Utgift … | (4) Utfall utgift …" (002 rad 2611–2627) och investeringsplanens "Utgifter" skilda från "Inkomster (-)" i budgetavräkningen (002 rad 5342)',
    },
    messages: {
      negativeUtgift: {
        sv: '"{{header}}" är {{value}} mnkr. Investeringsutgifter anges positiva; i stadens investeringsplan är det inkomsterna som skrivs med minustecken.',
        en: '"{{header}}" is {{value}} mnkr. Investment expenditures are entered as positive amounts; in the city\'s investment plan it is income that carries the minus sign.',
      },
    },
  },
  *check({ sheet, layout }: RuleContext<InvesteringarLayout>) {
    for (const row of layout.dataRows) {
      for (const c of layout.columns) {
        if (c.role === 'avvikelse') continue;
        const value = numberAt(sheet, row, c.col);
        if (value !== undefined && value < 0) yield { messageId: 'negativeUtgift', cell: { row, col: c.col }, data: { header: c.header, value } } as const;
      }
    }
  },
});
