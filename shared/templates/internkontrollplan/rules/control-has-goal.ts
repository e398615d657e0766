// "Av den färdiga internkontrollplanen ska följande framgå: Mål, Processer, Arbetssätt,
// Systematiska kontroller, Metoder för kontroll av de systematiska kontrollerna, Kontrollansvarig."
// — 4.2 Intern kontrollplan (VP 2022, 001 rad 135–142). Planen grupperar kontrollerna under
// KF-målen som rubriker ("1.1 I Stockholm är människor självförsörjande …", 001 rad 1359–1640) eller
// i en egen Mål-kolumn; en kontroll ovanför första rubriken och utan eget mål hör inte till något mål.
import { defineRule, type RuleContext } from '../../../engine';
import { type IkpLayout, handelseAt } from '../layout';

export default defineRule({
  meta: {
    id: 'internkontrollplan/control-has-goal',
    severity: 'error',
    docs: {
      sv: 'Varje kontroll står under ett KF-mål: en målrubrik ovanför eller ett ifyllt Mål på raden.',
      en: 'Every control sits under a KF goal: a goal heading above it or a filled-in Mål on its row.',
      source: '"Av den färdiga internkontrollplanen ska följande framgå: Mål, …" (001 rad 135–142); KF-målen som grupprubriker (001 rad 1359–1640)',
    },
    messages: {
      noGoal: {
        sv: 'Kontrollen för "{{handelse}}" står inte under något KF-mål. Av internkontrollplanen ska målet framgå; skriv målrubriken ovanför (t.ex. "1.1 I Stockholm är människor självförsörjande …") eller fyll i Mål.',
        en: 'The control for "{{handelse}}" sits under no KF goal. The plan must show the goal; write the goal heading above it (e.g. "1.1 I Stockholm är människor självförsörjande …") or fill in Mål.',
      },
    },
  },
  *check({ sheet, layout }: RuleContext<IkpLayout>) {
    const c = layout.columns;
    // A plan with neither headings nor a Mål column lacks the column as such: has-required-columns says so once.
    if (c.mal === undefined && layout.goalRows.length === 0) return;
    const first = Math.min(...(Object.values(c) as number[]));
    for (const { row, goal } of layout.rows) {
      if (goal !== undefined && goal !== '') continue;
      yield { messageId: 'noGoal', cell: { row, col: c.mal ?? first }, data: { handelse: handelseAt(sheet, row, c).text } } as const;
    }
  },
});
