// "Förändringen är beskriven i lokalförsörjningsplanen" med kolumnerna "Ja" och "Nej" (T1 2021,
// 000 rad 104–112; VP 2022, 001 rad 1779–1787; T1 2020, 003 rad 150–155). Varje lokal ska ha
// precis ett av de två markerat.
import { defineRule, type RuleContext } from '../../../engine';
import { isBlank } from '../../../grid';
import { filledRows, type LokalerLayout } from '../layout';

export default defineRule({
  meta: {
    id: 'ansokan-avveckling-lokaler/exactly-one-of-ja-nej',
    severity: 'error',
    docs: {
      sv: 'För varje lokal är precis ett av Ja och Nej markerat under "Förändringen är beskriven i lokalförsörjningsplanen".',
      en: 'For every lokal exactly one of Ja and Nej is marked under "the change is described in the premises plan".',
      source: 'Kolumnrubriken "Förändringen är beskriven i lokalförsörjningsplanen | Ja | Nej" (000 rad 104–112; 001 rad 1779–1787; 003 rad 150–155)',
    },
    messages: {
      noneMarked: {
        sv: 'Varken Ja eller Nej är markerat. Ange om förändringen är beskriven i lokalförsörjningsplanen.',
        en: 'Neither Ja nor Nej is marked. State whether the change is described in the premises plan (lokalförsörjningsplanen).',
      },
      bothMarked: {
        sv: 'Både Ja och Nej är markerade ("{{ja}}", "{{nej}}"). Markera bara ett: är förändringen beskriven i lokalförsörjningsplanen?',
        en: 'Both Ja and Nej are marked ("{{ja}}", "{{nej}}"). Mark only one: is the change described in the premises plan?',
      },
    },
  },
  *check({ sheet, layout }: RuleContext<LokalerLayout>) {
    const { ja, nej } = layout.columns;
    if (ja === undefined || nej === undefined) return;
    for (const row of filledRows(sheet, layout)) {
      const jaCell = sheet.cell(row, ja);
      const nejCell = sheet.cell(row, nej);
      if (isBlank(jaCell) && isBlank(nejCell)) yield { messageId: 'noneMarked', cell: { row, col: ja }, related: [{ row, col: nej }] } as const;
      else if (!isBlank(jaCell) && !isBlank(nejCell)) {
        yield { messageId: 'bothMarked', cell: { row, col: nej }, related: [{ row, col: ja }], data: { ja: sheet.text(row, ja), nej: sheet.text(row, nej) } } as const;
      }
    }
  },
});
