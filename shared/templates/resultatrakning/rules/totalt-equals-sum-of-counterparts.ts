// Kolumnerna "Externt | Stadens bolag | Internt | Totalt" i resultaträkningen (VB 2019, 002 rad
// 5574–5576): Totalt fördelas på motparter, så Externt + Stadens bolag + Internt = Totalt på varje
// rad (−485 945 336,05 − 9 775,74 − 46 864 583,88 = −532 819 695,67, rad 5580).
import { checks, numberAt, reworded } from '../../../engine';
import type { ResultatrakningLayout } from '../layout';

export default reworded(
  checks.formulaEquals<ResultatrakningLayout>({
    id: 'resultatrakning/totalt-equals-sum-of-counterparts',
    severity: 'error',
    docs: {
      sv: 'Totalt är Externt + Stadens bolag + Internt på varje rad.',
      en: 'Totalt is Externt + Stadens bolag + Internt on every line.',
      source: 'Kolumnrubrikerna "Externt | Stadens bolag | Internt | Totalt" (002 rad 5574–5576) och raden Verksamhetens intäkter (rad 5580)',
    },
    formula: { sv: 'Externt + Stadens bolag + Internt', en: 'Externt + Stadens bolag + Internt' },
    targets: ({ sheet, layout }) => {
      const parts = [layout.counterparts.externt, layout.counterparts.bolag, layout.counterparts.internt];
      return layout.rows.map((row) => {
        const values = parts.map((c) => numberAt(sheet, row, c.col));
        return {
          cell: { row, col: layout.totalt.col },
          expected: values.every((v) => v === undefined) ? undefined : values.reduce<number>((s, v) => s + (v ?? 0), 0),
          related: parts.map((c) => ({ row, col: c.col })),
        };
      });
    },
    tolerance: 0.005,
  }),
  {
    mismatch: {
      sv: 'Totalt {{actual}} kr borde vara {{expected}} kr, summan av Externt, Stadens bolag och Internt.',
      en: 'Totalt {{actual}} kr should be {{expected}} kr, the sum of Externt, Stadens bolag and Internt.',
    },
  },
);
