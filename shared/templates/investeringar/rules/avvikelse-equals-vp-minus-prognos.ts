// Mallen har ingen skriven anvisning; kolumnerna säger det: "VP 2021 | Avvikelse | Prognos 2021"
// (Uppföljning av investeringsbudget, 000 rad 87–99) och "(2) VP Utgift 2019 | (3) S:a avvik 2019 |
// (4) Utfall utgift 2019" (VB 2019, 002 rad 2611–2627, där 6,0 − 2,7 = 3,3). Avvikelse = VP − prognos
// (i VB: VP − utfall), samma tecken som stadens budgetavräkning.
import { checks, numberAt, reworded } from '../../../engine';
import type { InvesteringarLayout } from '../layout';

export default reworded(
  checks.formulaEquals<InvesteringarLayout>({
    id: 'investeringar/avvikelse-equals-vp-minus-prognos',
    severity: 'error',
    docs: {
      sv: 'Avvikelse är VP minus prognos för året (i verksamhetsberättelsen: VP minus utfall).',
      en: 'Avvikelse (deviation) is the VP budget minus the year’s forecast (in the annual report: VP minus outcome).',
      source: 'Kolumnrubrikerna "VP 2021 | Avvikelse | Prognos 2021" (000 rad 87–99) och "(2) VP Utgift 2019 | (3) S:a avvik 2019 | (4) Utfall utgift 2019" (002 rad 2611–2627); mallen har ingen skriven anvisning',
    },
    formula: { sv: 'VP − prognos', en: 'VP − forecast' },
    targets: ({ sheet, layout }) => {
      const a = layout.avvikelse;
      if (!a) return [];
      return layout.dataRows.map((row) => {
        const vp = numberAt(sheet, row, a.minuend);
        const against = numberAt(sheet, row, a.subtrahend);
        return {
          cell: { row, col: a.col },
          expected: vp === undefined || against === undefined ? undefined : vp - against,
          related: [{ row, col: a.minuend }, { row, col: a.subtrahend }],
        };
      });
    },
    // Half a unit of the printed 0,0 mnkr: rounding the operands cannot trip it.
    tolerance: 0.05,
  }),
  {
    mismatch: {
      sv: 'Avvikelse {{actual}} borde vara {{expected}}: VP minus prognos (i verksamhetsberättelsen VP minus utfall).',
      en: 'Avvikelse {{actual}} should be {{expected}}: VP minus the forecast (in the annual report, VP minus the outcome).',
    },
  },
);
