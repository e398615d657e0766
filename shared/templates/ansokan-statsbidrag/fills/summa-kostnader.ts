// "Summa kostnader 2021" under "Typ av kostnader (exempel) | Kostnad i SEK" (Mall för ansökan –
// statsbidrag, T1 2021, 000 rad 1952–1994): summan av kostnadsraderna. Mallen är ett formulär
// utan formler, så summan räknas här; en inskriven summa som avviker ändras bara efter ett ja.
import { defineFill, numberAt, numberOrZero, type RuleContext } from '../../../engine';
import { num } from '../../../grid';
import type { StatsbidragLayout } from '../layout';

const id = 'ansokan-statsbidrag/summa-kostnader';

export default defineFill({
  meta: {
    id,
    docs: {
      sv: 'Räknar "Summa kostnader" som summan av kostnadsraderna.',
      en: 'Computes "Summa kostnader" as the sum of the cost lines.',
      source: 'Tabellen "Typ av kostnader (exempel) | Kostnad i SEK" med raden "Summa kostnader 2021" (000 rad 1952–1994)',
    },
    messages: {
      sum: { sv: 'Summan av {{count}} kostnadsrader är {{value}} kr.', en: 'The {{count}} cost lines add up to SEK {{value}}.' },
    },
  },
  *plan({ sheet, layout }: RuleContext<StatsbidragLayout>) {
    const total = layout.summaKostnader;
    if (!total) return;
    const rows = layout.costLines.map((l) => l.row).filter((row) => numberAt(sheet, row, layout.amountCol) !== undefined);
    if (rows.length === 0) return;
    const value = rows.reduce((s, row) => s + numberOrZero(sheet, row, layout.amountCol), 0);
    if (numberAt(sheet, total.row, layout.amountCol) === value) return;
    yield { messageId: 'sum', cell: { row: total.row, col: layout.amountCol }, value: num(value), data: { count: rows.length, value }, source: { kind: 'computed', fillId: id } } as const;
  },
});
