// "Nyckeltal 2018" står bredvid "Nyckeltal 2019" (Verksamhetsberättelse 2019, 002 rad 1–286) och
// skrivs av från förra årets blankett; katalogen: "Previous-year values are typed in and are
// candidates for auto-fill from last year's file." Värdet hämtas ur förra årets arbetsbok, ur
// samma nyckeltals cell för det året, och källan anges.
import { defineFill, type FillContext } from '../../../engine';
import { isBlank, toA1 } from '../../../grid';
import { displayOf, shown } from '../display';
import { resolveLayout, type NyckeltalLayout } from '../layout';

const id = 'nyckeltal/previous-year-from-last-report';

export default defineFill({
  meta: {
    id,
    docs: {
      sv: 'Hämtar föregående års nyckeltal ur förra årets arbetsbok.',
      en: 'Takes the previous year’s nyckeltal from last year’s workbook.',
      source: 'Kolumnen "Nyckeltal 2018" bredvid "Nyckeltal 2019" (002 rad 1–286)',
    },
    messages: {
      fromPrevious: {
        sv: 'Nyckeltal {{nt}} för {{year}} var {{value}} i {{file}} ({{sheet}}!{{cell}}).',
        en: 'Nyckeltal {{nt}} for {{year}} was {{value}} in {{file}} ({{sheet}}!{{cell}}).',
      },
    },
  },
  *plan({ sheet, layout, sources }: FillContext<NyckeltalLayout>) {
    const previous = sources.previous;
    if (!previous) return;
    const last = new Map<string, { sheet: string; row: number; col: number; value: number }>();
    for (const s of previous.workbook.sheets) {
      const l = resolveLayout(s);
      for (const b of l?.blocks ?? []) {
        const t = b.table;
        const v = t?.current ? s.value(t.dataRow, t.current.col) : undefined;
        if (t?.current?.year !== undefined && v?.kind === 'number') last.set(`${b.id}/${t.current.year}`, { sheet: s.name, row: t.dataRow, col: t.current.col, value: v.value });
      }
    }
    for (const block of layout.blocks) {
      const t = block.table;
      if (!t?.previous || t.previous.year === undefined) continue;
      const found = last.get(`${block.id}/${t.previous.year}`);
      if (!found) continue;
      const here = sheet.cell(t.dataRow, t.previous.col);
      if (!isBlank(here) && here.value.kind === 'number' && here.value.value === found.value) continue;
      const d = displayOf(here) ?? displayOf(previous.workbook.sheet(found.sheet)!.cell(found.row, found.col)) ?? { decimals: 3, percent: false };
      yield {
        messageId: 'fromPrevious',
        cell: { row: t.dataRow, col: t.previous.col },
        value: { kind: 'number', value: found.value },
        data: { nt: block.id, year: String(t.previous.year), value: shown(found.value, d), file: previous.file, sheet: found.sheet, cell: toA1(found.row, found.col) },
        source: { kind: 'previous-workbook', file: previous.file, sheet: found.sheet, cell: toA1(found.row, found.col) },
      } as const;
    }
  },
});
