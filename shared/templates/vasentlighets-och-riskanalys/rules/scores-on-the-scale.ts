// "Dessa ska värderas (1-5) utifrån vilka konsekvenserna blir om händelsen inträffar samt hur
// sannolikt det är att händelserna inträffar." — System för intern kontroll (VP 2022, 001 rad 6–7);
// skalorna enligt riskmatrisens förklaring: "5 Mycket sannolikt Mycket allvarlig … 1 Osannolikt
// Försumbar" (001 rad 343–401).
import { defineRule, fold, type RuleContext } from '../../../engine';
import type { VorLayout } from '../layout';
import { KONSEKVENS, SANNOLIKHET, scoreAt } from '../scores';

export default defineRule({
  meta: {
    id: 'vasentlighets-och-riskanalys/scores-on-the-scale',
    severity: 'error',
    docs: {
      sv: 'Sannolikhet och Konsekvens är heltal 1–5, och en utskriven benämning hör till sitt tal ("3. Möjlig", "4. Allvarlig").',
      en: 'Sannolikhet and Konsekvens are whole numbers 1–5, and a written label belongs to its number ("3. Möjlig", "4. Allvarlig").',
      source: '"Dessa ska värderas (1-5) …" (001 rad 6–7) och skalornas förklaring i riskmatrisen (001 rad 343–401)',
    },
    messages: {
      offScale: {
        sv: '{{field}} "{{text}}" ligger utanför skalan; händelser "ska värderas (1-5)".',
        en: '{{field}} "{{text}}" is off the scale; events are rated 1–5.',
      },
      labelMismatch: {
        sv: '{{field}} "{{text}}": på skalan betyder {{value}} "{{expected}}".',
        en: '{{field}} "{{text}}": on the scale, {{value}} means "{{expected}}".',
      },
      notAScore: {
        sv: '{{field}} "{{text}}" är ingen värdering; skriv ett tal 1–5, gärna med benämning ("3. Möjlig").',
        en: '{{field}} "{{text}}" is no rating; write a number 1–5, optionally with its label ("3. Möjlig").',
      },
    },
  },
  *check({ sheet, layout }: RuleContext<VorLayout>) {
    const scales = [
      [layout.columns.sannolikhet, 'Sannolikhet', SANNOLIKHET],
      [layout.columns.konsekvens, 'Konsekvens', KONSEKVENS],
    ] as const;
    for (const row of layout.rows) {
      for (const [col, field, scale] of scales) {
        const score = scoreAt(sheet, row, col, scale);
        if (!score) continue;
        const cell = { row, col };
        if (score.value === undefined) yield { messageId: 'notAScore', cell, data: { field, text: score.text } } as const;
        else if (!Number.isInteger(score.value) || score.value < 1 || score.value > 5) yield { messageId: 'offScale', cell, data: { field, text: score.text } } as const;
        else if (score.label !== '' && score.label !== fold(scale[score.value - 1]!)) {
          yield { messageId: 'labelMismatch', cell, data: { field, text: score.text, value: score.value, expected: scale[score.value - 1]! } } as const;
        }
      }
    }
  },
});
