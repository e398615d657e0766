// "Varje genomförd kontroll i internkontroll-planen ska dokumenteras och analyseras." — 4.3.2 (VP
// 2022, 001 rad 154–155). Resultaten redovisar stickproven per enhet: "Kontroll har genomförts på
// följande fem enheter … På en enhet … På tre enheter … På en enhet …" (VB 2019, 002 rad 819–908).
// Delarna ska gå upp i det angivna antalet, annars saknas en enhets resultat eller räknas två gånger.
import { defineRule, textAt, type RuleContext } from '../../../engine';
import type { FollowUpLayout } from '../layout';
import { unitCounts } from '../result-texts';

export default defineRule({
  meta: {
    id: 'uppfoljning-av-namndens-internkontrollplan/unit-counts-add-up',
    severity: 'warning',
    docs: {
      sv: 'När ett resultat anger antalet kontrollerade enheter och sedan utfallet per grupp av enheter ("På två enheter …"), går grupperna upp i antalet.',
      en: 'When a result states how many units were checked and then the outcome per group of units ("På två enheter …"), the groups add up to that number.',
      source: '"Varje genomförd kontroll i internkontroll-planen ska dokumenteras och analyseras." (001 rad 154–155); resultaten i VB 2019 (002 rad 819–908)',
    },
    messages: {
      countsDontAddUp: {
        sv: 'Resultatet anger {{total}} enheter, men utfallen per enhet ({{parts}}) blir {{sum}}. Redovisa resultatet för varje kontrollerad enhet en gång.',
        en: 'The result states {{total}} units, but the outcomes per unit ({{parts}}) add up to {{sum}}. Report the result of each unit checked once.',
      },
    },
  },
  *check({ sheet, layout }: RuleContext<FollowUpLayout>) {
    for (const row of layout.rows) {
      const counts = unitCounts(textAt(sheet, row, layout.columns.resultat));
      if (!counts || counts.parts.length < 2) continue;
      const sum = counts.parts.reduce((a, b) => a + b, 0);
      if (sum !== counts.total) {
        yield { messageId: 'countsDontAddUp', cell: { row, col: layout.columns.resultat }, data: { total: counts.total, parts: counts.parts.join(' + '), sum } } as const;
      }
    }
  },
});
