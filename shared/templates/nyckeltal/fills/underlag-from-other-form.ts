// "Totala antalet anställda" (926) och "Totala antalet chefer" (114) står i NT 125 men är tomma i
// NT 126, som har samma underlag (Verksamhetsberättelse 2019, 002 rad 140–195; forskningsnoten
// A.3: "could be proposed as fills"). Ett tomt underlag får värdet från ett annat nyckeltal på
// sidan med samma benämning, om alla sådana är överens.
import { defineFill, type FillContext, numberAt } from '../../../engine';

import { num } from '../../../grid';
import type { NyckeltalLayout } from '../layout';
import { underlagKey } from '../underlag-key';


const id = 'nyckeltal/underlag-from-other-form';

export default defineFill({
  meta: {
    id,
    docs: {
      sv: 'Fyller ett tomt underlag med värdet av samma underlag i ett annat nyckeltal på sidan.',
      en: 'Fills an empty underlag with the value of the same underlag in another nyckeltal on the page.',
      source: 'Underlagen "Totala antalet anställda" / "Totala antalet chefer" i NT 125 och NT 126 (002 rad 140–195)',
    },
    messages: {
      copied: {
        sv: '"{{header}}" är {{value}} i nyckeltal {{otherNt}}, samma underlag samma år.',
        en: '"{{header}}" is {{value}} in nyckeltal {{otherNt}}, the same underlag in the same year.',
      },
    },
  },
  *plan({ sheet, layout }: FillContext<NyckeltalLayout>) {
    const known = new Map<string, { values: Set<number>; nt: string }>();
    for (const block of layout.blocks) {
      const t = block.table;
      for (const u of t?.underlag ?? []) {
        const value = numberAt(sheet, t!.dataRow, u.col);
        const key = underlagKey(u.header);
        if (value === undefined || key === '') continue;
        const entry = known.get(key) ?? { values: new Set<number>(), nt: block.id };
        entry.values.add(value);
        known.set(key, entry);
      }
    }
    for (const block of layout.blocks) {
      const t = block.table;
      for (const u of t?.underlag ?? []) {
        if (!sheet.isBlank(t!.dataRow, u.col)) continue;
        const entry = known.get(underlagKey(u.header));
        if (!entry || entry.values.size !== 1) continue;
        const value = [...entry.values][0]!;
        yield { messageId: 'copied', cell: { row: t!.dataRow, col: u.col }, value: num(value), data: { header: u.header, value, otherNt: entry.nt }, source: { kind: 'computed', fillId: id } } as const;
      }
    }
  },
});
