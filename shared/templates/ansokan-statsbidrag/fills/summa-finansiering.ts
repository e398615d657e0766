// "Summa finansiering 2021" under "Typ av finansiering | Kostnad i SEK" (Mall för ansökan –
// statsbidrag, T1 2021, 000 rad 2000–2016): statsbidraget plus egen finansiering, en tom rad som 0.
import { defineFill, numberAt, numberOrZero, type RuleContext } from '../../../engine';
import { num } from '../../../grid';
import type { StatsbidragLayout } from '../layout';

const id = 'ansokan-statsbidrag/summa-finansiering';

export default defineFill({
  meta: {
    id,
    docs: {
      sv: 'Räknar "Summa finansiering" som statsbidraget plus egen finansiering.',
      en: 'Computes "Summa finansiering" as the state grant plus own financing.',
      source: 'Tabellen "Typ av finansiering | Kostnad i SEK" med raden "Summa finansiering 2021" (000 rad 2000–2016)',
    },
    messages: {
      sum: { sv: 'Statsbidrag och egen finansiering är tillsammans {{value}} kr.', en: 'The state grant and own financing add up to SEK {{value}}.' },
    },
  },
  *plan({ sheet, layout }: RuleContext<StatsbidragLayout>) {
    const total = layout.summaFinansiering;
    if (!total) return;
    const rows = layout.finansieringLines.map((l) => l.row);
    if (!rows.some((row) => numberAt(sheet, row, layout.amountCol) !== undefined)) return;
    const value = rows.reduce((s, row) => s + numberOrZero(sheet, row, layout.amountCol), 0);
    if (numberAt(sheet, total.row, layout.amountCol) === value) return;
    yield { messageId: 'sum', cell: { row: total.row, col: layout.amountCol }, value: num(value), data: { value }, source: { kind: 'computed', fillId: id } } as const;
  },
});
