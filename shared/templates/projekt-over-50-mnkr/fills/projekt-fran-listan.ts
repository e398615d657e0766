// "Kostnader och intäkter (-) för strategiskt viktiga projekt eller projekt över 50 mnkr som ej är
// investeringar" — blankettens rubrik (T1 2021, 000 rad 3; VP 2022 "verksamhetsprojekt där
// kostnaderna bedöms överstiga 50 mnkr", 001 rad 1800), och "11 och 12 Totalt beslutad/beviljad
// kostnad resp. intäkt för projektet. 15 och 16 Datum projektet skall starta resp. avslutas enligt
// beslutet." (000 rad 21–22). Nämndens projektlista bär projektets budget och beslutade start och
// slut: de går till (11), (15) och (16). Ett projekt över 50 mnkr som pågår under året och inte står
// på blanketten skrivs på första tomma projektrad. (12), beviljad intäkt, står inte i listan:
// medfinansieringen säger vad nämnden bär, inte vad andra finansiärer ger, så den fylls inte.
import { defineFill, type FillContext, isActiveBetween, isProjectNamed, isoDateOf, nearlyEqual, numberAt, numberOrZero, type ProjectFields, projectFields, textAt } from '../../../engine';
import { type CellValue, type Sheet, date, num, text } from '../../../grid';
import type { ProjektLayout } from '../layout';

const FILL_ID = 'projekt-over-50-mnkr/projekt-fran-listan';
const LIMIT_SEK = 50_000_000;

function isFreeRow(sheet: Sheet, layout: ProjektLayout, row: number): boolean {
  const d = layout.dates;
  return (
    sheet.isBlank(row, layout.nameCol) &&
    layout.amountColumns.every((c) => numberOrZero(sheet, row, c.col) === 0) &&
    [d.beslutatStart, d.beslutatSlut, d.prognosStart, d.prognosSlut].every((c) => sheet.isBlank(row, c.col))
  );
}

export default defineFill({
  meta: {
    id: FILL_ID,
    docs: {
      sv: 'Fyller projektrader ur nämndens projektlista: namn, (11) total beslutad kostnad och (15)/(16) beslutad start och slut, för projekt över 50 mnkr som pågår under året.',
      en: 'Fills project rows from the nämnd’s project list: name, (11) total decided cost and (15)/(16) decided start and end, for projects over 50 mnkr running during the year.',
      source: 'Blankettens rubrik "… projekt över 50 mnkr som ej är investeringar" (000 rad 3; 001 rad 1800) och anvisningen "11 och 12 Totalt beslutad/beviljad kostnad … 15 och 16 Datum projektet skall starta resp. avslutas enligt beslutet." (000 rad 21–22)',
    },
    messages: {
      name: {
        sv: 'Projektet "{{project}}" ({{budget}} mnkr) pågår {{year}} och står i nämndens projektlista, men inte på blanketten.',
        en: 'The project "{{project}}" ({{budget}} mnkr) runs in {{year}} and is in the nämnd’s project list, but not on the form.',
      },
      budget: {
        sv: '{{column}} för "{{project}}" = projektets budget i projektlistan, {{value}} mnkr.',
        en: '{{column}} for "{{project}}" = the project budget in the project list, {{value}} mnkr.',
      },
      dateField: {
        sv: '{{column}} för "{{project}}" = {{value}} enligt projektlistan.',
        en: '{{column}} for "{{project}}" = {{value}} according to the project list.',
      },
    },
  },
  *plan({ sheet, layout, sources }: FillContext<ProjektLayout>) {
    const year = layout.currentYear;
    if (!sources.projects || year === undefined) return;
    const projects = sources.projects.map(projectFields);
    const free = layout.projectRows.filter((r) => isFreeRow(sheet, layout, r));
    const item = (p: ProjectFields, field: string) => ({ kind: 'list-item', list: 'Projects', itemId: p.id, field }) as const;
    for (const p of projects) {
      let row = layout.projectRows.find((r) => isProjectNamed(p, textAt(sheet, r, layout.nameCol)));
      if (row === undefined) {
        const due = (p.budgetSek ?? 0) > LIMIT_SEK && isActiveBetween(p, `${year}-01-01`, `${year}-12-31`);
        if (!due || free.length === 0) continue;
        row = free.shift()!;
        const data = { project: p.title, budget: Math.round((p.budgetSek ?? 0) / 1e5) / 10, year: String(year) };
        yield { messageId: 'name', cell: { row, col: layout.nameCol }, data, value: text(p.title), source: item(p, 'Title') } as const;
      }
      const budget = layout.totals.beslutat.kostnad;
      if (p.budgetSek !== undefined) {
        const value = p.budgetSek / 1e6;
        const current = numberAt(sheet, row, budget.col);
        if (current === undefined || !nearlyEqual(current, value, 0.05)) {
          yield { messageId: 'budget', cell: { row, col: budget.col }, data: { column: budget.label, project: p.title, value }, value: num(value), source: item(p, 'budgetSek') } as const;
        }
      }
      for (const [column, iso, field] of [
        [layout.dates.beslutatStart, p.startDate, 'startDate'],
        [layout.dates.beslutatSlut, p.endDate, 'endDate'],
      ] as const) {
        if (iso === undefined || isoDateOf(sheet.cell(row, column.col)) === iso) continue;
        const value: CellValue = date(iso);
        yield { messageId: 'dateField', cell: { row, col: column.col }, data: { column: column.label, project: p.title, value: iso }, value, source: item(p, field) } as const;
      }
    }
  },
});

