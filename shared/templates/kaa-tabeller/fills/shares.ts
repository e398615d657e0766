// "Andel …" och "%" (KAA årsrapport 2019, 002 rad 2032–2088 och 2399–2421): en andel är sitt antal
// delat med sin population. Enkätens %-kolumn står tom i varje rad men går att räkna fram
// (templates.md Appendix A: "The % column is blank in every row, but is computable (e.g. 74/262 =
// 28,2 %)"); en tryckt andel som inte avrundas rätt föreslås räknad på nytt.
import { defineFill, type FillContext, textAt } from '../../../engine';

import { num } from '../../../grid';
import { percent } from '../../../locale';

import { shareDiffers, shareOf } from '../arithmetic';

import type { KaaLayout } from '../layout';

export default defineFill({
  meta: {
    id: 'kaa-tabeller/shares',
    docs: {
      sv: 'Fyller andelskolumnerna med antalet delat med populationen (Avslutade, Inskrivna eller totalen).',
      en: 'Fills the share columns with the count divided by its population (Avslutade, Inskrivna or the total).',
      source: 'Kolumnerna "Andel …" (002 rad 2032–2088) och "%" (002 rad 2399–2421); templates.md Appendix A',
    },
    messages: {
      share: {
        sv: '"{{column}}" för "{{line}}" = {{numerator}}/{{base}} = {{share}}.',
        en: '"{{column}}" for "{{line}}" = {{numerator}}/{{base}} = {{share}}.',
      },
    },
  },
  *plan({ sheet, layout }: FillContext<KaaLayout>) {
    for (const block of layout.blocks) {
      for (const share of block.shares) {
        for (const row of block.rows) {
          const computed = shareOf(sheet, share, row);
          if (!computed) continue;
          if (!sheet.isBlank(row, share.col) && !shareDiffers(sheet, share, row)) continue;
          yield {
            messageId: 'share',
            cell: { row, col: share.col },
            data: { column: share.header, line: textAt(sheet, row, 0) || `rad ${row + 1}`, numerator: computed.numerator, base: computed.base, share: percent(computed.value) },
            value: num(computed.value),
            formula: computed.formula,
            source: { kind: 'computed', fillId: 'kaa-tabeller/shares' },
          } as const;
        }
      }
    }
  },
});
