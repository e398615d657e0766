// Kolumnrubriken "Typ av innovation (verksamhets-utveckling alternativt testbäddverksamhet)"
// (Innovationssatsningar, VP 2022, 001 rad 1843–1848). Kolumnen anger en av två typer; en
// beskrivning av satsningen hör hemma i "Kortfattad beskrivning i punktform där syfte och mål
// framgår."
import { defineRule, type RuleContext } from '../../../engine';
import { readType } from '../innovation-type';
import type { InnovationLayout } from '../layout';

export default defineRule({
  meta: {
    id: 'innovationssatsningar/typ-is-verksamhetsutveckling-or-testbadd',
    severity: 'error',
    docs: {
      sv: '"Typ av innovation" är verksamhetsutveckling eller testbäddverksamhet.',
      en: '"Typ av innovation" is verksamhetsutveckling (business development) or testbäddverksamhet (test bed).',
      source: 'Kolumnrubriken "Typ av innovation (verksamhets-utveckling alternativt testbäddverksamhet)" (001 rad 1843–1848)',
    },
    messages: {
      notAType: {
        sv: '"Typ av innovation" ska vara verksamhetsutveckling eller testbäddverksamhet, men här står "{{text}}". En beskrivning av satsningen hör hemma i "Kortfattad beskrivning".',
        en: '"Typ av innovation" must be verksamhetsutveckling or testbäddverksamhet, but it says "{{text}}". A description of the initiative belongs under "Kortfattad beskrivning".',
      },
      misspelt: {
        sv: '"{{text}}" är troligen en felstavning av "{{type}}".',
        en: '"{{text}}" is probably a misspelling of "{{type}}".',
      },
    },
  },
  *check({ sheet, layout }: RuleContext<InnovationLayout>) {
    const col = layout.columns.typ;
    for (const row of layout.rows) {
      const text = sheet.text(row, col);
      if (text === '') continue;
      const r = readType(text);
      if (r.kind === 'misspelt') yield { messageId: 'misspelt', cell: { row, col }, data: { text, type: r.type } } as const;
      else if (r.kind === 'other') yield { messageId: 'notAType', cell: { row, col }, data: { text } } as const;
    }
  },
});

