// "Projektets budget: 25,6 miljoner kr / Nämndens medfinansiering: 13,6 miljoner kr" — varje projekt
// i Projektbilagan (VB 2019, 002 rad 288–553; T1 2020, 003 rad 553–825; T1 2021, 000 rad 1222–1545;
// VP 2022, 001 rad 3208–3491). Medfinansieringen är nämndens andel av projektets budget och kan inte
// vara större än den (templates.md §T20: "medfinansiering ≤ budget, in the same currency"). Belopp
// i olika valutor, eller utan enhet, jämförs inte: ingen kurs eller skala går att anta.
import { defineRule, type RuleContext } from '../../../engine';
import type { ProjektbilagaLayout } from '../layout';
import { moneyAt, projectName } from '../rows';

export default defineRule({
  meta: {
    id: 'projektbilaga/medfinansiering-within-budget',
    severity: 'error',
    docs: {
      sv: 'Nämndens medfinansiering är högst projektets budget, i samma valuta.',
      en: "The nämnd's co-financing is at most the project's budget, in the same currency.",
      source: 'Projektbilagans fält "Projektets budget:" och "Nämndens medfinansiering:" (002 rad 288–553, 003 rad 553–825, 000 rad 1222–1545, 001 rad 3208–3491)',
    },
    messages: {
      overBudget: {
        sv: '{{project}}: nämndens medfinansiering "{{medfinansiering}}" är större än projektets budget "{{budget}}"; medfinansieringen är nämndens andel av budgeten.',
        en: '{{project}}: the co-financing "{{medfinansiering}}" is larger than the project budget "{{budget}}"; the co-financing is the nämnd’s share of the budget.',
      },
    },
  },
  *check({ sheet, layout }: RuleContext<ProjektbilagaLayout>) {
    for (const row of layout.projectRows) {
      const m = moneyAt(sheet, layout, row, 'medfinansiering');
      const b = moneyAt(sheet, layout, row, 'budget');
      if (!m?.money || !b?.money || m.money.value === 0) continue;
      if (m.money.currency === undefined || m.money.currency !== b.money.currency) continue;
      if (m.money.value <= b.money.value) continue;
      yield {
        messageId: 'overBudget',
        cell: m.field.cell,
        related: [b.field.cell],
        data: { project: projectName(sheet, layout, row), medfinansiering: m.field.text, budget: b.field.text },
      } as const;
    }
  },
});
