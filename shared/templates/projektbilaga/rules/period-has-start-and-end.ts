// "Start och avslutsdatum: januari 2020 - juni 2022" — fältet i Projektbilagan (002 rad 288–553,
// 003 rad 553–825, 000 rad 1222–1545, 001 rad 3208–3491; en gång "Start och slutdatum"). Fältet
// anger båda datumen, och ett projekt kan inte sluta innan det börjar (templates.md §T20: "start ≤
// end"). "augusti 2018 - löpande" (VB 2019, FINSAM-Team Jobbtorg) saknar avslutsdatum.
import { defineRule, type RuleContext } from '../../../engine';
import type { ProjektbilagaLayout } from '../layout';
import { readPeriod } from '../period';
import { fieldCell, projectName } from '../rows';

export default defineRule({
  meta: {
    id: 'projektbilaga/period-has-start-and-end',
    severity: 'error',
    docs: {
      sv: '"Start och avslutsdatum" anger projektets start och slut (månad och år räcker), och slutet ligger inte före starten.',
      en: '"Start och avslutsdatum" gives the project’s start and end (month and year suffice), and the end is not before the start.',
      source: 'Projektbilagans fält "Start och avslutsdatum:" (002 rad 288–553, 003 rad 553–825, 000 rad 1222–1545, 001 rad 3208–3491); templates.md §T20 "start ≤ end"',
    },
    messages: {
      missing: {
        sv: '{{project}}: start- och avslutsdatum saknas.',
        en: '{{project}}: the start and end dates are missing.',
      },
      notAPeriod: {
        sv: '{{project}}: "{{text}}" går inte att läsa som start och slut; skriv t.ex. "januari 2021 - juni 2022".',
        en: '{{project}}: "{{text}}" cannot be read as a start and an end; write e.g. "januari 2021 - juni 2022".',
      },
      openEnded: {
        sv: '{{project}}: "{{text}}" saknar avslutsdatum. Ange när projektet slutar (eller när finansieringen löper ut).',
        en: '{{project}}: "{{text}}" has no end date. Give when the project ends (or when its funding runs out).',
      },
      endBeforeStart: {
        sv: '{{project}}: avslutet {{end}} ligger före starten {{start}}.',
        en: '{{project}}: the end {{end}} is before the start {{start}}.',
      },
    },
  },
  *check({ sheet, layout }: RuleContext<ProjektbilagaLayout>) {
    for (const row of layout.projectRows) {
      const f = fieldCell(sheet, layout, row, 'period');
      if (!f) continue;
      const project = projectName(sheet, layout, row);
      if (f.blank) {
        yield { messageId: 'missing', cell: f.cell, data: { project } } as const;
        continue;
      }
      const p = readPeriod(f.text);
      if (p.kind === 'notAPeriod') yield { messageId: 'notAPeriod', cell: f.cell, data: { project, text: f.text } } as const;
      else if (p.kind === 'endBeforeStart') yield { messageId: 'endBeforeStart', cell: f.cell, data: { project, start: p.start, end: p.end } } as const;
      else if (p.period.end === undefined) yield { messageId: 'openEnded', cell: f.cell, data: { project, text: f.text } } as const;
    }
  },
});
