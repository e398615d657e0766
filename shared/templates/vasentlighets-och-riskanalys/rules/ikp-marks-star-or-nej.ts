// "Alla som har en stjärna samt en metod för kontroll av systematiska kontroller finns även i
// Internkontrollplanen längre ner i rapporten." — VP 2022, ovanför riskmatrisen (001 rad 344).
// Kolumnen IKP har alltså två lägen: stjärnan (som går förlorad när exporten blir ett kalkylblad,
// så en tom cell betyder stjärna) eller "Nej, endast VoR".
import { defineRule, shownCell, type RuleContext } from '../../../engine';
import { cellText } from '../../../grid';
import type { VorLayout } from '../layout';
import { ikpMark } from '../scores';

export default defineRule({
  meta: {
    id: 'vasentlighets-och-riskanalys/ikp-marks-star-or-nej',
    severity: 'warning',
    docs: {
      sv: 'IKP-kolumnen har stjärna (tom cell) för händelser som tas med i internkontrollplanen, annars "Nej, endast VoR".',
      en: 'The IKP column holds the star (a blank cell) for events carried into the internal control plan, otherwise "Nej, endast VoR".',
      source: '"Alla som har en stjärna samt en metod för kontroll av systematiska kontroller finns även i Internkontrollplanen längre ner i rapporten." (001 rad 344)',
    },
    messages: {
      unknownMark: {
        sv: 'IKP "{{text}}" är varken stjärna eller "Nej, endast VoR"; det går inte att se om händelsen ska med i internkontrollplanen.',
        en: 'IKP "{{text}}" is neither the star nor "Nej, endast VoR"; it cannot be told whether the event goes into the internal control plan.',
      },
    },
  },
  *check({ sheet, layout }: RuleContext<VorLayout>) {
    const col = layout.columns.ikp;
    if (col === undefined) return;
    for (const row of layout.rows) {
      if (ikpMark(sheet, row, col) === 'other') {
        yield { messageId: 'unknownMark', cell: { row, col }, data: { text: cellText(shownCell(sheet, row, col)).trim() } } as const;
      }
    }
  },
});
