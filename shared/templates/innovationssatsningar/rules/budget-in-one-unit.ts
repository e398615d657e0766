// Kolumnrubriken "Storlek på budget (inräknat arbetstid och medel för drift)" (Innovations-
// satsningar, VP 2022, 001 rad 1843–1848). Blanketten anger ingen enhet, så satsningarnas budgetar
// går bara att jämföra och summera om de skrivs i samma enhet och som läsbara belopp; VP 2022
// blandade "18,7 miljoner kr", "5,1 mnkr" och "7, 8 miljoner kr".
import { defineRule, type RuleContext } from '../../../engine';
import { readBudget, unitKey } from '../budget-amount';
import type { InnovationLayout } from '../layout';
import type { MessageValue } from '../../../locale';

export default defineRule({
  meta: {
    id: 'innovationssatsningar/budget-in-one-unit',
    severity: 'warning',
    docs: {
      sv: 'Varje "Storlek på budget" är ett läsbart belopp, och alla anges i samma enhet (den de flesta raderna använder).',
      en: 'Every "Storlek på budget" is a readable amount, and all are given in one unit (the one most rows use).',
      source: 'Kolumnrubriken "Storlek på budget (inräknat arbetstid och medel för drift)" (001 rad 1843–1848)',
    },
    messages: {
      otherUnit: {
        sv: '"{{text}}" anges med {{unit}}, men de flesta satsningarna anger budget med {{majority}}. Skriv alla budgetar i samma enhet.',
        en: '"{{text}}" is written with {{unit}}, but most initiatives write their budget with {{majority}}. Write every budget in one unit.',
      },
      suspiciousAmount: {
        sv: '"{{text}}" läses som {{value}}, men beloppet är felskrivet: {{warning}}.',
        en: '"{{text}}" is read as {{value}}, but the amount is mistyped: {{warning}}.',
      },
      noAmount: {
        sv: '"{{text}}" är inget belopp. "Storlek på budget" anges som ett belopp, t.ex. "10,2 miljoner kr".',
        en: '"{{text}}" is not an amount. "Storlek på budget" is given as an amount, e.g. "10,2 miljoner kr".',
      },
    },
  },
  *check({ sheet, layout }: RuleContext<InnovationLayout>) {
    const col = layout.columns.budget;
    if (col === undefined) return;
    const readings = layout.rows.map((row) => ({ row, text: sheet.text(row, col), reading: readBudget(sheet.text(row, col)) })).filter((r) => r.text !== '');
    const counts = new Map<string, { n: number; printed: MessageValue }>();
    for (const r of readings) {
      if (r.reading.kind !== 'amount') continue;
      const k = unitKey(r.reading.unit);
      counts.set(k, { n: (counts.get(k)?.n ?? 0) + 1, printed: counts.get(k)?.printed ?? printedUnit(r.reading.unit) });
    }
    // The unit most rows use; on a tie, the one written first.
    let majority: [string, { n: number; printed: MessageValue }] | undefined;
    for (const e of counts) if (!majority || e[1].n > majority[1].n) majority = e;
    for (const { row, text, reading } of readings) {
      const cell = { row, col };
      if (reading.kind === 'noAmount') {
        yield { messageId: 'noAmount', cell, data: { text } } as const;
        continue;
      }
      if (reading.warnings.length > 0) {
        const warning = { sv: reading.warnings.map((w) => w.sv).join('; '), en: reading.warnings.map((w) => w.en).join('; ') };
        yield { messageId: 'suspiciousAmount', cell, data: { text, value: reading.value, warning } } as const;
      }
      if (majority && unitKey(reading.unit) !== majority[0]) {
        yield { messageId: 'otherUnit', cell, data: { text, unit: printedUnit(reading.unit), majority: majority[1].printed } } as const;
      }
    }
  },
});

function printedUnit(unit: string): MessageValue {
  return unit === '' ? { sv: 'ingen enhet', en: 'no unit' } : `"${unit}"`;
}
