// "Åtgärder för att minska risken av en oönskad händelse identifieras för riskvärde 9 eller högre."
// — System för intern kontroll, Hantering av oönskad händelse (VP 2022, 001 rad 130). Blanketten har
// ingen åtgärdskolumn; en händelse i internkontrollplanen får där sin kontrollaktivitet, men en med
// "Nej, endast VoR" visar ingenstans den åtgärd som krävs.
import { defineRule, type RuleContext } from '../../../engine';

import type { VorLayout } from '../layout';
import { ikpMark, riskValueAt } from '../scores';


export default defineRule({
  meta: {
    id: 'vasentlighets-och-riskanalys/rv-9-or-more-has-atgard',
    severity: 'warning',
    docs: {
      sv: 'För riskvärde 9 eller högre ska en åtgärd vara identifierad: i en kolumn Åtgärd, eller genom att händelsen tas med i internkontrollplanen.',
      en: 'For a risk value of 9 or more a measure must be identified: in an Åtgärd column, or by carrying the event into the internal control plan.',
      source: '"Åtgärder för att minska risken av en oönskad händelse identifieras för riskvärde 9 eller högre." (001 rad 130)',
    },
    messages: {
      missingAtgard: {
        sv: 'Riskvärde {{rv}} men ingen åtgärd: "Åtgärder för att minska risken av en oönskad händelse identifieras för riskvärde 9 eller högre."',
        en: 'Risk value {{rv}} but no measure: measures to reduce the risk must be identified for a risk value of 9 or more.',
      },
      noAtgardColumn: {
        sv: 'Riskvärde {{rv}} och "Nej, endast VoR": "Åtgärder … identifieras för riskvärde 9 eller högre", men blanketten har ingen kolumn för åtgärden. Ta med händelsen i internkontrollplanen eller lägg till kolumnen Åtgärd.',
        en: 'Risk value {{rv}} and "Nej, endast VoR": a measure is required for a risk value of 9 or more, but the form has no column for it. Carry the event into the internal control plan or add an Åtgärd column.',
      },
    },
  },
  *check({ sheet, layout }: RuleContext<VorLayout>) {
    const { atgard, ikp, rv: rvCol } = layout.columns;
    for (const row of layout.rows) {
      const rv = riskValueAt(sheet, row, layout.columns);
      if (rv === undefined || rv < 9) continue;
      if (atgard !== undefined) {
        if (sheet.isBlank(row, atgard)) yield { messageId: 'missingAtgard', cell: { row, col: atgard }, related: [{ row, col: rvCol }], data: { rv } } as const;
        continue;
      }
      // 12 or more with "Nej" is the rv-12-or-more-in-ikp rule's: reporting it twice helps no one.
      if (ikp !== undefined && rv < 12 && ikpMark(sheet, row, ikp) === 'nej') {
        yield { messageId: 'noAtgardColumn', cell: { row, col: ikp }, related: [{ row, col: rvCol }], data: { rv } } as const;
      }
    }
  },
});
