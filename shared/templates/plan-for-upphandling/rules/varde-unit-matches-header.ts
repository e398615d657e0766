// Kolumnrubriken "Värde mnkr" (PLAN FÖR UPPHANDLING 2022, 001 rad 2336–2340) och anvisningen
// "Endast upphandlingar där kontraktets sammanlagda värde är över 1 miljon ska redovisas." Värdena
// skrevs i kronor ("2 000 000", "28 000 000"); läst som mnkr vore de två biljoner kronor.
import { defineRule, numberAt, type RuleContext } from '../../../engine';
import type { UpphandlingLayout } from '../layout';
import { KRONOR_FROM } from '../varde';

export default defineRule({
  meta: {
    id: 'plan-for-upphandling/varde-unit-matches-header',
    severity: 'error',
    docs: {
      sv: 'Värdena anges i den enhet kolumnrubriken anger ("Värde mnkr").',
      en: 'The values are given in the unit the column header names ("Värde mnkr").',
      source: 'Kolumnrubriken "Värde mnkr" och "kontraktets sammanlagda värde är över 1 miljon" (001 rad 2302–2340)',
    },
    messages: {
      kronorUnderUnitHeader: {
        sv: 'Rubriken "{{header}}" anger {{unit}}, men {{count}} värden är skrivna i kronor (t.ex. {{example}}). Skriv värdena i {{unit}} (2 000 000 kr = {{converted}} {{unit}}) eller ändra rubriken.',
        en: 'The header "{{header}}" says {{unit}}, but {{count}} values are written in kronor (e.g. {{example}}). Write the values in {{unit}} (SEK 2,000,000 = {{converted}} {{unit}}) or change the header.',
      },
    },
  },
  *check({ sheet, layout }: RuleContext<UpphandlingLayout>) {
    const col = layout.columns.varde;
    const unit = layout.vardeUnit;
    if (col === undefined || (unit !== 'mnkr' && unit !== 'tkr')) return;
    const inKronor = layout.rows.filter((row) => Math.abs(numberAt(sheet, row, col) ?? 0) >= KRONOR_FROM[unit]);
    if (inKronor.length === 0) return;
    const example = numberAt(sheet, inKronor[0]!, col)!;
    yield {
      messageId: 'kronorUnderUnitHeader',
      cell: { row: layout.headerRow, col },
      related: inKronor.map((row) => ({ row, col })),
      data: { header: layout.headers.varde ?? '', unit, count: inKronor.length, example, converted: unit === 'mnkr' ? 2 : 2000 },
    } as const;
  },
});
