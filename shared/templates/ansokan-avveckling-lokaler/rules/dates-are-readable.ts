// "Löptid för kontraktet t.o.m. (datum) samt uppgift om ev. uppsägning" och "Tidpunkt då lokal
// återlämnas till värden eller ändras" (T1 2021, 000 rad 104–112; VP 2022, 001 rad 1779–1787).
// Båda ska gå att läsa som datum, annars kan återlämnandet inte jämföras med kontraktets slut.
import { defineRule, type RuleContext } from '../../../engine';
import { cellText, isBlank } from '../../../grid';
import { contractEnd, returnDate } from '../dates';
import { filledRows, type LokalerLayout } from '../layout';

export default defineRule({
  meta: {
    id: 'ansokan-avveckling-lokaler/dates-are-readable',
    severity: 'error',
    docs: {
      sv: 'Löptiden anger kontraktets slutdatum och tidpunkten för återlämnandet är ett datum eller en period.',
      en: 'Löptid gives the contract’s end date, and Tidpunkt (when the lokal is returned) is a date or a period.',
      source: 'Kolumnrubrikerna "Löptid för kontraktet t.o.m. (datum) samt uppgift om ev. uppsägning" och "Tidpunkt då lokal återlämnas till värden eller ändras" (000 rad 104–112; 001 rad 1779–1787)',
    },
    messages: {
      loptidWithoutDate: {
        sv: '"{{text}}" anger inget slutdatum. "Löptid för kontraktet t.o.m. (datum)": skriv datumet som ÅÅÅÅ-MM-DD, gärna följt av uppgift om uppsägning.',
        en: '"{{text}}" gives no end date. Give the contract’s last day as YYYY-MM-DD, optionally followed by the notice of termination.',
      },
      tidpunktNotADate: {
        sv: '"{{text}}" är ingen tidpunkt. Ange när lokalen återlämnas till värden eller ändras, som ÅÅÅÅ-MM-DD eller t.ex. "juni 2022".',
        en: '"{{text}}" is no point in time. Give when the lokal is returned to the landlord or changed, as YYYY-MM-DD or e.g. "juni 2022".',
      },
    },
  },
  *check({ sheet, layout }: RuleContext<LokalerLayout>) {
    const { loptid, tidpunkt } = layout.columns;
    for (const row of filledRows(sheet, layout)) {
      if (loptid !== undefined) {
        const cell = sheet.cell(row, loptid);
        if (!isBlank(cell) && contractEnd(cell) === undefined) {
          yield { messageId: 'loptidWithoutDate', cell: { row, col: loptid }, data: { text: cellText(cell).trim() } } as const;
        }
      }
      if (tidpunkt !== undefined) {
        const cell = sheet.cell(row, tidpunkt);
        if (!isBlank(cell) && returnDate(cell) === undefined) {
          yield { messageId: 'tidpunktNotADate', cell: { row, col: tidpunkt }, data: { text: cellText(cell).trim() } } as const;
        }
      }
    }
  },
});
