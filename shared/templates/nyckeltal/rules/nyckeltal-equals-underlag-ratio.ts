// "Nyckeltal 2019" räknas ur "Underlag 2019": täljaren delad med nämnaren, som rubrikerna säger
// ("Antal tillsvidare-anställningar" / "Totala antalet anställningar" → "Andel tillsvidare-
// anställningar"), NT 125–126 som kvoten mellan två andelar och NT 129 med täljaren i tkr och
// nyckeltalet i kronor (Verksamhetsberättelse 2019, 002 rad 1–286). Jämförs med den precision
// cellen visar.
import { defineRule, type RuleContext } from '../../../engine';
import { displayOf, shown } from '../display';
import type { NyckeltalLayout } from '../layout';
import { ratioTargets } from '../ratios';

export default defineRule({
  meta: {
    id: 'nyckeltal/nyckeltal-equals-underlag-ratio',
    severity: 'error',
    docs: {
      sv: 'Årets nyckeltal (och NT 125–126:s andelar) är täljaren delad med nämnaren i underlaget, med den precision cellen visar.',
      en: 'The year’s nyckeltal (and the shares of NT 125–126) is the numerator over the denominator of the underlag, at the precision the cell shows.',
      source: 'Kolumngrupperna "Underlag 2019 | Nyckeltal 2019" och rubrikerna täljare/nämnare/andel i varje block (002 rad 1–286)',
    },
    messages: {
      mismatch: {
        sv: 'Nyckeltal {{nt}} visar {{actual}}, men underlaget ger {{formula}} = {{expected}}.',
        en: 'Nyckeltal {{nt}} shows {{actual}}, but the underlag gives {{formula}} = {{expected}}.',
      },
    },
  },
  *check({ sheet, layout }: RuleContext<NyckeltalLayout>) {
    for (const block of layout.blocks) {
      for (const t of ratioTargets(sheet, block)) {
        const cell = sheet.cell(t.cell.row, t.cell.col);
        if (cell.value.kind === 'empty') continue;
        const d = displayOf(cell);
        const actual = cell.value.kind === 'number' ? cell.value.value : undefined;
        if (!d || actual === undefined) continue;
        const [a, e] = [shown(actual, d), shown(t.expected, d)];
        if (a.sv !== e.sv) yield { messageId: 'mismatch', cell: t.cell, related: t.inputs, data: { nt: block.id, actual: a, expected: e, formula: t.formula } } as const;
      }
    }
  },
});
