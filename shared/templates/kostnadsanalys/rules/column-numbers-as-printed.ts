// "4 Nämndens budget efter omslutningsförändringar och begärda budgetjusteringar (1+2+3)" — the cost
// analysis numbers its columns 1–6 in a row under the headers (VP 2022, 001 rad 1692–1700), and
// column 4's header computes with those numbers. A number changed or left out of that row no longer
// matches the "(1+2+3)" it is read against.
import { defineRule, type RuleContext, textAt } from '../../../engine';
import type { KostnadsanalysLayout } from '../layout';

export default defineRule({
  meta: {
    id: 'kostnadsanalys/column-numbers-as-printed',
    severity: 'warning',
    docs: {
      sv: 'Raden med kolumnnummer under rubrikerna har blankettens 1–6, som rubriken "(1+2+3)" räknar med.',
      en: 'The row of column numbers under the headers holds the form’s 1–6, which the header "(1+2+3)" computes with.',
      source: 'Kolumnnumren 1–6 och rubriken "Nämndens budget efter omslutningsförändringar och begärda budgetjusteringar (1+2+3)" (VP 2022, 001 rad 1692–1700)',
    },
    messages: {
      wrongNumber: {
        sv: 'Kolumnen "{{header}}" har nummer {{expected}} i blanketten, men här står {{actual}}.',
        en: 'The column "{{header}}" is number {{expected}} on the form, but {{actual}} is written here.',
      },
      missingNumber: {
        sv: 'Kolumnen "{{header}}" saknar sitt nummer {{expected}}, som övriga kolumner har.',
        en: 'The column "{{header}}" has lost its number {{expected}}, which the other columns have.',
      },
    },
  },
  *check({ sheet, layout }: RuleContext<KostnadsanalysLayout>) {
    for (let row = layout.headerRow + 1; row < layout.kostnader.row; row++) {
      const numbered = layout.columns.filter((c) => sheet.value(row, c.col).kind === 'number');
      // A row of column numbers: most columns carry one (a label line or a blank row does not).
      if (numbered.length * 2 <= layout.columns.length) continue;
      for (const c of layout.columns) {
        const v = sheet.value(row, c.col);
        const data = { header: c.header, expected: String(c.number) };
        if (v.kind === 'empty') yield { messageId: 'missingNumber', cell: { row, col: c.col }, data } as const;
        else if (v.kind !== 'number' || v.value !== c.number) yield { messageId: 'wrongNumber', cell: { row, col: c.col }, data: { ...data, actual: textAt(sheet, row, c.col) } } as const;
      }
    }
  },
});
