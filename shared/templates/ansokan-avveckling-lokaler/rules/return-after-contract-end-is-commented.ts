// "Löptid för kontraktet t.o.m. (datum) samt uppgift om ev. uppsägning", "Tidpunkt då lokal
// återlämnas till värden eller ändras" och "Övriga kommentarer" (T1 2021, 000 rad 104–112; VP 2022,
// 001 rad 1779–1787). En lokal som lämnas först efter att kontraktet löpt ut behöver en förklaring
// (förlängning, uppsägningstid) i Övriga kommentarer.
import { checks } from '../../../engine';
import { contractEnd, returnDate } from '../dates';
import type { LokalerLayout } from '../layout';

export default checks.requiredComment<LokalerLayout>({
  id: 'ansokan-avveckling-lokaler/return-after-contract-end-is-commented',
  severity: 'warning',
  docs: {
    sv: 'Om lokalen återlämnas efter kontraktets slutdatum förklaras det i Övriga kommentarer.',
    en: 'If the lokal is returned after the contract’s end date, Övriga kommentarer explains why.',
    source: 'Kolumnrubrikerna "Löptid för kontraktet t.o.m. (datum) …", "Tidpunkt då lokal återlämnas till värden eller ändras" och "Övriga kommentarer" (000 rad 104–112; 001 rad 1779–1787)',
  },
  message: {
    sv: 'Lokalen återlämnas {{tidpunkt}}, efter kontraktets slut {{kontraktsslut}}. Förklara i "Övriga kommentarer" (t.ex. förlängning eller uppsägningstid).',
    en: 'The lokal is returned on {{tidpunkt}}, after the contract ends on {{kontraktsslut}}. Explain in "Övriga kommentarer" (e.g. an extension or notice period).',
  },
  demands: ({ sheet, layout }) => {
    const { loptid, tidpunkt, kommentar } = layout.columns;
    if (loptid === undefined || tidpunkt === undefined || kommentar === undefined) return [];
    return layout.rows.flatMap((row) => {
      const end = contractEnd(sheet.cell(row, loptid));
      const back = returnDate(sheet.cell(row, tidpunkt));
      if (end === undefined || back === undefined || back <= end) return [];
      return [{ commentCell: { row, col: kommentar }, triggeredBy: [{ row, col: tidpunkt }, { row, col: loptid }], data: { tidpunkt: back, kontraktsslut: end } }];
    });
  },
});
