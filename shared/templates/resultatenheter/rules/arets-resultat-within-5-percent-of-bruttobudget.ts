// "6) Resultatenheterna ska föra över sitt resultat till följande år, både över- och underskott,
// som uppkommit till följd av enhetens eget handlande med maximalt 5% av enhetens bruttobudget för
// året" — Anvisningar (T1 2021, 000 rad 50–51); kolumnrubriken "Årets resultatöverföring % MAX 5 %".
// Kolumn 5 är hela resultatet ("5) Avser hela resultatet (100 % exkl. resultatfond)"), så ett
// resultat över 5 % är inget räknefel: det som överstiger taket förs inte över. Därför en varning.
import { checks, reworded } from '../../../engine';
import type { ResultatenheterLayout } from '../layout';

export default reworded(
  checks.percentCap<ResultatenheterLayout>({
    id: 'resultatenheter/arets-resultat-within-5-percent-of-bruttobudget',
    severity: 'warning',
    docs: {
      sv: 'Årets resultat (kolumn 5), över- som underskott, är högst 5 % av bruttobudgeten (kolumn 2).',
      en: 'The year’s result (column 5), surplus or deficit, is at most 5 % of the gross budget (column 2).',
      source: '"6) Resultatenheterna ska föra över sitt resultat till följande år, både över- och underskott, … med maximalt 5% av enhetens bruttobudget för året" (000 rad 50–51); "Årets resultatöverföring % MAX 5 %"',
    },
    targets: ({ layout }) => {
      const { beraknatResultat: value, bruttobudget: base } = layout.columns;
      if (value === undefined) return [];
      return layout.unitRows.map((row) => ({
        value: { row, col: value },
        base: { row, col: base },
        capPositive: 0.05,
        capNegative: 0.05,
      }));
    },
  }),
  {
    overCap: {
      sv: 'Årets resultat {{actual}} tkr är {{share}} av bruttobudgeten {{base}} tkr, över "MAX 5 %": resultatet förs över "med maximalt 5% av enhetens bruttobudget för året", högst {{cap}} ({{limit}} tkr). Resten förs inte över.',
      en: 'The year’s result {{actual}} tkr is {{share}} of the gross budget {{base}} tkr, above "MAX 5 %": at most 5 % of the gross budget is carried over, {{cap}} ({{limit}} tkr). The rest is not.',
    },
  },
);
