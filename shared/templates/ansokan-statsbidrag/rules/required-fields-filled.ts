// Ansökans huvud "Namn på insats:", "Sökt belopp:", "Sökande nämnd", "Kontaktperson", "Telefon",
// "E-post" och avsnitten "1.5 Geografiskt område — Ange den eller de stadsdelar där åtgärder
// kommer att genomföras." och "1.6 Tidplan — Ange övergripande tidplan för insatsen." (Mall för
// ansökan – statsbidrag, T1 2021, 000 rad 1566–1938). "Ev medsökande nämnd" är frivilligt.
import { defineRule, type RuleContext } from '../../../engine';

import type { FieldKey, StatsbidragLayout } from '../layout';

const REQUIRED: readonly FieldKey[] = ['namn', 'soktBelopp', 'sokandeNamnd', 'kontaktperson', 'telefon', 'epost', 'geografi', 'tidplan'];

export default defineRule({
  meta: {
    id: 'ansokan-statsbidrag/required-fields-filled',
    severity: 'error',
    docs: {
      sv: 'Namn på insats, sökt belopp, sökande nämnd, kontaktperson, telefon, e-post, geografiskt område och tidplan är ifyllda.',
      en: 'Name of the measure, amount applied for, applying committee, contact person, phone, e-mail, area and timeline are filled in.',
      source: 'Huvudfälten och avsnitten "1.5 Geografiskt område" och "1.6 Tidplan" (000 rad 1566–1938)',
    },
    messages: {
      missing: {
        sv: '"{{field}}" är inte ifyllt.',
        en: '"{{field}}" is not filled in.',
      },
    },
  },
  *check({ sheet, layout }: RuleContext<StatsbidragLayout>) {
    for (const key of REQUIRED) {
      const f = layout.fields[key];
      if (f && sheet.isBlank(f.value.row, f.value.col)) yield { messageId: 'missing', cell: f.value, related: [f.label], data: { field: f.name } } as const;
    }
  },
});
