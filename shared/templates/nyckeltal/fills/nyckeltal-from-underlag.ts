// "Underlag 2019" | "Nyckeltal 2019" (Verksamhetsberättelse 2019, 002 rad 1–286): nyckeltalet är
// täljaren delad med nämnaren (NT 129: tkr × 1 000 per årsarbetare, NT 125–126: andelar och deras
// kvot). En tom cell fylls; ett inskrivet värde som visar något annat föreslås bara.
import { defineFill, type FillContext } from '../../../engine';
import { num } from '../../../grid';
import { displayOf, shown } from '../display';
import type { NyckeltalLayout } from '../layout';
import { ratioTargets } from '../ratios';

const id = 'nyckeltal/nyckeltal-from-underlag';

export default defineFill({
  meta: {
    id,
    docs: {
      sv: 'Räknar nyckeltalet (och NT 125–126:s andelar) ur underlaget.',
      en: 'Computes the nyckeltal (and the shares of NT 125–126) from the underlag.',
      source: 'Kolumngrupperna "Underlag 2019 | Nyckeltal 2019" (002 rad 1–286)',
    },
    messages: {
      computed: { sv: 'Nyckeltal {{nt}}: {{formula}} = {{value}}.', en: 'Nyckeltal {{nt}}: {{formula}} = {{value}}.' },
    },
  },
  *plan({ sheet, layout }: FillContext<NyckeltalLayout>) {
    for (const block of layout.blocks) {
      for (const t of ratioTargets(sheet, block)) {
        const cell = sheet.cell(t.cell.row, t.cell.col);
        const d = displayOf(cell) ?? { decimals: 3, percent: false };
        const current = cell.value.kind === 'number' ? cell.value.value : undefined;
        if (cell.value.kind !== 'empty' && current !== undefined && shown(current, d).sv === shown(t.expected, d).sv) continue;
        const value = Math.round(t.expected * 1e10) / 1e10;
        yield { messageId: 'computed', cell: t.cell, value: num(value), data: { nt: block.id, formula: t.formula, value: shown(value, d) }, source: { kind: 'computed', fillId: id } } as const;
      }
    }
  },
});
