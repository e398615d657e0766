// "1.6 Tidplan — Ange övergripande tidplan för insatsen." (Mall för ansökan – statsbidrag, T1
// 2021, 000 rad 1936–1938). En tidplan har en start och ett slut, och slutet ligger inte före
// starten; "Juli 2021 – april 2022" och "Start av projekt är 1 juni 2021 och planerat avslut av
// projektet är 30 april 2022" är båda läsbara.
import { defineRule, readPeriod, type RuleContext } from '../../../engine';
import type { StatsbidragLayout } from '../layout';

export default defineRule({
  meta: {
    id: 'ansokan-statsbidrag/tidplan-is-a-period',
    severity: 'warning',
    docs: {
      sv: 'Tidplanen under 1.6 anger start och slut, och slutet ligger inte före starten.',
      en: 'The timeline under 1.6 gives a start and an end, and the end is not before the start.',
      source: '"1.6 Tidplan — Ange övergripande tidplan för insatsen." (000 rad 1936–1938)',
    },
    messages: {
      missingEnd: {
        sv: 'Tidplanen "{{text}}" saknar slut; ange när insatsen avslutas.',
        en: 'The timeline "{{text}}" has no end; give when the measure ends.',
      },
      endBeforeStart: {
        sv: 'Tidplanen slutar {{end}}, före starten {{start}}.',
        en: 'The timeline ends {{end}}, before its start {{start}}.',
      },
      notAPeriod: {
        sv: '"{{text}}" går inte att läsa som en tidplan; skriv t.ex. "Juli 2021 – april 2022".',
        en: '"{{text}}" cannot be read as a timeline; write e.g. "Juli 2021 – april 2022".',
      },
    },
  },
  *check({ sheet, layout }: RuleContext<StatsbidragLayout>) {
    const f = layout.fields.tidplan;
    if (!f) return;
    const text = sheet.text(f.value.row, f.value.col);
    if (text === '') return;
    const r = readPeriod(text);
    if (r.kind === 'open') yield { messageId: 'missingEnd', cell: f.value, data: { text } } as const;
    else if (r.kind === 'reversed') yield { messageId: 'endBeforeStart', cell: f.value, data: { start: r.start, end: r.end } } as const;
    else if (r.kind === 'unreadable') yield { messageId: 'notAPeriod', cell: f.value, data: { text } } as const;
  },
});
