// Balansräkningens tecken (VB 2019, 002 rad 5360–5569): tillgångar står i debet och är positiva
// ("11 582 057,68"), avsättningar och skulder i kredit och är negativa ("-317 726 363,93").
// Förändringen kan gå åt båda hållen och eget kapital har inget givet tecken i utskriften
// ("208 246 535,73"), så de prövas inte. En balans på fel sida är ovanlig men möjlig (en
// leverantörsskuld i debet), därför en varning.
import { checks, reworded } from '../../../engine';
import type { BalansrakningLayout } from '../layout';

export default reworded(
  checks.signConvention<BalansrakningLayout>({
    id: 'balansrakning/assets-positive-liabilities-negative',
    severity: 'warning',
    docs: {
      sv: 'I IB och UB är tillgångar noll eller positiva och avsättningar och skulder noll eller negativa; eget kapital och Förändring prövas inte.',
      en: 'In IB and UB, assets are zero or positive and provisions and liabilities zero or negative; equity and Förändring are not tested.',
      source: 'Tecknen i balansräkningen: tillgångar "11 582 057,68", kortfristiga skulder "-317 726 363,93" (002 rad 5360–5569); katalogens "assets are positive and liabilities negative (credit)"',
    },
    targets: ({ sheet, layout }) => {
      const cols = layout.columns.filter((c) => c.key !== 'forandring');
      const signed = [
        ...layout.assetRows.map((row) => ({ row, expected: 'positive' as const })),
        ...layout.liabilityRows.map((row) => ({ row, expected: 'negative' as const })),
      ];
      return signed.flatMap(({ row, expected }) => cols.map((c) => ({ cell: { row, col: c.col }, expected, header: sheet.text(row, layout.labelCol) })));
    },
  }),
  {
    shouldBeNegative: {
      sv: '"{{header}}" är en skuld och står i kredit (negativt), men här står {{value}} kr.',
      en: '"{{header}}" is a liability and stands as a credit (negative), but this says {{value}} kr.',
    },
    shouldBePositive: {
      sv: '"{{header}}" är en tillgång och står i debet (positivt), men här står {{value}} kr.',
      en: '"{{header}}" is an asset and stands as a debit (positive), but this says {{value}} kr.',
    },
  },
);
