// "Utfall 2019" i Uppföljning av investeringsbudget 2020 (003 rad 83–114) är samma tal som "(4) Utfall
// utgift 2019" i verksamhetsberättelsen 2019 (002 rad 2611–2627: 2,7 = 2,7), och "Prognos 2021" i VP
// 2022 (001 rad 1749–1756) samma som "Prognos 2021" i T1 2021 (000 rad 87–99: 4,0 = 4,0); templates.md
// "Cross-document consistency findings" 8 och Appendix B "Previous-year … utfall, taken from earlier
// files". Året före rapportåret hämtas ur förra periodens arbetsbok: ett utfall ur dess VB, annars
// dess prognos för året (som då sägs vara en prognos, att ersättas med utfallet).
import { defineFill, type FillContext, fold, nearlyEqual, numberAt, textAt } from '../../../engine';
import { type Sheet, num, toA1 } from '../../../grid';
import { type InvestColumn, type InvesteringarLayout, resolveLayout } from '../layout';

const FILL_ID = 'investeringar/utfall-fran-forra-aret';

/** The column that holds year N−1 in this edition: Utfall N−1 (uppföljning, VB) or Prognos N−1 (VP). */
function targetColumn(layout: InvesteringarLayout): InvestColumn | undefined {
  const first = (role: InvestColumn['role']) => layout.columns.find((c) => c.role === role);
  return layout.kind === 'vp' ? first('prognos') : first('utfall');
}

/** Where the previous workbook gives year `year`: its VB's last Utfall, or an uppföljning's Prognos or Utfall. */
function sourceColumn(prev: InvesteringarLayout, year: number): { column: InvestColumn; kind: 'utfall' | 'prognos' } | undefined {
  const byRole = (role: InvestColumn['role']) => prev.columns.filter((c) => c.role === role);
  if (prev.kind === 'vb' && prev.reportYear === year) {
    const c = byRole('utfall').at(-1);
    return c && { column: c, kind: 'utfall' };
  }
  if (prev.kind === 'uppfoljning' && prev.reportYear === year) {
    const c = byRole('prognos')[0];
    return c && { column: c, kind: 'prognos' };
  }
  if (prev.kind === 'uppfoljning' && prev.reportYear === year + 1) {
    const c = byRole('utfall')[0];
    return c && { column: c, kind: 'utfall' };
  }
  return undefined;
}

function rowLabelled(sheet: Sheet, rows: readonly number[], label: string): number | undefined {
  return rows.find((r) => fold(textAt(sheet, r, 0)) === fold(label));
}

export default defineFill({
  meta: {
    id: FILL_ID,
    docs: {
      sv: 'Fyller året före rapportåret (Utfall N−1, i VP Prognos N−1) ur förra periodens arbetsbok: dess utfall i VB, annars dess prognos.',
      en: 'Fills the year before the report year (Utfall N−1, in the VP Prognos N−1) from the previous period’s workbook: its VB outcome, else its forecast.',
      source: 'Utfall 2019 (003 rad 83–114) = VB 2019 (4) Utfall utgift 2019 (002 rad 2611–2627); VP 2022 Prognos 2021 (001 rad 1749–1756) = T1 2021 Prognos 2021 (000 rad 87–99); templates.md "Cross-document consistency findings" 8',
    },
    messages: {
      utfall: {
        sv: '"{{column}}" = utfallet i {{file}} ({{cell}}, "{{from}}"): {{value}} mnkr.',
        en: '"{{column}}" = the outcome in {{file}} ({{cell}}, "{{from}}"): {{value}} mnkr.',
      },
      prognos: {
        sv: '"{{column}}" = prognosen i {{file}} ({{cell}}, "{{from}}"): {{value}} mnkr. Det är en prognos; ersätt den med utfallet när bokslutet är klart.',
        en: '"{{column}}" = the forecast in {{file}} ({{cell}}, "{{from}}"): {{value}} mnkr. It is a forecast; replace it with the outcome once the accounts are closed.',
      },
    },
  },
  *plan({ sheet, layout, sources }: FillContext<InvesteringarLayout>) {
    const previous = sources.previous;
    const target = targetColumn(layout);
    if (!previous || !target) return;
    for (const prevSheet of previous.workbook.sheets) {
      const prev = resolveLayout(prevSheet);
      const from = prev && sourceColumn(prev, layout.reportYear - 1);
      if (!prev || !from) continue;
      for (const row of layout.dataRows) {
        const prevRow = rowLabelled(prevSheet, prev.dataRows, textAt(sheet, row, 0));
        const value = prevRow === undefined ? undefined : numberAt(prevSheet, prevRow, from.column.col);
        if (prevRow === undefined || value === undefined) continue;
        const current = numberAt(sheet, row, target.col);
        if (current !== undefined && nearlyEqual(current, value, 0.05)) continue;
        const cell = toA1(prevRow, from.column.col);
        yield {
          messageId: from.kind,
          cell: { row, col: target.col },
          data: { column: target.header, file: previous.file, cell: `${prevSheet.name}!${cell}`, from: from.column.header, value },
          value: num(value),
          source: { kind: 'previous-workbook', file: previous.file, sheet: prevSheet.name, cell },
        } as const;
      }
      return;
    }
  },
});
