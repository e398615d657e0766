// The plan's activities stand in three tables, each under its heading: "Aktiviteter för
// Arbetsmarknadsnämnden", "Aktiviteter föreningsbidrag och upplåtande av lokaler eller öppna rum"
// and "Kompetenshöjande aktiviteter" (templates.md §T15; 003 rad 455–545, 000 rad 559–727, 001 rad
// 3092–3190). A table whose heading is gone no longer says which kind of activities it lists.
import { defineRule, type RuleContext } from '../../../engine';
import type { VbeLayout } from '../layout';

export default defineRule({
  meta: {
    id: 'handlingsplan-mot-valdsbejakande-extremism/every-table-has-heading',
    severity: 'warning',
    docs: {
      sv: 'Varje aktivitetstabell står under sin rubrik ("Aktiviteter för Arbetsmarknadsnämnden", "Aktiviteter föreningsbidrag …", "Kompetenshöjande aktiviteter").',
      en: 'Every activity table stands under its heading ("Aktiviteter för Arbetsmarknadsnämnden", "Aktiviteter föreningsbidrag …", "Kompetenshöjande aktiviteter").',
      source: 'Handlingsplanens tre aktivitetstabeller med rubriker (003 rad 455–545, 000 rad 559–727, 001 rad 3092–3190; templates.md §T15)',
    },
    messages: {
      missingHeading: {
        sv: 'Aktivitetstabellen på rad {{row}} saknar sin rubrik, så det framgår inte vilket slags aktiviteter den gäller. Skriv tillbaka rubriken ovanför tabellen.',
        en: 'The activity table on row {{row}} has lost its heading, so it no longer says which kind of activities it lists. Put the heading back above the table.',
      },
    },
  },
  *check({ layout }: RuleContext<VbeLayout>) {
    for (const t of layout.tables) {
      if (t.heading || t.headerRow === 0) continue;
      yield { messageId: 'missingHeading', cell: { row: t.headerRow - 1, col: t.columns.aktivitet }, related: [{ row: t.headerRow, col: t.columns.aktivitet }], data: { row: String(t.headerRow + 1) } } as const;
    }
  },
});
