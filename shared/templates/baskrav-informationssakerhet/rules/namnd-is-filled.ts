// "Nämnd/bolag:" — blankettens huvud (VP 2022, 001 rad 2112: "Nämnd/bolag:  Arbetsmarknadsnämnden").
// Blanketten lämnas av nämnder och bolag; utan namnet går redovisningen inte att knyta till någon.
import { defineRule, type RuleContext } from '../../../engine';

import type { BaskravLayout } from '../layout';

export default defineRule({
  meta: {
    id: 'baskrav-informationssakerhet/namnd-is-filled',
    severity: 'error',
    docs: {
      sv: 'Fältet "Nämnd/bolag:" är ifyllt.',
      en: 'The field "Nämnd/bolag:" (committee/company) is filled in.',
      source: 'Blankettens huvud "Nämnd/bolag:" (001 rad 2112)',
    },
    messages: {
      missingNamnd: {
        sv: 'Fältet "Nämnd/bolag:" är tomt; skriv vilken nämnd eller vilket bolag redovisningen gäller.',
        en: 'The field "Nämnd/bolag:" is empty; write which committee or company the report is for.',
      },
    },
  },
  *check({ sheet, layout }: RuleContext<BaskravLayout>) {
    const f = layout.namnd;
    if (f && !f.inLabel && sheet.isBlank(f.value.row, f.value.col)) {
      yield { messageId: 'missingNamnd', cell: f.value, related: [f.label] } as const;
    }
  },
});
