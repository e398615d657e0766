// "För de oönskade händelser som identifieras görs en sannolikhets- och konsekvensbedömning genom
// att bedöma sannolikhet och konsekvens på en skala ett till fem och multiplicera dessa två för att
// få ett riskvärde." — System för intern kontroll (VP 2022, 001 rad 125–127).
import { checks, reworded } from '../../../engine';

import { KONSEKVENS, SANNOLIKHET, onScale, scoreAt } from '../scores';

import type { VorLayout } from '../layout';

export default reworded(
  checks.formulaEquals<VorLayout>({
    id: 'vasentlighets-och-riskanalys/rv-equals-sannolikhet-times-konsekvens',
    severity: 'error',
    docs: {
      sv: 'Riskvärdet (RV) är sannolikhet gånger konsekvens.',
      en: 'The risk value (RV) is probability times consequence.',
      source: '"… bedöma sannolikhet och konsekvens på en skala ett till fem och multiplicera dessa två för att få ett riskvärde." (001 rad 125–127)',
    },
    formula: { sv: 'sannolikhet × konsekvens', en: 'probability × consequence' },
    targets: ({ sheet, layout }) => {
      const { rv, sannolikhet, konsekvens } = layout.columns;
      return layout.rows.flatMap((row) => {
        // A blank RV is the required-field rule's (and the riskvärde fill's) to handle.
        if (sheet.isBlank(row, rv)) return [];
        const s = onScale(scoreAt(sheet, row, sannolikhet, SANNOLIKHET));
        const k = onScale(scoreAt(sheet, row, konsekvens, KONSEKVENS));
        return [{ cell: { row, col: rv }, expected: s === undefined || k === undefined ? undefined : s * k, related: [{ row, col: sannolikhet }, { row, col: konsekvens }] }];
      });
    },
  }),
  {
    mismatch: {
      sv: 'RV {{actual}} borde vara {{expected}}: "multiplicera dessa två [sannolikhet och konsekvens] för att få ett riskvärde".',
      en: 'RV {{actual}} should be {{expected}}: probability and consequence are multiplied to give the risk value.',
    },
  },
);
