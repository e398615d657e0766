// "I riskmatrisen nedan syns alla oönskade händelser i VoR:en." (001 rad 344) — matrisen ordnar
// händelserna efter sannolikhet och konsekvens, skalorna "5 Mycket sannolikt Mycket allvarlig …
// 1 Osannolikt Försumbar" (001 rad 343–401). En händelse i fel ruta visar en annan risk än tabellen.
import { defineRule, type RuleContext } from '../../../engine';
import { numberedEvents } from '../events';
import type { VorLayout } from '../layout';

export default defineRule({
  meta: {
    id: 'vasentlighets-och-riskanalys/matrix-cell-matches-scores',
    severity: 'error',
    docs: {
      sv: 'Varje händelse står i den ruta i riskmatrisen som tabellens sannolikhet och konsekvens anger.',
      en: 'Every event sits in the risk-matrix cell given by the probability and consequence in the table.',
      source: 'Riskmatrisen och dess skalor (001 rad 343–401); "I riskmatrisen nedan syns alla oönskade händelser i VoR:en." (001 rad 344)',
    },
    messages: {
      misplaced: {
        sv: 'Nr {{nr}} står i rutan sannolikhet {{matrixSannolikhet}} × konsekvens {{matrixKonsekvens}}, men tabellen anger sannolikhet {{sannolikhet}} och konsekvens {{konsekvens}}.',
        en: 'No. {{nr}} sits in the cell probability {{matrixSannolikhet}} × consequence {{matrixKonsekvens}}, but the table gives probability {{sannolikhet}} and consequence {{konsekvens}}.',
      },
    },
  },
  *check({ sheet, layout }: RuleContext<VorLayout>) {
    if (!layout.matrix) return;
    const events = new Map(numberedEvents(sheet, layout).map((e) => [e.nr, e]));
    for (const m of layout.matrix.cells) {
      for (const nr of m.numbers) {
        const e = events.get(nr);
        if (!e || e.sannolikhet === undefined || e.konsekvens === undefined) continue;
        if (e.sannolikhet !== m.sannolikhet || e.konsekvens !== m.konsekvens) {
          const data = {
            nr: String(nr),
            matrixSannolikhet: m.sannolikhet,
            matrixKonsekvens: m.konsekvens,
            sannolikhet: e.sannolikhet,
            konsekvens: e.konsekvens,
          };
          yield { messageId: 'misplaced', cell: m.cell, related: [{ row: e.row, col: layout.columns.sannolikhet }, { row: e.row, col: layout.columns.konsekvens }], data } as const;
        }
      }
    }
  },
});
