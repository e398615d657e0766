// Samma underlag förekommer i flera block på en sida: "Antal tillsvidare-anställningar" (NT 122)
// och "Totala antalet tillsvidare-anställningar" (NT 123) är båda 850, och "Totala antalet dagar
// av avtalad arbetstid" är 361 652 i både NT 127 och NT 128 (Verksamhetsberättelse 2019, 002 rad
// 45–286). Samma storhet samma år har ett värde; "anställningar" och "anställda" är olika storheter
// och jämförs inte.
import { defineRule, numberAt, type RuleContext } from '../../../engine';
import type { CellPos } from '../../../grid';
import type { NyckeltalLayout } from '../layout';
import { underlagKey } from '../underlag-key';

export default defineRule({
  meta: {
    id: 'nyckeltal/same-underlag-same-value',
    severity: 'warning',
    docs: {
      sv: 'Ett underlag med samma benämning har samma värde i alla nyckeltal på sidan.',
      en: 'An underlag with the same name has the same value in every nyckeltal on the page.',
      source: 'Underlagen "Antal tillsvidare-anställningar" (NT 122) / "Totala antalet tillsvidare-anställningar" (NT 123) och "Totala antalet dagar av avtalad arbetstid" (NT 127, 128) (002 rad 45–286)',
    },
    messages: {
      differs: {
        sv: '"{{header}}" är {{value}} här men {{other}} i nyckeltal {{otherNt}}; samma underlag samma år ska ha samma värde.',
        en: '"{{header}}" is {{value}} here but {{other}} in nyckeltal {{otherNt}}; the same underlag in the same year must have one value.',
      },
    },
  },
  *check({ sheet, layout }: RuleContext<NyckeltalLayout>) {
    const first = new Map<string, { value: number; nt: string; cell: CellPos }>();
    for (const block of layout.blocks) {
      const t = block.table;
      if (!t) continue;
      for (const u of t.underlag) {
        const key = underlagKey(u.header);
        const value = numberAt(sheet, t.dataRow, u.col);
        if (key === '' || value === undefined) continue;
        const seen = first.get(key);
        if (!seen) first.set(key, { value, nt: block.id, cell: { row: t.dataRow, col: u.col } });
        else if (seen.value !== value) {
          yield { messageId: 'differs', cell: { row: t.dataRow, col: u.col }, related: [seen.cell], data: { header: u.header, value, other: seen.value, otherNt: seen.nt } } as const;
        }
      }
    }
  },
});
