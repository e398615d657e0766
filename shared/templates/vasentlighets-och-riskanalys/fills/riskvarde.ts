// "… bedöma sannolikhet och konsekvens på en skala ett till fem och multiplicera dessa två för att
// få ett riskvärde." — System för intern kontroll (VP 2022, 001 rad 125–127). RV är alltid
// sannolikhet × konsekvens, så verktyget kan räkna ut det; ett inskrivet avvikande RV blir bara ett
// förslag, aldrig en tyst ändring.
import { defineFill, type FillContext } from '../../../engine';
import { num } from '../../../grid';
import type { VorLayout } from '../layout';
import { KONSEKVENS, SANNOLIKHET, onScale, scoreAt } from '../scores';

const ID = 'vasentlighets-och-riskanalys/riskvarde';

export default defineFill({
  meta: {
    id: ID,
    docs: {
      sv: 'RV fylls i som sannolikhet × konsekvens där båda är värderade 1–5.',
      en: 'RV is filled in as probability × consequence where both are rated 1–5.',
      source: '"… bedöma sannolikhet och konsekvens på en skala ett till fem och multiplicera dessa två för att få ett riskvärde." (001 rad 125–127)',
    },
    messages: {
      computed: {
        sv: 'RV = sannolikhet {{sannolikhet}} × konsekvens {{konsekvens}} = {{rv}}.',
        en: 'RV = probability {{sannolikhet}} × consequence {{konsekvens}} = {{rv}}.',
      },
    },
  },
  *plan({ sheet, layout }: FillContext<VorLayout>) {
    const { rv, sannolikhet, konsekvens } = layout.columns;
    for (const row of layout.rows) {
      const s = onScale(scoreAt(sheet, row, sannolikhet, SANNOLIKHET));
      const k = onScale(scoreAt(sheet, row, konsekvens, KONSEKVENS));
      if (s === undefined || k === undefined) continue;
      yield {
        messageId: 'computed',
        cell: { row, col: rv },
        value: num(s * k),
        data: { sannolikhet: s, konsekvens: k, rv: s * k },
        source: { kind: 'computed', fillId: ID },
      } as const;
    }
  },
});
