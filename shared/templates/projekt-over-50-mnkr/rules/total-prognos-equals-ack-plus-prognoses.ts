// "1 och 2 Ackumulerad kostnad resp. intäkt t.o.m. 2020 för projektet." and the column headers
// "Total | Prognos | Total kostnad / Total intäkt" (T1 2021, seed 000 rad 20 and 5–7; VP 2022,
// 001 rad 1819 and 1806–1808). The instruction never states how (13) and (14) are made up; the
// layout implies (13) = (1) + (5) + the Prognos (9) of every later year, and (14) likewise from
// (2), (6) and (10). Because this is implied, not stated (the real workbook's formulas may differ,
// e.g. for costs after the last printed year), a difference is a warning and the message says so.
import { defineRule, mapArray, nearlyEqual, type ReportFor, type RuleContext, TableNumbers } from '../../../engine';
import { mnkr } from '../comment-demand';
import type { AmountColumn, ProjektLayout } from '../layout';

const messages = {
  mismatch: {
    sv: '{{column}} är {{actual}}, men ackumulerat {{ack}} + prognos för året {{current}} + prognoser för senare år {{later}} ger {{expected}}. Sambandet står inte i anvisningen utan följer av blankettens uppställning; kontrollera beloppen eller blankettens formler.',
    en: '{{column}} is {{actual}}, but accumulated {{ack}} + this year\'s forecast {{current}} + later years\' forecasts {{later}} make {{expected}}. The form does not state this relation; it follows from the layout. Check the amounts or the form\'s formulas.',
  },
} as const;

export default defineRule({
  meta: {
    id: 'projekt-over-50-mnkr/total-prognos-equals-ack-plus-prognoses',
    severity: 'warning',
    docs: {
      sv: 'Underförstått (inte angivet i anvisningen): total prognos (13) = (1) + (5) + prognoserna (9) för senare år, och (14) = (2) + (6) + prognoserna (10).',
      en: 'Implied, not stated in the instructions: total forecast (13) = (1) + (5) + the forecasts (9) of later years, and (14) = (2) + (6) + the forecasts (10).',
      source: 'Blankettens kolumnuppställning "Ack. t.o.m. | Budget Prognos | Plan Prognos … | Total Beslutat Prognos" och anvisningen "1 och 2 Ackumulerad kostnad resp. intäkt t.o.m. 2020 för projektet." (T1 2021, 000 rad 5–7, 20; VP 2022, 001 rad 1806–1808, 1819); sambandet är underförstått',
    },
    messages,
    scope: 'row',
  },
  check(ctx: RuleContext<ProjektLayout>) {
    const out: ReportFor<typeof messages>[] = [];
    const { layout } = ctx;
    const table = TableNumbers.of(ctx, layout.projectRows, layout.amountCols);
    // Column lookups hoisted out of the row loop: this rule visits every project row of a sheet
    // that may hold thousands. mapArray, not map: the loop walks these arrays (see mapArray).
    const plans = mapArray(['kostnad', 'intakt'] as const, (kind) => {
      const total: AmountColumn = layout.totals.prognos[kind];
      const parts = [layout.ack[kind], layout.prognos[kind], ...mapArray(layout.laterPrognoses, (p) => p[kind])];
      const at = (col: number) => [table.column(col), col] as const;
      return { kind, total, parts, ack: at(parts[0]!.col), current: at(parts[1]!.col), sum: at(total.col), later: mapArray(parts.slice(2), (c) => at(c.col)) };
    });
    for (let t = 0; t < table.rows.length; t++) {
      const row = table.rows[t]!;
      // Index loops: for-of allocated an iterator per row and plan.
      for (let p = 0; p < plans.length; p++) {
        const { kind, total, parts, ack: ackAt, current: currentAt, sum, later } = plans[p]!;
        const ack = table.at(t, ackAt[0], ackAt[1]);
        const current = table.at(t, currentAt[0], currentAt[1]);
        let laterSum = 0;
        for (let i = 0; i < later.length; i++) laterSum += table.at(t, later[i]![0], later[i]![1]);
        const expected = ack + current + laterSum;
        const actual = table.at(t, sum[0], sum[1]);
        if (nearlyEqual(actual, expected, 0.05)) continue;
        out.push({
          messageId: 'mismatch',
          cell: { row, col: total.col },
          related: mapArray(parts, (c) => ({ row, col: c.col })),
          data: {
            column: total.label,
            actual: mnkr(actual),
            expected: mnkr(expected),
            ack: numbered(layout.ack[kind].number, ack),
            current: numbered(layout.prognos[kind].number, current),
            later: numbered(kind === 'kostnad' ? 9 : 10, laterSum),
          },
        } as const);
      }
    }
    return out;
  },
});

/** '(1) 12,4': the column number the instructions use, then the amount. */
function numbered(column: number, value: number): { sv: string; en: string } {
  const v = mnkr(value);
  return { sv: `(${column}) ${v.sv}`, en: `(${column}) ${v.en}` };
}
