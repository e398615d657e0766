// "1 och 2 Ackumulerad kostnad resp. intäkt t.o.m. 2020 för projektet." — anvisningen (T1 2021,
// seed 000 rad 20), with the group headers "Ack. t.o.m. 2020 | 2021 | 2022 | 2023 | 2024 | 2025 |
// Total" (000 rad 31–34). Every amount is tied to a year by the group header over its
// Kostnad/Intäkt pair. VP 2022 prints nine pairs but only "Ack. t.o.m. 2021 2022 2023 2024 2025"
// (001 rad 1827–1831): its last Prognos pair has no year, so nobody can tell which year the
// amounts in it are for.
import { defineRule, type RuleContext } from '../../../engine';
import type { ProjektLayout } from '../layout';
import { groupColumnNumbers, groupHeaderCells, yearGroups } from '../year-groups';

const messages = {
  missingYear: {
    sv: 'Kolumnerna {{columns}} ({{phase}}) saknar årtal i gruppens rubrik, så det framgår inte vilket år beloppen gäller. Skriv årtalet här (troligen {{guess}}).',
    en: 'Columns {{columns}} ({{phase}}) have no year in their group header, so it is unclear which year the amounts are for. Write the year here (probably {{guess}}).',
  },
} as const;

const PHASE = {
  ack: { sv: 'Ack. t.o.m.', en: 'accumulated' },
  budget: { sv: 'Budget', en: 'budget' },
  prognos: { sv: 'Prognos', en: 'forecast' },
  plan: { sv: 'Plan', en: 'plan' },
} as const;

export default defineRule({
  meta: {
    id: 'projekt-over-50-mnkr/every-pair-has-year-label',
    severity: 'error',
    docs: {
      sv: 'Varje par Kostnad/Intäkt (-) har ett årtal i gruppens rubrik ("Ack. t.o.m. 2020", "2021" …).',
      en: 'Every Kostnad/Intäkt (-) pair has a year in its group header ("Ack. t.o.m. 2020", "2021" …).',
      source: 'Gruppraden "Ack. t.o.m. 2020 | 2021 | … | 2025 | Total" och anvisningen "1 och 2 Ackumulerad kostnad resp. intäkt t.o.m. 2020 för projektet." (T1 2021, 000 rad 20, 31–34; VP 2022, 001 rad 1827–1831)',
    },
    messages,
  },
  *check({ layout, edition }: RuleContext<ProjektLayout>) {
    const groups = yearGroups(layout.pairs);
    // Consecutive groups are consecutive years (Ack. t.o.m. Y−1, Y, Y+1 …): the likely year of
    // an unlabelled group counts from any labelled one, else from the report year.
    const anchor = groups.findIndex((g) => g[0]!.year !== undefined);
    const currentIndex = groups.findIndex((g) => g.includes(layout.budget));
    const likely = (index: number): string => {
      if (anchor >= 0) return String(groups[anchor]![0]!.year! + index - anchor);
      if (edition.year !== undefined && currentIndex >= 0) return String(edition.year + index - currentIndex);
      return '–';
    };
    for (const [index, group] of groups.entries()) {
      const first = group[0]!;
      if (first.year !== undefined) continue;
      yield {
        messageId: 'missingYear',
        cell: first.yearCell,
        related: groupHeaderCells(layout.kindRow, group),
        data: {
          columns: groupColumnNumbers(group),
          phase: {
            sv: group.map((p) => PHASE[p.phase].sv).join(', '),
            en: group.map((p) => PHASE[p.phase].en).join(', '),
          },
          guess: likely(index),
        },
      } as const;
    }
  },
});
