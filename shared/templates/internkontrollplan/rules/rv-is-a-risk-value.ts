// "För de oönskade händelser som identifieras görs en sannolikhets- och konsekvensbedömning genom
// att bedöma sannolikhet och konsekvens på en skala ett till fem och multiplicera dessa två för att
// få ett riskvärde." och "Utifrån riskvärdet beslutas om den oönskade händelsen/risken ska hanteras
// i internkontrollplanen." — System för intern kontroll (VP 2022, 001 rad 6–7, 125–127). Planen
// skriver riskvärdet vid varje händelse (VP 2022, 001 rad 1359–1640: "12 / Avropsmedlen nyttjas
// inte" eller en egen RV-kolumn). Ett RV är alltså produkten av två tal 1–5: samma produkt som
// radens sannolikhet × konsekvens när planen visar dem, annars ett av 1, 2, 3, 4, 5, 6, 8, 9, 10,
// 12, 15, 16, 20, 25.
import { defineRule, type RuleContext } from '../../../engine';
import { cellText, isBlank } from '../../../grid';
import { KONSEKVENS, SANNOLIKHET, onScale, scoreAt } from '../../vasentlighets-och-riskanalys/scores';
import { type IkpLayout, handelseAt } from '../layout';

const PRODUCTS = new Set([1, 2, 3, 4, 5].flatMap((s) => [1, 2, 3, 4, 5].map((k) => s * k)));
const PRODUCT_LIST = [...PRODUCTS].sort((a, b) => a - b).join(', ');

export default defineRule({
  meta: {
    id: 'internkontrollplan/rv-is-a-risk-value',
    severity: 'error',
    docs: {
      sv: 'Varje kontroll har sitt riskvärde (RV), och RV är sannolikhet × konsekvens på skalan 1–5: radens egen produkt när planen visar sannolikhet och konsekvens, annars ett av de möjliga produkterna 1–25.',
      en: 'Every control has its risk value (RV), and RV is probability × consequence on the 1–5 scale: the row’s own product when the plan shows probability and consequence, otherwise one of the possible products 1–25.',
      source: '"… bedöma sannolikhet och konsekvens på en skala ett till fem och multiplicera dessa två för att få ett riskvärde." (001 rad 125–127); RV vid varje händelse i internkontrollplanen (001 rad 1359–1640)',
    },
    messages: {
      missing: {
        sv: 'Riskvärde (RV) saknas för "{{handelse}}". Utifrån riskvärdet beslutas om händelsen ska hanteras i internkontrollplanen; skriv VoR:ens RV.',
        en: 'The risk value (RV) is missing for "{{handelse}}". The risk value decides whether the event is handled in the plan; enter the VoR’s RV.',
      },
      notProduct: {
        sv: 'RV {{rv}} borde vara {{expected}}: sannolikhet {{sannolikhet}} × konsekvens {{konsekvens}}.',
        en: 'RV {{rv}} should be {{expected}}: probability {{sannolikhet}} × consequence {{konsekvens}}.',
      },
      notARiskValue: {
        sv: 'RV "{{rv}}" är inget riskvärde. Sannolikhet och konsekvens värderas 1–5 och multipliceras, så RV är ett av {{products}}.',
        en: 'RV "{{rv}}" is not a risk value. Probability and consequence are rated 1–5 and multiplied, so RV is one of {{products}}.',
      },
    },
  },
  *check({ sheet, layout }: RuleContext<IkpLayout>) {
    const c = layout.columns;
    // An edition that prints no RV at all (no column, no "12 / …" before any händelse) is not asked for one.
    const printsRv = c.rv !== undefined || layout.rows.some(({ row }) => handelseAt(sheet, row, c).rv !== undefined);
    if (!printsRv) return;
    for (const { row } of layout.rows) {
      const h = handelseAt(sheet, row, c);
      const cell = { row, col: c.rv ?? c.handelse };
      const raw = c.rv === undefined ? undefined : sheet.cell(row, c.rv);
      if (h.rv === undefined) {
        if (raw === undefined || isBlank(raw)) yield { messageId: 'missing', cell, data: { handelse: h.text } } as const;
        else yield { messageId: 'notARiskValue', cell, data: { rv: cellText(raw).trim(), products: PRODUCT_LIST } } as const;
        continue;
      }
      const s = c.sannolikhet === undefined ? undefined : onScale(scoreAt(sheet, row, c.sannolikhet, SANNOLIKHET));
      const k = c.konsekvens === undefined ? undefined : onScale(scoreAt(sheet, row, c.konsekvens, KONSEKVENS));
      if (s !== undefined && k !== undefined) {
        if (h.rv !== s * k) yield { messageId: 'notProduct', cell, related: [{ row, col: c.sannolikhet! }, { row, col: c.konsekvens! }], data: { rv: h.rv, expected: s * k, sannolikhet: s, konsekvens: k } } as const;
      } else if (!PRODUCTS.has(h.rv)) {
        yield { messageId: 'notARiskValue', cell, data: { rv: h.rv, products: PRODUCT_LIST } } as const;
      }
    }
  },
});
