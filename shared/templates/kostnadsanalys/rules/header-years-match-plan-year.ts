// Rubrikerna bär åren i förhållande till planåret N i "Nämndens budget/verksamhetsplan 2022":
// "Nämndens ursprungliga budget 2022", "Utfall 2020 (VB 2020)", "Prognos 2021 (Tertialrapport 2)"
// (VP 2022, 001 rad 1690–1700 och 1729–1731). Ett år som inte rullats fram när blanketten
// återanvänds gör att kolumnen avser fel period.
import { defineRule, fold, type RuleContext } from '../../../engine';
import type { ColumnKey, KostnadsanalysLayout } from '../layout';

/** Years a column's header names, relative to the plan year N. */
const OFFSET: Readonly<Partial<Record<ColumnKey, number>>> = { ursprunglig: 0, utfall: -2, prognos: -1 };

export default defineRule({
  meta: {
    id: 'kostnadsanalys/header-years-match-plan-year',
    severity: 'warning',
    docs: {
      sv: 'Åren i rubrikerna stämmer med planåret N: ursprunglig budget N, utfall N−2 (VB N−2), prognos N−1 (tertialrapport 2).',
      en: 'The years in the headers agree with the plan year N: original budget N, outcome N−2 (VB N−2), forecast N−1 (tertial report 2).',
      source: '"Nämndens budget/verksamhetsplan 2022" och rubrikerna "Nämndens ursprungliga budget 2022", "Utfall 2020 (VB 2020)", "Prognos 2021 (Tertialrapport 2)" (001 rad 1690–1700, 1729–1731)',
    },
    messages: {
      wrongYear: {
        sv: 'Rubriken "{{header}}" anger {{found}}, men i verksamhetsplanen för {{planYear}} ska kolumnen avse {{expected}}.',
        en: 'The header "{{header}}" says {{found}}, but in the operational plan for {{planYear}} the column must refer to {{expected}}.',
      },
    },
  },
  *check({ sheet, layout }: RuleContext<KostnadsanalysLayout>) {
    const plan = layout.planYear;
    if (plan === undefined) return;
    for (const c of layout.columns) {
      const offset = OFFSET[c.key];
      if (offset === undefined) continue;
      const expected = plan + offset;
      for (const m of fold(c.header).matchAll(/\b(199\d|20\d\d)\b/g)) {
        const found = Number(m[1]);
        if (found !== expected) {
          const data = { header: c.header, found: String(found), expected: String(expected), planYear: String(plan) };
          yield { messageId: 'wrongYear', cell: { row: headerCellRow(sheet, layout, c.col, m[1]!), col: c.col }, data } as const;
          break;
        }
      }
    }
  },
});

/** The header row that holds the year (the headers wrap over several rows). */
function headerCellRow(sheet: RuleContext<KostnadsanalysLayout>['sheet'], layout: KostnadsanalysLayout, col: number, digits: string): number {
  for (let r = layout.headerRow; r < layout.headerRow + 3; r++) if (sheet.text(r, col).includes(digits)) return r;
  return layout.headerRow;
}
