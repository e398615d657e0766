// "Nyckeltal 2019" och "Nyckeltal 2018" står sida vid sida för att jämföras (Verksamhetsberättelse
// 2019, 002 rad 1–286); med olika antal decimaler ("6,45%" mot "8,9%", "1,056" mot "1,05") ser
// en skillnad i precision ut som en skillnad i värde.
import { defineRule, type RuleContext } from '../../../engine';
import { displayOf, printed } from '../display';
import type { NyckeltalLayout } from '../layout';

export default defineRule({
  meta: {
    id: 'nyckeltal/precision-matches-previous-year',
    severity: 'warning',
    docs: {
      sv: 'Årets nyckeltal visas med lika många decimaler som föregående års.',
      en: 'The year’s nyckeltal is shown with as many decimals as the previous year’s.',
      source: 'Kolumnerna "Nyckeltal 2019" och "Nyckeltal 2018" i varje block (002 rad 1–286)',
    },
    messages: {
      precisionDiffers: {
        sv: 'Nyckeltal {{nt}} visar {{current}} med {{currentDecimals}} decimaler, men föregående år {{previous}} med {{previousDecimals}}. Visa båda med samma antal decimaler så att de går att jämföra.',
        en: 'Nyckeltal {{nt}} shows {{current}} with {{currentDecimals}} decimals, but the previous year {{previous}} with {{previousDecimals}}. Show both with the same number of decimals so they compare.',
      },
    },
  },
  *check({ sheet, layout }: RuleContext<NyckeltalLayout>) {
    for (const block of layout.blocks) {
      const t = block.table;
      if (!t?.current || !t.previous) continue;
      const cur = sheet.cell(t.dataRow, t.current.col);
      const prev = sheet.cell(t.dataRow, t.previous.col);
      if (cur.value.kind === 'empty' || prev.value.kind === 'empty') continue;
      const [dc, dp] = [displayOf(cur), displayOf(prev)];
      if (!dc || !dp || dc.decimals === dp.decimals) continue;
      yield {
        messageId: 'precisionDiffers',
        cell: { row: t.dataRow, col: t.current.col },
        related: [{ row: t.dataRow, col: t.previous.col }],
        data: { nt: block.id, current: printed(cur), previous: printed(prev), currentDecimals: dc.decimals, previousDecimals: dp.decimals },
      } as const;
    }
  },
});
