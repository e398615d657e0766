// "I riskmatrisen nedan syns alla oönskade händelser i VoR:en." — VP 2022, ovanför riskmatrisen
// (001 rad 344). Varje numrerad händelse står alltså i matrisen, och bara en gång; ett Nr som
// tabellen inte har pekar på en händelse som strukits eller numrerats om.
import { defineRule, type RuleContext } from '../../../engine';
import { numberedEvents } from '../events';
import type { VorLayout } from '../layout';

export default defineRule({
  meta: {
    id: 'vasentlighets-och-riskanalys/matrix-lists-every-event-once',
    severity: 'error',
    docs: {
      sv: 'Riskmatrisen tar upp varje numrerad händelse i tabellen exakt en gång, och inga andra nummer.',
      en: 'The risk matrix lists every numbered event of the table exactly once, and no other numbers.',
      source: '"I riskmatrisen nedan syns alla oönskade händelser i VoR:en." (001 rad 344)',
    },
    messages: {
      notInMatrix: {
        sv: 'Händelse nr {{nr}} finns inte i riskmatrisen; "I riskmatrisen … syns alla oönskade händelser i VoR:en."',
        en: 'Event no. {{nr}} is missing from the risk matrix, which must show every undesired event of the VoR.',
      },
      listedTwice: {
        sv: 'Nr {{nr}} står mer än en gång i riskmatrisen.',
        en: 'No. {{nr}} appears more than once in the risk matrix.',
      },
      unknownNumber: {
        sv: 'Riskmatrisen anger nr {{nr}}, men tabellen har ingen händelse med det numret.',
        en: 'The risk matrix shows no. {{nr}}, but the table has no event with that number.',
      },
    },
  },
  *check({ sheet, layout }: RuleContext<VorLayout>) {
    const matrix = layout.matrix;
    if (!matrix) return;
    const events = new Map(numberedEvents(sheet, layout).map((e) => [e.nr, e]));
    const seen = new Set<number>();
    for (const m of matrix.cells) {
      for (const nr of m.numbers) {
        if (!events.has(nr)) yield { messageId: 'unknownNumber', cell: m.cell, data: { nr: String(nr) } } as const;
        else if (seen.has(nr)) yield { messageId: 'listedTwice', cell: m.cell, data: { nr: String(nr) } } as const;
        seen.add(nr);
      }
    }
    for (const e of events.values()) {
      if (!seen.has(e.nr)) yield { messageId: 'notInMatrix', cell: { row: e.row, col: layout.columns.nr }, data: { nr: String(e.nr) } } as const;
    }
  },
});
