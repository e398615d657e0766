// "1 och 2 Ackumulerad kostnad resp. intäkt t.o.m. 2020 för projektet." och kolumnerna "Total |
// Prognos | Total kostnad / Total intäkt" (T1 2021, 000 rad 20 och 5–7; VP 2022, 001 rad 1819 och
// 1806–1808). Anvisningen säger inte hur (13) och (14) räknas; uppställningen ger (13) = (1) + (5) +
// prognoserna (9) för senare år, (14) likadant ur (2), (6) och (10). Fyllningen skriver det
// sambandet som formel; ett inskrivet belopp ersätts bara efter ja, eftersom blankettens egna
// formler kan räkna annorlunda (t.ex. år efter det sista tryckta).
import { defineFill, type FillContext, nearlyEqual, numberAt, numberOrZero, rowsInScope } from '../../../engine';
import { columnLetters, num } from '../../../grid';
import type { ProjektLayout } from '../layout';

export default defineFill({
  meta: {
    id: 'projekt-over-50-mnkr/total-prognos',
    scope: 'row',
    docs: {
      sv: 'Fyller total prognos (13) med (1) + (5) + prognoserna (9) för senare år, och (14) med (2) + (6) + (10), på varje projektrad.',
      en: 'Fills the total forecast (13) with (1) + (5) + the later years’ forecasts (9), and (14) with (2) + (6) + (10), on every project row.',
      source: 'Kolumnuppställningen "Ack. t.o.m. | Budget Prognos | Plan Prognos … | Total Beslutat Prognos" och "1 och 2 Ackumulerad kostnad resp. intäkt t.o.m. 2020 för projektet." (000 rad 5–7, 20; 001 rad 1806–1808, 1819); sambandet är underförstått',
    },
    messages: {
      total: {
        sv: '{{column}} = ackumulerat + prognos för året + prognoser för senare år = {{value}} mnkr (blankettens uppställning; sambandet står inte i anvisningen).',
        en: '{{column}} = accumulated + this year’s forecast + later years’ forecasts = {{value}} mnkr (from the form’s layout; the instructions do not state it).',
      },
    },
  },
  *plan(ctx: FillContext<ProjektLayout>) {
    const { sheet, layout } = ctx;
    for (const row of rowsInScope(ctx, layout.projectRows)) {
      // A blank pre-formatted row (no name, only 0,0) is no project.
      if (sheet.isBlank(row, layout.nameCol) && layout.amountColumns.every((c) => numberOrZero(sheet, row, c.col) === 0)) continue;
      for (const kind of ['kostnad', 'intakt'] as const) {
        const target = layout.totals.prognos[kind];
        const parts = [layout.ack[kind], layout.prognos[kind], ...layout.laterPrognoses.map((p) => p[kind])];
        if (parts.every((p) => sheet.isBlank(row, p.col))) continue;
        const value = Math.round(parts.reduce((s, p) => s + numberOrZero(sheet, row, p.col), 0) * 1e9) / 1e9;
        const current = numberAt(sheet, row, target.col);
        if (current !== undefined && sheet.value(row, target.col).kind === 'number' && nearlyEqual(current, value, 0.05)) continue;
        yield {
          messageId: 'total',
          cell: { row, col: target.col },
          data: { column: target.label, value },
          value: num(value),
          formula: parts.map((p) => `${columnLetters(p.col)}${row + 1}`).join('+'),
          source: { kind: 'computed', fillId: 'projekt-over-50-mnkr/total-prognos' },
        } as const;
      }
    }
  },
});
