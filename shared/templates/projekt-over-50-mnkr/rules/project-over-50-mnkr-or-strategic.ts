// "Kostnader och intäkter (-) för strategiskt viktiga projekt eller projekt över 50 mnkr som ej är
// investeringar" — blankettens rubrik (T1 2021, seed 000 rad 3); VP 2022 lists "verksamhetsprojekt
// där kostnaderna bedöms överstiga 50 mnkr / … som har betydande påverkan på stadens ekonomi /
// … som berör frågor som är av strategisk vikt" (001 rad 1800–1803). A project belongs on the
// form when its total cost, decided (11) or forecast (13), exceeds 50 mnkr, or when it is
// strategic. The form has no column saying so, so a smaller project may well belong here: the
// rule only asks the person to confirm, as info.
import { defineRule, type ReportFor, type RuleContext, TableNumbers } from '../../../engine';
import { mnkr } from '../comment-demand';
import type { ProjektLayout } from '../layout';

const LIMIT = 50;

const messages = {
  underLimit: {
    sv: 'Projektets totala kostnad är {{beslutat}} mnkr beslutat (11) och {{prognos}} mnkr i prognos (13), alltså högst 50 mnkr. Blanketten gäller "strategiskt viktiga projekt eller projekt över 50 mnkr": bekräfta att projektet är strategiskt viktigt.',
    en: "The project's total cost is {{beslutat}} mnkr decided (11) and {{prognos}} mnkr forecast (13), so at most 50 mnkr. The form covers strategic projects or projects over 50 mnkr: confirm that the project is strategic.",
  },
} as const;

export default defineRule({
  meta: {
    id: 'projekt-over-50-mnkr/project-over-50-mnkr-or-strategic',
    severity: 'info',
    docs: {
      sv: 'Ett projekt på blanketten har total kostnad (11) eller (13) över 50 mnkr, eller är strategiskt viktigt (det senare kan bara personen som fyller i bekräfta).',
      en: 'A project on the form has a total cost (11) or (13) over 50 mnkr, or is strategic (only the person filling it in can confirm the latter).',
      source: 'Blankettens rubrik "Kostnader och intäkter (-) för strategiskt viktiga projekt eller projekt över 50 mnkr som ej är investeringar" (T1 2021, 000 rad 3; VP 2022, 001 rad 1800–1803)',
    },
    messages,
    scope: 'row',
  },
  check(ctx: RuleContext<ProjektLayout>) {
    const out: ReportFor<typeof messages>[] = [];
    const { sheet, layout } = ctx;
    const { amountCols } = layout;
    const table = TableNumbers.of(ctx, layout.projectRows, amountCols);
    const beslutatCol = layout.totals.beslutat.kostnad.col;
    const prognosCol = layout.totals.prognos.kostnad.col;
    const beslutatAt = table.column(beslutatCol);
    const prognosAt = table.column(prognosCol);
    for (let t = 0; t < table.rows.length; t++) {
      const row = table.rows[t]!;
      const beslutat = table.at(t, beslutatAt, beslutatCol);
      const prognos = table.at(t, prognosAt, prognosCol);
      if (beslutat > LIMIT || prognos > LIMIT) continue;
      // A blank pre-formatted row (no name, only 0,0) is no project. Asked second: most rows are
      // over the limit, and the name cell is the one read here outside the shared view.
      if (sheet.isBlank(row, layout.nameCol) && allZero(table, t, amountCols)) continue;
      out.push({
        messageId: 'underLimit',
        cell: { row, col: layout.nameCol },
        related: [
          { row, col: layout.totals.beslutat.kostnad.col },
          { row, col: layout.totals.prognos.kostnad.col },
        ],
        data: { beslutat: mnkr(beslutat), prognos: mnkr(prognos) },
      } as const);
    }
    return out;
  },
});

// Through the table, not the sheet: on a long blank form this is every amount cell once more.
function allZero(table: TableNumbers, t: number, cols: readonly number[]): boolean {
  for (let j = 0; j < cols.length; j++) if (table.at(t, j, cols[j]) !== 0) return false;
  return true;
}
