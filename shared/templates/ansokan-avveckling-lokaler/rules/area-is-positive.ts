// Kolumnen "Area kvm" och "För varje lokal skall anges: adress, fastighetsbeteckning samt
// fastighetsägare och ev. objektsnamn" (T1 2021, 000 rad 104–112; VP 2022, 001 rad 1779–1787).
// Varje lokal i ansökan har en yta; noll eller ett negativt tal är ingen lokal.
import { defineRule, numberAt, type RuleContext } from '../../../engine';
import { isBlank } from '../../../grid';
import { filledRows, type LokalerLayout } from '../layout';

export default defineRule({
  meta: {
    id: 'ansokan-avveckling-lokaler/area-is-positive',
    severity: 'error',
    docs: {
      sv: 'Varje lokal i ansökan har en area i kvm som är större än noll.',
      en: 'Every lokal in the application has an area in square metres greater than zero.',
      source: 'Kolumnrubriken "Area kvm" och "För varje lokal skall anges: …" (000 rad 104–112; 001 rad 1779–1787; 003 rad 119–126)',
    },
    messages: {
      missingArea: {
        sv: 'Arean saknas för lokalen på raden. Ange "Area kvm" för varje lokal som ansökan gäller.',
        en: 'The area is missing for the lokal on this row. Give "Area kvm" for every lokal the application concerns.',
      },
      notPositive: {
        sv: 'Arean {{area}} kvm är inte större än noll. Ange lokalens yta i kvm.',
        en: 'The area {{area}} m² is not greater than zero. Give the lokal’s floor area in square metres.',
      },
    },
  },
  *check({ sheet, layout }: RuleContext<LokalerLayout>) {
    const col = layout.columns.area;
    if (col === undefined) return;
    for (const row of filledRows(sheet, layout)) {
      const cell = sheet.cell(row, col);
      if (isBlank(cell)) {
        yield { messageId: 'missingArea', cell: { row, col } } as const;
        continue;
      }
      // Text that is no number is amounts-are-numbers' to report.
      const area = numberAt(sheet, row, col);
      if (area !== undefined && area <= 0) yield { messageId: 'notPositive', cell: { row, col }, data: { area } } as const;
    }
  },
});
