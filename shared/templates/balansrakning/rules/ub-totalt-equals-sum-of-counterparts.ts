// "UB 201913" fördelat på "Externt | Stadens bolag | Internt | Totalt" i balansräkningen (VB 2019,
// 002 rad 5360–5569): Totalt är summan av motparterna på varje rad (67 301 480,58 + 11 618 818,00 +
// 14 225 996,89 = 93 146 295,47 för Omsättningstillgångar).
import { checks, numberAt, reworded } from '../../../engine';
import type { BalansrakningLayout } from '../layout';

export default reworded(
  checks.formulaEquals<BalansrakningLayout>({
    id: 'balansrakning/ub-totalt-equals-sum-of-counterparts',
    severity: 'error',
    docs: {
      sv: 'UB Totalt är Externt + Stadens bolag + Internt på varje rad.',
      en: 'UB Totalt is Externt + Stadens bolag + Internt on every line.',
      source: 'Kolumnrubrikerna "UB 201913 Externt | Stadens bolag | Internt | Totalt" (002 rad 5360–5569)',
    },
    formula: { sv: 'Externt + Stadens bolag + Internt', en: 'Externt + Stadens bolag + Internt' },
    targets: ({ sheet, layout }) => {
      const parts = [layout.byKey.externt, layout.byKey.bolag, layout.byKey.internt];
      return layout.rows.map((row) => {
        const values = parts.map((c) => numberAt(sheet, row, c.col));
        return {
          cell: { row, col: layout.byKey.totalt.col },
          expected: values.every((v) => v === undefined) ? undefined : values.reduce<number>((s, v) => s + (v ?? 0), 0),
          related: parts.map((c) => ({ row, col: c.col })),
        };
      });
    },
    tolerance: 0.005,
  }),
  {
    mismatch: {
      sv: 'UB Totalt {{actual}} kr borde vara {{expected}} kr, summan av Externt, Stadens bolag och Internt.',
      en: 'UB Totalt {{actual}} kr should be {{expected}} kr, the sum of Externt, Stadens bolag and Internt.',
    },
  },
);
