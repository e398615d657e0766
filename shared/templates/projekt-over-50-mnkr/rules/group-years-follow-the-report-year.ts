// "1 och 2 Ackumulerad kostnad resp. intäkt t.o.m. 2020 för projektet." — anvisningen (T1 2021,
// seed 000 rad 20), over the group headers "Ack. t.o.m. 2020 | 2021 | 2022 | 2023 | 2024 | 2025"
// (000 rad 31–34; T1 2020 every year −1, 003 rad 1–34; VP 2022 "Ack. t.o.m. 2021 | 2022 | …", 001
// rad 1827–1831). In the report for year N the accumulated pair runs to N−1, the Budget/Prognos
// group is N and every later group the next year: a header year off that sequence files the
// amounts under it in the wrong year.
import { defineRule, type RuleContext } from '../../../engine';
import type { ProjektLayout } from '../layout';
import { groupColumnNumbers, groupHeaderCells, yearGroups } from '../year-groups';

const messages = {
  wrongYear: {
    sv: 'Gruppens rubrik säger {{actual}}, men i rapporten för {{reportYear}} ska kolumnerna {{columns}} gälla {{expected}} (Ack. t.o.m. året före, sedan år för år).',
    en: 'The group header says {{actual}}, but in the report for {{reportYear}} columns {{columns}} are for {{expected}} (Ack. up to the year before, then year by year).',
  },
} as const;

export default defineRule({
  meta: {
    id: 'projekt-over-50-mnkr/group-years-follow-the-report-year',
    severity: 'error',
    docs: {
      sv: 'Gruppernas årtal följer rapportåret: "Ack. t.o.m." året före, Budget/Prognos rapportåret och varje senare grupp nästa år.',
      en: 'The group years follow the report year: "Ack. t.o.m." the year before, Budget/Prognos the report year and each later group the next year.',
      source: 'Anvisningen "1 och 2 Ackumulerad kostnad resp. intäkt t.o.m. 2020 för projektet." och gruppraden "Ack. t.o.m. 2020 | 2021 | … | 2025" (T1 2021, 000 rad 20, 31–34; T1 2020, 003 rad 1–34; VP 2022, 001 rad 1827–1831)',
    },
    messages,
  },
  *check({ layout, edition }: RuleContext<ProjektLayout>) {
    const groups = yearGroups(layout.pairs);
    const current = groups.findIndex((g) => g.includes(layout.budget));
    if (current < 0) return;
    // The group's place counted from the Budget group; Ack. is the year before whatever its place.
    const offset = (index: number) => (groups[index]![0]!.phase === 'ack' ? -1 : index - current);
    const reportYear = edition.year ?? mostCommon(groups.flatMap((g, i) => (g[0]!.year === undefined ? [] : [g[0]!.year - offset(i)])));
    if (reportYear === undefined) return;
    for (const [index, group] of groups.entries()) {
      const first = group[0]!;
      const expected = reportYear + offset(index);
      if (first.year === undefined || first.year === expected) continue;
      yield {
        messageId: 'wrongYear',
        cell: first.yearCell,
        related: groupHeaderCells(layout.kindRow, group),
        data: {
          actual: String(first.year),
          expected: String(expected),
          reportYear: String(reportYear),
          columns: groupColumnNumbers(group),
        },
      } as const;
    }
  },
});

function mostCommon(values: readonly number[]): number | undefined {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: number | undefined;
  for (const [v, n] of counts) if (best === undefined || n > counts.get(best)!) best = v;
  return best;
}
