// "Tidplanen ska vara så exakt så möjligt och ange när projektet startade samt planerat avslut."
// — instruktionen (Innovationssatsningar, VP 2022, 001 rad 1839). En tidplan med bara årtal
// ("2018-2022") är inte så exakt som möjligt; en utan slut anger inget planerat avslut.
import { defineRule, readPeriod, type RuleContext } from '../../../engine';
import type { InnovationLayout } from '../layout';

export default defineRule({
  meta: {
    id: 'innovationssatsningar/tidplan-has-start-and-end',
    severity: 'warning',
    docs: {
      sv: 'Tidplanen anger start och planerat avslut, minst med månad, och avslutet ligger inte före starten.',
      en: 'The timeline gives the start and the planned end, at least to the month, and the end is not before the start.',
      source: '"Tidplanen ska vara så exakt så möjligt och ange när projektet startade samt planerat avslut." (001 rad 1839)',
    },
    messages: {
      yearsOnly: {
        sv: 'Tidplanen "{{text}}" anger bara årtal. "Tidplanen ska vara så exakt så möjligt": ange månad eller datum för start och avslut, t.ex. "augusti 2019 - juni 2022".',
        en: 'The timeline "{{text}}" gives years only. It must be as exact as possible: give the month or date of start and end, e.g. "augusti 2019 - juni 2022".',
      },
      missingEnd: {
        sv: 'Tidplanen "{{text}}" saknar planerat avslut; den ska "ange när projektet startade samt planerat avslut".',
        en: 'The timeline "{{text}}" has no planned end; it must give when the project started and its planned end.',
      },
      singlePoint: {
        sv: 'Tidplanen "{{text}}" anger en enda tidpunkt; ange både när projektet startade och planerat avslut.',
        en: 'The timeline "{{text}}" gives a single point in time; give both when the project started and its planned end.',
      },
      endBeforeStart: {
        sv: 'Tidplanens avslut {{end}} ligger före starten {{start}}.',
        en: 'The timeline ends {{end}}, before its start {{start}}.',
      },
      notAPeriod: {
        sv: '"{{text}}" går inte att läsa som en tidplan; skriv t.ex. "augusti 2019 - juni 2022" eller "2019-08-01 - 2022-06-30".',
        en: '"{{text}}" cannot be read as a timeline; write e.g. "augusti 2019 - juni 2022" or "2019-08-01 - 2022-06-30".',
      },
    },
  },
  *check({ sheet, layout }: RuleContext<InnovationLayout>) {
    const col = layout.columns.tidplan;
    if (col === undefined) return;
    for (const row of layout.rows) {
      const text = sheet.text(row, col);
      if (text === '') continue;
      const cell = { row, col };
      const r = readPeriod(text);
      if (r.kind === 'open') yield { messageId: 'missingEnd', cell, data: { text } } as const;
      else if (r.kind === 'reversed') yield { messageId: 'endBeforeStart', cell, data: { start: r.start, end: r.end } } as const;
      else if (r.kind === 'unreadable') yield { messageId: 'notAPeriod', cell, data: { text } } as const;
      else if (!r.ranged) yield { messageId: 'singlePoint', cell, data: { text } } as const;
      else if (r.period.precision === 'år' || r.period.startPrecision === 'år') yield { messageId: 'yearsOnly', cell, data: { text } } as const;
    }
  },
});
