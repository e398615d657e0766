// "Endast upphandlingar där kontraktets sammanlagda värde är över 1 miljon ska redovisas. … Med
// kontraktsvärde avses det sammanlagda värdet som kan komma att betalas ut enligt ett kontrakt
// inklusive eventuella optioner." — Anvisningar (PLAN FÖR UPPHANDLING 2022, 001 rad 2302–2330).
// Utan ett värde går det inte att se att upphandlingen hör hemma i planen.
import { defineRule, numberAt, type RuleContext } from '../../../engine';
import type { UpphandlingLayout } from '../layout';
import { vardeInKronor } from '../varde';

export default defineRule({
  meta: {
    id: 'plan-for-upphandling/kontraktsvarde-over-1-mnkr',
    severity: 'warning',
    docs: {
      sv: 'Varje upphandling har ett angivet kontraktsvärde, och det är över 1 miljon kronor.',
      en: 'Every procurement states a contract value, and it is over SEK 1 million.',
      source: '"Endast upphandlingar där kontraktets sammanlagda värde är över 1 miljon ska redovisas." (001 rad 2302–2330)',
    },
    messages: {
      notStated: {
        sv: 'Värdet är "{{text}}". "Endast upphandlingar där kontraktets sammanlagda värde är över 1 miljon ska redovisas": uppskatta kontraktsvärdet inklusive optioner.',
        en: 'The value is "{{text}}". Only procurements whose total contract value is over 1 million are to be reported: estimate the contract value including options.',
      },
      notOverThreshold: {
        sv: 'Kontraktsvärdet {{kronor}} kr är inte över 1 miljon; "Endast upphandlingar där kontraktets sammanlagda värde är över 1 miljon ska redovisas."',
        en: 'The contract value SEK {{kronor}} is not over 1 million; only procurements over 1 million are to be reported.',
      },
    },
  },
  *check({ sheet, layout }: RuleContext<UpphandlingLayout>) {
    const col = layout.columns.varde;
    if (col === undefined) return;
    for (const row of layout.rows) {
      const text = sheet.text(row, col);
      if (text === '') continue;
      const value = numberAt(sheet, row, col);
      if (value === undefined) {
        yield { messageId: 'notStated', cell: { row, col }, data: { text } } as const;
        continue;
      }
      const kronor = vardeInKronor(value, layout.vardeUnit);
      if (kronor <= 1_000_000) yield { messageId: 'notOverThreshold', cell: { row, col }, data: { kronor } } as const;
    }
  },
});
