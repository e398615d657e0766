// Kunskapsskattningen i Handlingsplan mot våldsbejakande extremism, T1 2021 (000 rad 453–490):
// "ingen / någon / relativt bra / bra / mycket bra kännedom" 8, 31, 36, 23 och 2 procent — delar av
// en helhet, som tillsammans är 100 % (templates.md Appendix A: "8 + 31 + 36 + 23 + 2 = 100 %").
// Avrundade andelar kan skilja en halv enhet var från sin exakta summa; mer än så är ett fel.
import { defineRule, numberOrZero, type RuleContext } from '../../../engine';

import { formatSvNumber } from '../../../locale';

import type { KaaLayout } from '../layout';

export default defineRule({
  meta: {
    id: 'kaa-tabeller/shares-sum-to-100',
    severity: 'error',
    docs: {
      sv: 'Andelar av en helhet (en kolumn "Andel" utan antal) summerar till 100 %, inom avrundningen.',
      en: 'Shares of a whole (a column "Andel" without counts) add up to 100 %, within rounding.',
      source: 'Kunskapsskattningen i VBE T1 2021 (000 rad 453–490); templates.md Appendix A "8 + 31 + 36 + 23 + 2 = 100 %"',
    },
    messages: {
      notHundred: {
        sv: 'Andelarna i "{{column}}" summerar till {{sum}}%, inte 100%.',
        en: 'The shares in "{{column}}" add up to {{sum}}%, not 100%.',
      },
    },
  },
  *check({ sheet, layout }: RuleContext<KaaLayout>) {
    for (const block of layout.blocks) {
      for (const whole of block.wholes) {
        const rows = block.rows.filter((r) => !sheet.isBlank(r, whole.col) && !block.totalRows.some((t) => t.row === r));
        if (rows.length === 0) continue;
        const sum = rows.reduce((s, r) => s + numberOrZero(sheet, r, whole.col), 0) * 100;
        // Each printed share may be up to half its last printed digit off its exact value.
        if (Math.abs(sum - 100) <= rows.length * 0.5 * 10 ** -whole.decimals + 1e-9) continue;
        yield {
          messageId: 'notHundred',
          cell: { row: block.headerRow, col: whole.col },
          related: rows.map((row) => ({ row, col: whole.col })),
          data: { column: whole.header, sum: formatSvNumber(sum, { maxDecimals: 1 }) },
        } as const;
      }
    }
  },
});
