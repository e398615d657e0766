// Kolumnen "Verksamhetsplan VP - mål" (VP 2022, 001 rad 2584–2781): varje aktivitet kopplas till
// ett mål i verksamhetsplanen. I VP 2022 bär rad 2 två mål i samma cell ("Nämndens medarbetare och
// chefer har rätt kompetens …" och "Nämndens verksamheter är effektiva …"), så aktiviteten kan inte
// följas upp under ett mål och listan inte sorteras per mål.
import { defineRule, textAt, type RuleContext } from '../../../engine';
import type { KompetensLayout } from '../layout';

/** Goals are sentences; a part of fewer words is a wrapped line, not a goal of its own. */
const MIN_WORDS = 3;

export default defineRule({
  meta: {
    id: 'kompetensforsorjning/one-vp-mal-per-row',
    severity: 'warning',
    docs: {
      sv: 'Varje rad anger ett VP-mål; en aktivitet som tjänar två mål står på två rader.',
      en: 'Every row names one VP goal; an activity serving two goals takes two rows.',
      source: 'Kolumnen "Verksamhetsplan VP - mål" (001 rad 2584–2781), rad 2 med två mål',
    },
    messages: {
      severalGoals: {
        sv: 'Cellen anger {{count}} VP-mål: {{goals}}. Ange ett mål per rad, så att aktiviteten kan följas upp under sitt mål.',
        en: 'The cell names {{count}} VP goals: {{goals}}. Give one goal per row, so that the activity can be followed up under its goal.',
      },
    },
  },
  *check({ sheet, layout }: RuleContext<KompetensLayout>) {
    const col = layout.columns.vpMal;
    if (col === undefined) return;
    for (const row of layout.rows) {
      const goals = textAt(sheet, row, col)
        .split(/\n+|\s+\/\s+|;\s*/)
        .map((g) => g.trim())
        .filter((g) => g.split(/\s+/).length >= MIN_WORDS);
      if (goals.length >= 2) yield { messageId: 'severalGoals', cell: { row, col }, data: { count: goals.length, goals: goals.map((g) => `"${g}"`).join(', ') } } as const;
    }
  },
});
