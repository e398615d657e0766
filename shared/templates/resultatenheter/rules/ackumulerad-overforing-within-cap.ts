// "Resultatfonden får ha ett överskott med motsvarande maximalt 10 % av enhetens bruttobudget, vid
// underskott gäller 5 %." — Anvisningar 6) (T1 2021, 000 rad 52–53); kolumn 6 anger
// "Överskott (+) Underskott (-)".
import { checks, reworded } from '../../../engine';
import type { ResultatenheterLayout } from '../layout';

export default reworded(
  checks.percentCap<ResultatenheterLayout>({
    id: 'resultatenheter/ackumulerad-overforing-within-cap',
    severity: 'error',
    docs: {
      sv: 'Ackumulerad resultatöverföring (kolumn 6): ett överskott är högst 10 % och ett underskott högst 5 % av bruttobudgeten.',
      en: 'Accumulated carry-over (column 6): a surplus is at most 10 % and a deficit at most 5 % of the gross budget.',
      source: '"Resultatfonden får ha ett överskott med motsvarande maximalt 10 % av enhetens bruttobudget, vid underskott gäller 5 %." (000 rad 52–53)',
    },
    targets: ({ layout }) => {
      const { ackOverforing: value, bruttobudget: base } = layout.columns;
      if (value === undefined) return [];
      return layout.unitRows.map((row) => ({
        value: { row, col: value },
        base: { row, col: base },
        capPositive: 0.1,
        capNegative: 0.05,
      }));
    },
  }),
  {
    overCap: {
      sv: 'Ackumulerad resultatöverföring {{actual}} tkr är {{share}} av bruttobudgeten {{base}} tkr; "Resultatfonden får ha ett överskott med motsvarande maximalt 10 % … vid underskott gäller 5 %", här högst {{cap}} ({{limit}} tkr).',
      en: 'The accumulated carry-over {{actual}} tkr is {{share}} of the gross budget {{base}} tkr; the result fund may hold a surplus of at most 10 % and a deficit of at most 5 %, here {{cap}} ({{limit}} tkr).',
    },
  },
);
