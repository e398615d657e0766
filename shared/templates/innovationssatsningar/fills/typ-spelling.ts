// "Typ av innovation (verksamhets-utveckling alternativt testbäddverksamhet)" — kolumnrubriken
// (Innovationssatsningar, VP 2022, 001 rad 1843–1848). En felstavad typ ("Verkamhetsutveckling")
// föreslås rättad; den är inskriven av en person och ändras därför bara efter ett ja.
import { defineFill, type RuleContext } from '../../../engine';
import { text } from '../../../grid';
import { readType } from '../innovation-type';
import type { InnovationLayout } from '../layout';

const id = 'innovationssatsningar/typ-spelling';

export default defineFill({
  meta: {
    id,
    docs: {
      sv: 'Rättar en felstavad "Typ av innovation" till verksamhetsutveckling eller testbäddverksamhet.',
      en: 'Corrects a misspelt "Typ av innovation" to verksamhetsutveckling or testbäddverksamhet.',
      source: 'Kolumnrubriken "Typ av innovation (verksamhets-utveckling alternativt testbäddverksamhet)" (001 rad 1843–1848)',
    },
    messages: {
      corrected: {
        sv: '"{{printed}}" rättas till "{{type}}".',
        en: '"{{printed}}" is corrected to "{{type}}".',
      },
    },
  },
  *plan({ sheet, layout }: RuleContext<InnovationLayout>) {
    const col = layout.columns.typ;
    for (const row of layout.rows) {
      const printed = sheet.text(row, col);
      const r = readType(printed);
      if (r.kind !== 'misspelt') continue;
      yield { messageId: 'corrected', cell: { row, col }, value: text(r.type), data: { printed, type: r.type }, source: { kind: 'computed', fillId: id } } as const;
    }
  },
});
