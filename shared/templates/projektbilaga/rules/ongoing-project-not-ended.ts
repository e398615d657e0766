// "Nedan beskrivs pågående större projekt …" — Projektbilagans inledning (T1 2021, 000 rad 1222–1230;
// lika i VB 2019, 002 rad 288, och T1 2020, 003 rad 553). Ett projekt som listas som pågående har
// inte slutat före rapportens datum (templates.md §T20: "A 'pågående' project must have end ≥ the
// report date"): T1 2021 listade Vux 2.0 med "december 2017 - februari 2021" per 30 april 2021.
// En förlängning ("förlängning till december 2021") räknas som slutet.
import { defineRule, type RuleContext } from '../../../engine';
import type { ProjektbilagaLayout } from '../layout';
import { lastDay, readPeriod } from '../period';
import { fieldCell, projectName } from '../rows';

export default defineRule({
  meta: {
    id: 'projektbilaga/ongoing-project-not-ended',
    severity: 'warning',
    docs: {
      sv: 'När bilagan beskriver pågående projekt slutar inget av dem före rapportens datum (tertialets eller årets sista dag).',
      en: 'When the annex describes ongoing projects, none of them ends before the report date (the last day of the tertial or year).',
      source: 'Inledningen "Nedan beskrivs pågående större projekt" (000 rad 1222–1230; 002 rad 288; 003 rad 553) och templates.md §T20 "A \'pågående\' project must have end ≥ the report date"',
    },
    messages: {
      endedBeforeReport: {
        sv: '{{project}} beskrivs som pågående men slutade {{end}} ("{{text}}"), före rapportens datum {{reportDate}}. Ange förlängningen, eller flytta projektet till avslutade.',
        en: '{{project}} is described as ongoing but ended {{end}} ("{{text}}"), before the report date {{reportDate}}. Give the extension, or move the project to the finished ones.',
      },
    },
  },
  *check({ sheet, layout }: RuleContext<ProjektbilagaLayout>) {
    const reportDate = layout.reportDate;
    if (!layout.listsOngoing || reportDate === undefined) return;
    for (const row of layout.projectRows) {
      const f = fieldCell(sheet, layout, row, 'period');
      if (!f || f.blank) continue;
      const p = readPeriod(f.text);
      const end = p.kind === 'period' ? lastDay(p.period) : undefined;
      if (end === undefined || end >= reportDate) continue;
      yield { messageId: 'endedBeforeReport', cell: f.cell, data: { project: projectName(sheet, layout, row), end, text: f.text, reportDate } } as const;
    }
  },
});
