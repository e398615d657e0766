// "Redovisningen ska innehålla en kortfattad beskrivning av satsningen … Tidplanen ska vara så
// exakt så möjligt … Under finansiering ska det anges hur projektet finansieras … Finns
// samarbetsparners ska dessa anges." — instruktionen (Innovationssatsningar, VP 2022, 001 rad
// 1837–1841), och blankettens kolumner fram till "Kontaktperson". Samarbetspartners anges bara om
// det finns några, så den kolumnen får vara tom.
import { defineRule, type RuleContext } from '../../../engine';

import type { ColumnKey, InnovationLayout } from '../layout';

const REQUIRED: readonly ColumnKey[] = ['namn', 'typ', 'beskrivning', 'tidplan', 'finansiering', 'budget', 'ansvarig', 'kontakt'];

export default defineRule({
  meta: {
    id: 'innovationssatsningar/required-fields-filled',
    severity: 'error',
    docs: {
      sv: 'Varje satsning har namn, typ, beskrivning, tidplan, finansiering, budget, ansvarig chef och kontaktperson; samarbetspartners bara om det finns några.',
      en: 'Every initiative has a name, type, description, timeline, financing, budget, responsible manager and contact person; partners only if there are any.',
      source: '"Redovisningen ska innehålla en kortfattad beskrivning …", "Under finansiering ska det anges hur projektet finansieras …", "Finns samarbetsparners ska dessa anges." och kolumnerna till och med "Kontaktperson" (001 rad 1837–1848)',
    },
    messages: {
      missing: {
        sv: '"{{column}}" är inte ifyllt för satsningen "{{namn}}".',
        en: '"{{column}}" is not filled in for the initiative "{{namn}}".',
      },
    },
  },
  *check({ sheet, layout }: RuleContext<InnovationLayout>) {
    for (const row of layout.rows) {
      const namn = sheet.text(row, layout.columns.namn) || `rad ${row + 1}`;
      for (const key of REQUIRED) {
        const col = layout.columns[key];
        if (col !== undefined && sheet.isBlank(row, col)) {
          yield { messageId: 'missing', cell: { row, col }, data: { column: layout.headers[key] ?? key, namn } } as const;
        }
      }
    }
  },
});
