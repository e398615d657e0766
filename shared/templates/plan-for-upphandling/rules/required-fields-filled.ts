// "Upphandlingen ska kategoriseras med kategorifamilj samt kategoriklass utifrån Stockholms stads
// kategoriträd. … Kontaktuppgifter anges för ansvarig för upphandlingen eller relevant
// funktionsbrevlåda." — Anvisningar (PLAN FÖR UPPHANDLING 2022, 001 rad 2302–2330), med
// huvudfälten "Kontaktuppgift förvaltningen …" och "Kontaktuppgift inköpsansvarig …". Varje
// kolumn i tabellen besvaras; "Inte bestämt" är ett svar.
import { defineRule, type RuleContext } from '../../../engine';

import type { ColumnKey, UpphandlingLayout } from '../layout';

const REQUIRED: readonly ColumnKey[] = ['familj', 'klass', 'beskrivning', 'start', 'avtalsperiod', 'varde', 'namnd', 'kontakt'];

export default defineRule({
  meta: {
    id: 'plan-for-upphandling/required-fields-filled',
    severity: 'error',
    docs: {
      sv: 'Varje upphandling har alla kolumner ifyllda, och huvudets två kontaktuppgifter är ifyllda.',
      en: 'Every procurement has all columns filled in, and the two contact fields of the header are filled in.',
      source: '"Upphandlingen ska kategoriseras med kategorifamilj samt kategoriklass …", "Kontaktuppgifter anges för ansvarig för upphandlingen eller relevant funktionsbrevlåda." (001 rad 2302–2340)',
    },
    messages: {
      missing: {
        sv: 'Kolumnen "{{column}}" är tom för "{{beskrivning}}". Fyll i den, eller skriv "Inte bestämt".',
        en: 'The column "{{column}}" is empty for "{{beskrivning}}". Fill it in, or write "Inte bestämt" (not decided).',
      },
      missingContact: {
        sv: '"{{field}}" är inte ifyllt.',
        en: '"{{field}}" is not filled in.',
      },
    },
  },
  *check({ sheet, layout }: RuleContext<UpphandlingLayout>) {
    for (const f of layout.contactFields) {
      if (!f.inLabel && sheet.isBlank(f.value.row, f.value.col)) {
        yield { messageId: 'missingContact', cell: f.value, related: [f.label], data: { field: f.name } } as const;
      }
    }
    for (const row of layout.rows) {
      const beskrivning = layout.columns.beskrivning === undefined ? '' : sheet.text(row, layout.columns.beskrivning);
      for (const key of REQUIRED) {
        const col = layout.columns[key];
        if (col === undefined || !sheet.isBlank(row, col)) continue;
        yield { messageId: 'missing', cell: { row, col }, data: { column: layout.headers[key] ?? key, beskrivning: beskrivning || `rad ${row + 1}` } } as const;
      }
    }
  },
});
