// "Units are mixed: 24 250 660 kr, 24,2 miljoner kr, 13,3 miljoner kronor, 9 miljoner, 240 tkr,
// 71 000 Euro, 2 379 041 Euro/ 342 156 Euro AmF" — templates.md §T20, om Projektbilagans fält
// "Projektets budget:" och "Nämndens medfinansiering:" i alla fyra utgåvorna; regeln där: "Values
// must be normalised to kronor". Belopp i olika skalor och valutor i samma lista går inte att
// summera eller jämföra rad för rad. Stavningar av samma enhet ("miljoner kr", "miljoner kronor",
// "miljoner") räknas som en; nollor räknas inte, eftersom 0 kr är 0 i varje enhet.
import { defineRule, type RuleContext } from '../../../engine';
import type { CellPos } from '../../../grid';
import type { ProjektbilagaLayout } from '../layout';
import { unitKey, unitLabel } from '../money';
import { moneyAt } from '../rows';

export default defineRule({
  meta: {
    id: 'projektbilaga/one-money-unit',
    severity: 'warning',
    docs: {
      sv: 'Alla belopp i listan (budget och medfinansiering) står i samma enhet och valuta, helst kronor.',
      en: 'Every amount in the list (budget and co-financing) is in the same unit and currency, preferably kronor.',
      source: 'templates.md §T20: "Units are mixed …" och regeln "Values must be normalised to kronor"; fälten "Projektets budget:" och "Nämndens medfinansiering:" (002 rad 288–553, 003 rad 553–825, 000 rad 1222–1545, 001 rad 3208–3491)',
    },
    messages: {
      mixedUnits: {
        sv: 'Listans belopp står i {{count}} olika enheter: {{units}}. Skriv alla belopp i samma enhet, helst kronor, så att de går att jämföra.',
        en: 'The list’s amounts use {{count}} different units: {{units}}. Write every amount in one unit, preferably kronor, so they can be compared.',
      },
    },
  },
  *check({ sheet, layout }: RuleContext<ProjektbilagaLayout>) {
    const groups = new Map<string, { labels: Set<string>; cells: CellPos[] }>();
    for (const row of layout.projectRows) {
      for (const key of ['budget', 'medfinansiering'] as const) {
        const m = moneyAt(sheet, layout, row, key);
        if (!m?.money || m.money.value === 0) continue;
        const group = groups.get(unitKey(m.money)) ?? { labels: new Set<string>(), cells: [] };
        group.labels.add(unitLabel(m.money));
        group.cells.push(m.field.cell);
        groups.set(unitKey(m.money), group);
      }
    }
    if (groups.size <= 1) return;
    const sorted = [...groups.values()].sort((a, b) => b.cells.length - a.cells.length);
    const units = sorted.map((g) => `${[...g.labels].join(' / ')} (${g.cells.length})`).join(', ');
    yield {
      messageId: 'mixedUnits',
      cell: { row: layout.headerRow, col: layout.columns.budget },
      related: sorted.slice(1).flatMap((g) => g.cells),
      data: { count: groups.size, units },
    } as const;
  },
});
