// Kolumnerna "IB 201900 | Förändring 201901-201913 | UB 201913 … Totalt" i balansräkningen (VB
// 2019, 002 rad 5360–5569): utgående balans är ingående balans plus årets förändring, på varje rad
// (11 582 057,68 − 3 481 791,59 = 8 100 266,09 för Anläggningstillgångar).
import { checks, numberAt, reworded } from '../../../engine';
import type { BalansrakningLayout } from '../layout';

export default reworded(
  checks.formulaEquals<BalansrakningLayout>({
    id: 'balansrakning/ub-equals-ib-plus-forandring',
    severity: 'error',
    docs: {
      sv: 'UB Totalt är IB plus Förändring på varje rad.',
      en: 'UB Totalt (closing balance) is IB (opening balance) plus Förändring (change) on every line.',
      source: 'Kolumnrubrikerna "IB 201900 | Förändring 201901-201913 | UB 201913 Totalt" (002 rad 5360–5569)',
    },
    formula: { sv: 'IB + Förändring', en: 'IB + Förändring' },
    targets: ({ sheet, layout }) => {
      const { ib, forandring, totalt } = layout.byKey;
      return layout.rows.map((row) => {
        const a = numberAt(sheet, row, ib.col);
        const b = numberAt(sheet, row, forandring.col);
        return {
          cell: { row, col: totalt.col },
          expected: a === undefined && b === undefined ? undefined : (a ?? 0) + (b ?? 0),
          related: [{ row, col: ib.col }, { row, col: forandring.col }],
        };
      });
    },
    tolerance: 0.005,
  }),
  {
    mismatch: {
      sv: 'UB Totalt {{actual}} kr borde vara {{expected}} kr: IB plus årets förändring.',
      en: 'UB Totalt {{actual}} kr should be {{expected}} kr: the opening balance plus the year’s change.',
    },
  },
);
