// "Mallen ska användas av nämnden för sammanställningen av de upphandlingar som nämnden planerar
// att påbörja under året. … Med påbörjad upphandling avses en upphandling där själva arbetet med
// exempelvis behovs- och marknadsanalys eller att ta fram ett förfrågningsunderlag planeras att
// starta under året." — Anvisningar (PLAN FÖR UPPHANDLING 2022, 001 rad 2302–2330).
import { defineRule, fold, type RuleContext } from '../../../engine';
import type { UpphandlingLayout } from '../layout';
import { readPeriod } from '../../../engine';

const STARTED = /^(pagaende|pagar|paborjad|startad|redan )/;

export default defineRule({
  meta: {
    id: 'plan-for-upphandling/planerad-start-in-plan-year',
    severity: 'error',
    docs: {
      sv: '"Planerad start av upphandling" är en tidpunkt under planåret (t.ex. "VT 2022", "HT 2022"), inte en upphandling som redan pågår.',
      en: '"Planerad start av upphandling" is a time within the plan year (e.g. "VT 2022", "HT 2022"), not a procurement already under way.',
      source: '"… de upphandlingar som nämnden planerar att påbörja under året." och "Med påbörjad upphandling avses …" (001 rad 2302–2330)',
    },
    messages: {
      alreadyStarted: {
        sv: '"{{text}}": planen gäller "de upphandlingar som nämnden planerar att påbörja under året" {{year}}. En pågående upphandling hör inte hit; ange när arbetet startar, t.ex. "VT {{year}}".',
        en: '"{{text}}": the plan lists the procurements the nämnd plans to start during {{year}}. One already under way does not belong here; give when the work starts, e.g. "VT {{year}}".',
      },
      notInPlanYear: {
        sv: 'Planerad start "{{text}}" ligger utanför planåret {{year}}; planen gäller upphandlingar som påbörjas under året.',
        en: 'The planned start "{{text}}" lies outside the plan year {{year}}; the plan lists procurements started during the year.',
      },
      notATerm: {
        sv: '"{{text}}" går inte att läsa som en tidpunkt; skriv t.ex. "VT {{year}}", "HT {{year}}" eller ett datum.',
        en: '"{{text}}" cannot be read as a time; write e.g. "VT {{year}}", "HT {{year}}" or a date.',
      },
    },
  },
  *check({ sheet, layout, edition }: RuleContext<UpphandlingLayout>) {
    const col = layout.columns.start;
    const year = layout.year ?? edition.year;
    if (col === undefined || year === undefined) return;
    for (const row of layout.rows) {
      const text = sheet.text(row, col);
      if (text === '') continue;
      const cell = { row, col };
      const data = { text, year: String(year) };
      if (STARTED.test(fold(text))) {
        yield { messageId: 'alreadyStarted', cell, data } as const;
        continue;
      }
      const r = readPeriod(text);
      if (r.kind !== 'period') {
        yield { messageId: 'notATerm', cell, data } as const;
        continue;
      }
      const { start, end } = r.period;
      if (start > `${year}-12-31` || (end ?? start) < `${year}-01-01`) yield { messageId: 'notInPlanYear', cell, data } as const;
    }
  },
});
