// "3) Här anges belopp som motsvarar 5 % av enhetens bruttobudget (anges i tkr)." och "Om blanketten
// inte räcker till kan flera rader infogas i tabellen. Kopiera formeln i kolumn 3." — Anvisningar
// (T1 2021, 000 rad 46 och 55; 003 rad 71 och 82). Kolumn 3 är blankettens formel, kolumn 2 × 5 %:
// ett tomt eller fel värde räknas om, och ett inskrivet tal får tillbaka formeln (som förslag, eftersom
// någon skrev det).
import { defineFill, type FillContext, nearlyEqual, numberAt } from '../../../engine';
import { num } from '../../../grid';
import type { ResultatenheterLayout } from '../layout';
import { round, unitRowFormulas } from '../unit-row-formulas';

export default defineFill({
  meta: {
    id: 'resultatenheter/varav-5-procent',
    docs: {
      sv: 'Fyller kolumn 3 med blankettens formel, 5 % av bruttobudgeten (kolumn 2), på varje enhetsrad.',
      en: 'Fills column 3 with the form’s formula, 5 % of the gross budget (column 2), on every unit row.',
      source: '"3) Här anges belopp som motsvarar 5 % av enhetens bruttobudget" och "Kopiera formeln i kolumn 3." (000 rad 46, 55; 003 rad 71, 82)',
    },
    messages: {
      computed: {
        sv: 'Kolumn 3 = 5 % av bruttobudgeten {{brutto}} = {{value}} tkr ("Kopiera formeln i kolumn 3").',
        en: 'Column 3 = 5 % of the gross budget {{brutto}} = {{value}} tkr (the form says to copy the formula into column 3).',
      },
    },
  },
  *plan({ sheet, layout }: FillContext<ResultatenheterLayout>) {
    const cells = unitRowFormulas(sheet, layout, 'varav5', ['bruttobudget'], (v) => 0.05 * v('bruttobudget'), (l, r) => `${l('bruttobudget')}${r}*0.05`);
    for (const c of cells) {
      const current = numberAt(sheet, c.row, c.col);
      const typed = sheet.cell(c.row, c.col).formula === undefined;
      // Right to the printed tkr and kept as the formula: nothing to do.
      if (current !== undefined && nearlyEqual(current, c.value, 0.5) && !typed) continue;
      const brutto = numberAt(sheet, c.row, layout.columns.bruttobudget) ?? 0;
      yield {
        messageId: 'computed',
        cell: { row: c.row, col: c.col },
        data: { brutto, value: round(c.value) },
        value: num(round(c.value)),
        formula: c.formula,
        source: { kind: 'computed', fillId: 'resultatenheter/varav-5-procent' },
      } as const;
    }
  },
});
