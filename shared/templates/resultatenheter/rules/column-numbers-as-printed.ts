// "1) Resultatenhetens namn … 2) Resultatenhetens bruttobudget … 3) Här anges belopp som motsvarar
// 5 % … 6) Resultatenheterna ska föra över sitt resultat …" and "Kopiera formeln i kolumn 3." —
// Anvisningar (T1 2021, 000 rad 42–55). The instructions name the columns by the numbers 1–6
// printed under the headers (000 rad 42; "1 … 4" in the OCR of T1 2020, 003 rad 64). A changed
// number sends the reader of an instruction to the wrong column.
import { defineRule, type RuleContext } from '../../../engine';
import type { ColumnKey, ResultatenheterLayout } from '../layout';

const NUMBER: Readonly<Partial<Record<ColumnKey, number>>> = {
  namn: 1,
  bruttobudget: 2,
  varav5: 3,
  resultatForegaende: 4,
  beraknatResultat: 5,
  ackOverforing: 6,
};

export default defineRule({
  meta: {
    id: 'resultatenheter/column-numbers-as-printed',
    severity: 'warning',
    docs: {
      sv: 'Kolumnnumren under rubrikerna är blankettens 1–6, som anvisningarna hänvisar till.',
      en: 'The column numbers under the headers are the form’s 1–6, which the instructions refer to.',
      source: 'Anvisningar 1)–6) och "Kopiera formeln i kolumn 3." (T1 2021, 000 rad 42–55; T1 2020, 003 rad 64–82)',
    },
    messages: {
      wrongNumber: {
        sv: 'Kolumnen "{{header}}" har nummer {{expected}} i blanketten, men här står {{actual}}; anvisningarna hänvisar till numren.',
        en: 'The column "{{header}}" is number {{expected}} on the form, but {{actual}} is written here; the instructions refer to the numbers.',
      },
      missingNumber: {
        sv: 'Kolumnen "{{header}}" saknar sitt nummer {{expected}}, som övriga kolumner har; anvisningarna hänvisar till numren.',
        en: 'The column "{{header}}" has lost its number {{expected}}, which the other columns have; the instructions refer to the numbers.',
      },
    },
  },
  *check({ sheet, layout }: RuleContext<ResultatenheterLayout>) {
    const firstUnit = layout.unitRows[0] ?? layout.summaRow ?? layout.headerRow + 1;
    const keyed = (Object.entries(NUMBER) as [ColumnKey, number][]).flatMap(([key, expected]) => {
      const col = layout.columns[key];
      return col === undefined ? [] : [{ key, col, expected }];
    });
    for (let row = layout.headerRow + 1; row < firstUnit; row++) {
      // A lost number is reported only where most columns still carry theirs: the OCR'd T1 2020
      // printed "1 … 4" and nothing else.
      const complete = keyed.filter((k) => sheet.value(row, k.col).kind === 'number').length * 2 > keyed.length;
      for (const { key, col, expected } of keyed) {
        const v = sheet.value(row, col);
        const data = { header: layout.headers[key] ?? '', expected: String(expected) };
        if (v.kind === 'empty' && complete) yield { messageId: 'missingNumber', cell: { row, col }, data } as const;
        if (v.kind !== 'number' || v.value === expected) continue;
        yield { messageId: 'wrongNumber', cell: { row, col }, data: { ...data, actual: String(v.value) } } as const;
      }
    }
  },
});
