// "Redovisningen ska fyllas i och biläggas nämndens/bolagets verksamhetsplan för 2022." —
// anvisningen (VP 2022, 001 rad 2112–2130). Tabellen "Krav | Status | Kommentar" besvaras för
// varje krav: en tom status eller kommentar går inte att skilja från en fråga som hoppats över.
import { defineRule, type RuleContext } from '../../../engine';

import type { BaskravLayout } from '../layout';

export default defineRule({
  meta: {
    id: 'baskrav-informationssakerhet/every-krav-has-status-and-comment',
    severity: 'error',
    docs: {
      sv: 'Varje krav har en Status och en Kommentar.',
      en: 'Every requirement has a Status and a Kommentar (comment).',
      source: '"Redovisningen ska fyllas i och biläggas nämndens/bolagets verksamhetsplan för 2022." och kolumnerna "Status" / "Kommentar" (001 rad 2112–2130)',
    },
    messages: {
      missingStatus: {
        sv: 'Krav {{nr}} saknar status. "Redovisningen ska fyllas i": ange status för varje krav.',
        en: 'Requirement {{nr}} has no status. The report must be filled in: give a status for every requirement.',
      },
      missingComment: {
        sv: 'Krav {{nr}} saknar kommentar. Beskriv kort hur kravet uppfylls eller vad som återstår.',
        en: 'Requirement {{nr}} has no comment. Describe briefly how the requirement is met or what remains.',
      },
    },
  },
  *check({ sheet, layout }: RuleContext<BaskravLayout>) {
    const { status, kommentar } = layout.columns;
    for (const k of layout.kravRows) {
      if (sheet.isBlank(k.row, status)) yield { messageId: 'missingStatus', cell: { row: k.row, col: status }, data: { nr: k.nr } } as const;
      if (sheet.isBlank(k.row, kommentar)) yield { messageId: 'missingComment', cell: { row: k.row, col: kommentar }, data: { nr: k.nr } } as const;
    }
  },
});
