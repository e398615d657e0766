// "Andel avslutade", "Andel av avslutade till studier", "Andel av avslutade till arbete", "Andel till
// studier/arbete" i "Resultat fördelat över Jobbtorgen" (KAA årsrapport 2019, 002 rad 2032–2088):
// varje andel är sitt antal delat med sin population, tryckt i hela procent ("70%" = 187/267).
// Katalogen (templates.md Appendix A) fann tre andelar en procentenhet för låga: "Globen arbete
// 23 % (23,53 %), Skärholmen studier 44 % (44,54 %) and Totalt studier/arbete 67 % (67,54 %)".
// En "%"-kolumn bredvid "Antal" (enkäten, 002 rad 2399–2421) är svarets andel av totalen.
import { defineRule, numberAt, type RuleContext, textAt } from '../../../engine';
import { formatSvNumber } from '../../../locale';
import type { KaaLayout } from '../layout';
import { printedPercent, shareDiffers, shareOf } from '../arithmetic';

export default defineRule({
  meta: {
    id: 'kaa-tabeller/shares-match-counts',
    severity: 'error',
    docs: {
      sv: 'En andel ("Andel …", "%") är antalet delat med populationen (Avslutade, Inskrivna, eller totalen), avrundad till den tryckta precisionen.',
      en: 'A share ("Andel …", "%") is the count divided by its population (Avslutade, Inskrivna, or the total), rounded to the printed precision.',
      source: 'Kolumnerna "Andel …" i "Resultat fördelat över Jobbtorgen" (002 rad 2032–2088) och "%" i enkäten (002 rad 2399–2421); templates.md Appendix A',
    },
    messages: {
      shareMismatch: {
        sv: '"{{column}}" på raden "{{line}}" är {{printed}}%, men {{numerator}}/{{base}} = {{exact}}% avrundas till {{expected}}%.',
        en: '"{{column}}" on the row "{{line}}" is {{printed}}%, but {{numerator}}/{{base}} = {{exact}}% rounds to {{expected}}%.',
      },
    },
  },
  *check({ sheet, layout }: RuleContext<KaaLayout>) {
    for (const block of layout.blocks) {
      for (const share of block.shares) {
        for (const row of block.rows) {
          if (!shareDiffers(sheet, share, row)) continue;
          const computed = shareOf(sheet, share, row)!;
          const actual = numberAt(sheet, row, share.col);
          yield {
            messageId: 'shareMismatch',
            cell: { row, col: share.col },
            related: [{ row, col: share.numerator }, share.base.kind === 'column' ? { row, col: share.base.col } : { row: share.base.row, col: share.numerator }],
            data: {
              column: share.header,
              line: textAt(sheet, row, 0) || `rad ${row + 1}`,
              printed: actual === undefined ? textAt(sheet, row, share.col) : printedPercent(actual, share.decimals),
              numerator: computed.numerator,
              base: computed.base,
              exact: formatSvNumber(computed.value * 100, { decimals: share.decimals + 2 }),
              expected: printedPercent(computed.value, share.decimals),
            },
          } as const;
        }
      }
    }
  },
});
