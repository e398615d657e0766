// Kolumnerna "VP 2021 | Avvikelse | Prognos 2021" (Uppföljning av investeringsbudget, 000 rad 87–99)
// och "(2) VP Utgift 2019 | (3) S:a avvik 2019 | (4) Utfall utgift 2019" (VB 2019, 002 rad
// 2611–2627, 6,0 − 2,7 = 3,3): Avvikelse är blankettens formel VP − prognos (i VB: VP − utfall).
import { defineFill, type FillContext, nearlyEqual, numberAt } from '../../../engine';
import { num } from '../../../grid';
import { avvikelseFormula } from '../avvikelse-formula';
import type { InvesteringarLayout } from '../layout';

export default defineFill({
  meta: {
    id: 'investeringar/avvikelse',
    docs: {
      sv: 'Fyller Avvikelse med VP minus prognos för året (i verksamhetsberättelsen VP minus utfall).',
      en: 'Fills Avvikelse with the VP budget minus the year’s forecast (in the annual report, VP minus the outcome).',
      source: 'Kolumnrubrikerna "VP 2021 | Avvikelse | Prognos 2021" (000 rad 87–99) och "(2) VP Utgift 2019 | (3) S:a avvik 2019 | (4) Utfall utgift 2019" (002 rad 2611–2627)',
    },
    messages: {
      computed: {
        sv: 'Avvikelse = VP {{vp}} − {{against}} {{value}} = {{deviation}} mnkr.',
        en: 'Avvikelse = VP {{vp}} − {{against}} {{value}} = {{deviation}} mnkr.',
      },
    },
  },
  *plan({ sheet, layout }: FillContext<InvesteringarLayout>) {
    const a = layout.avvikelse;
    if (!a) return;
    const against = layout.kind === 'vb' ? { sv: 'utfall', en: 'outcome' } : { sv: 'prognos', en: 'forecast' };
    for (const row of layout.dataRows) {
      const vp = numberAt(sheet, row, a.minuend);
      const value = numberAt(sheet, row, a.subtrahend);
      if (vp === undefined || value === undefined) continue;
      const deviation = Math.round((vp - value) * 1e9) / 1e9;
      const current = numberAt(sheet, row, a.col);
      if (current !== undefined && nearlyEqual(current, deviation, 0.05)) continue;
      yield {
        messageId: 'computed',
        cell: { row, col: a.col },
        data: { vp, against, value, deviation },
        value: num(deviation),
        formula: avvikelseFormula(a, row),
        source: { kind: 'computed', fillId: 'investeringar/avvikelse' },
      } as const;
    }
  },
});
