// "1 och 2 Ackumulerad kostnad resp. intäkt t.o.m. 2020 för projektet." — anvisningen under
// blanketten (T1 2021, 000 rad 20; T1 2020 "t.o.m. 2019", 003 rad 27; VP 2022 "t.o.m. 2021", 001 rad
// 1819). Förra periodens blankett har projektets ackumulerade belopp t.o.m. ett tidigare år och
// prognosen för varje år därefter; härledningen är därför
//   Ack. t.o.m. Y = förra blankettens Ack. t.o.m. Y0 + dess Prognos (5)/(6) resp. (9)/(10) för Y0+1 … Y,
// och samma Ack. när Y = Y0 (VP 2022 och T1 2022 har båda "t.o.m. 2021"). Ingen blankett bär utfallet
// för året som gått, så summan bygger på förra periodens prognos och sägs vara det: den ska stämmas
// av mot bokslutet. Ett projekt hittas på sitt namn; saknas något års prognos fylls inget.
import { defineFill, type FillContext, fold, nearlyEqual, numberAt, textAt } from '../../../engine';
import { type Sheet, num, toA1 } from '../../../grid';
import { recognise } from '../definition';
import type { AmountKind, ProjektLayout, YearPair } from '../layout';

const FILL_ID = 'projekt-over-50-mnkr/ack-fran-forra-aret';

interface Derived {
  readonly value: number;
  readonly cells: readonly string[];
  readonly years: readonly number[];
}

/** The previous form's Ack. t.o.m. Y0 plus its Prognos for every year up to `through`. */
function derive(prevSheet: Sheet, prev: ProjektLayout, row: number, kind: AmountKind, through: number): Derived | undefined {
  const from = prev.ack.year;
  if (from === undefined || from > through) return undefined;
  const parts: YearPair[] = [prev.ack];
  const years: number[] = [];
  for (let y = from + 1; y <= through; y++) {
    const pair = [prev.prognos, ...prev.laterPrognoses].find((p) => p.year === y);
    if (!pair) return undefined;
    parts.push(pair);
    years.push(y);
  }
  let value = 0;
  for (const p of parts) {
    const v = numberAt(prevSheet, row, p[kind].col);
    if (v === undefined) return undefined;
    value += v;
  }
  return { value: Math.round(value * 1e9) / 1e9, cells: parts.map((p) => toA1(row, p[kind].col)), years };
}

export default defineFill({
  meta: {
    id: FILL_ID,
    docs: {
      sv: 'Fyller (1)/(2) Ack. t.o.m. förra året ur förra periodens blankett: dess ackumulerade belopp plus dess prognoser för åren däremellan.',
      en: 'Fills (1)/(2) Ack. t.o.m. last year from the previous period’s form: its accumulated amounts plus its forecasts for the years in between.',
      source: '"1 och 2 Ackumulerad kostnad resp. intäkt t.o.m. 2020 för projektet." (000 rad 20; 003 rad 27; 001 rad 1819)',
    },
    messages: {
      copied: {
        sv: '{{column}} = samma belopp i {{file}} ({{cells}}): {{value}} mnkr.',
        en: '{{column}} = the same amount in {{file}} ({{cells}}): {{value}} mnkr.',
      },
      derived: {
        sv: '{{column}} = Ack. t.o.m. {{fromYear}} + prognos för {{years}} i {{file}} ({{cells}}) = {{value}} mnkr. Bygger på prognos; stäm av mot bokslutets utfall.',
        en: '{{column}} = Ack. t.o.m. {{fromYear}} + the forecast for {{years}} in {{file}} ({{cells}}) = {{value}} mnkr. It rests on a forecast; check it against the closed accounts.',
      },
    },
  },
  *plan({ sheet, layout, sources }: FillContext<ProjektLayout>) {
    const previous = sources.previous;
    const through = layout.ack.year;
    if (!previous || through === undefined) return;
    for (const prevSheet of previous.workbook.sheets) {
      const prev = recognise(prevSheet)?.layout;
      if (!prev) continue;
      for (const row of layout.projectRows) {
        const name = fold(textAt(sheet, row, layout.nameCol));
        const prevRow = name === '' ? undefined : prev.projectRows.find((r) => fold(textAt(prevSheet, r, prev.nameCol)) === name);
        if (prevRow === undefined) continue;
        for (const kind of ['kostnad', 'intakt'] as const) {
          const d = derive(prevSheet, prev, prevRow, kind, through);
          if (!d) continue;
          const target = layout.ack[kind];
          const current = numberAt(sheet, row, target.col);
          if (current !== undefined && sheet.value(row, target.col).kind === 'number' && nearlyEqual(current, d.value, 0.05)) continue;
          const cells = d.cells.map((c) => `${prevSheet.name}!${c}`).join(', ');
          const source = { kind: 'previous-workbook', file: previous.file, sheet: prevSheet.name, cell: d.cells[0]! } as const;
          const base = { column: target.label, file: previous.file, cells, value: d.value };
          if (d.years.length === 0) {
            yield { messageId: 'copied', cell: { row, col: target.col }, data: base, value: num(d.value), source } as const;
          } else {
            const data = { ...base, fromYear: String(prev.ack.year), years: d.years.join(', ') };
            yield { messageId: 'derived', cell: { row, col: target.col }, data, value: num(d.value), source } as const;
          }
        }
      }
      return;
    }
  },
});

