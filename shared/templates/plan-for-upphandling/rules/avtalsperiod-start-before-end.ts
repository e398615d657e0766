// "Avtalsperiod inkl förlängningsoptioner" — kolumnrubriken (PLAN FÖR UPPHANDLING 2022, 001 rad
// 2336–2340), och "Med kontraktsvärde avses det sammanlagda värdet som kan komma att betalas ut
// enligt ett kontrakt inklusive eventuella optioner." En avtalsperiod har ett slut (med optioner),
// som inte ligger före starten; "Inte bestämt" är ett uttryckligt svar och godtas.
import { defineRule, fold, type RuleContext } from '../../../engine';
import type { UpphandlingLayout } from '../layout';
import { readPeriod, UNDECIDED } from '../../../engine';

export default defineRule({
  meta: {
    id: 'plan-for-upphandling/avtalsperiod-start-before-end',
    severity: 'error',
    docs: {
      sv: 'Avtalsperioden anges med start och slut (inklusive förlängningsoptioner), och slutet ligger inte före starten.',
      en: 'The contract period gives a start and an end (including extension options), and the end is not before the start.',
      source: 'Kolumnrubriken "Avtalsperiod inkl förlängningsoptioner" och "… inklusive eventuella optioner" (001 rad 2302–2340)',
    },
    messages: {
      missingEnd: {
        sv: 'Avtalsperioden "{{text}}" saknar slutdatum. Ange hela perioden inklusive förlängningsoptioner, t.ex. "2023-09-01 - 2027-08-31".',
        en: 'The contract period "{{text}}" has no end date. Give the whole period including extension options, e.g. "2023-09-01 - 2027-08-31".',
      },
      endBeforeStart: {
        sv: 'Avtalsperioden slutar {{end}}, före starten {{start}}.',
        en: 'The contract period ends {{end}}, before its start {{start}}.',
      },
      notAPeriod: {
        sv: '"{{text}}" går inte att läsa som en avtalsperiod; skriv "ÅÅÅÅ-MM-DD - ÅÅÅÅ-MM-DD" eller "Inte bestämt".',
        en: '"{{text}}" cannot be read as a contract period; write "YYYY-MM-DD - YYYY-MM-DD" or "Inte bestämt" (not decided).',
      },
    },
  },
  *check({ sheet, layout }: RuleContext<UpphandlingLayout>) {
    const col = layout.columns.avtalsperiod;
    if (col === undefined) return;
    for (const row of layout.rows) {
      const text = sheet.text(row, col);
      if (text === '' || UNDECIDED.test(fold(text))) continue;
      const r = readPeriod(text);
      const cell = { row, col };
      if (r.kind === 'open') yield { messageId: 'missingEnd', cell, data: { text } } as const;
      else if (r.kind === 'reversed') yield { messageId: 'endBeforeStart', cell, data: { start: r.start, end: r.end } } as const;
      else if (r.kind === 'unreadable') yield { messageId: 'notAPeriod', cell, data: { text } } as const;
    }
  },
});
