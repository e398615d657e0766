// "Handläggare: / Telefon nr: / Mejladress:" överst på varje nyckeltalssida (Verksamhetsberättelse
// 2019, 002 rad 2–6 och 42–44). Utan dem vet ingen vem som kan svara på frågor om siffrorna.
import { defineRule, type RuleContext } from '../../../engine';

import type { NyckeltalLayout } from '../layout';

export default defineRule({
  meta: {
    id: 'nyckeltal/contact-fields-filled',
    severity: 'error',
    docs: {
      sv: 'Fälten "Handläggare:", "Telefon nr:" och "Mejladress:" är ifyllda.',
      en: 'The fields "Handläggare:" (officer), "Telefon nr:" and "Mejladress:" are filled in.',
      source: 'Sidhuvudet "Handläggare: / Telefon nr: / Mejladress:" (002 rad 2–6, 42–44)',
    },
    messages: {
      missingContact: {
        sv: '"{{field}}" är inte ifyllt.',
        en: '"{{field}}" is not filled in.',
      },
    },
  },
  *check({ sheet, layout }: RuleContext<NyckeltalLayout>) {
    for (const f of layout.contacts) {
      if (!f.inLabel && sheet.isBlank(f.value.row, f.value.col)) yield { messageId: 'missingContact', cell: f.value, related: [f.label], data: { field: f.name } } as const;
    }
  },
});
