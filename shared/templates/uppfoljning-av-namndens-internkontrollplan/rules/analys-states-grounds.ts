// "Grunden för nämndens bedömning ska framgå." — System för intern kontroll, 4.3.2 (VP 2022, 001
// rad 156). VB 2019 skriver grunden under "Analys" direkt efter bedömningen (002 rad 559–585).
import { defineRule, type RuleContext } from '../../../engine';

import type { FollowUpLayout } from '../layout';

export default defineRule({
  meta: {
    id: 'uppfoljning-av-namndens-internkontrollplan/analys-states-grounds',
    severity: 'error',
    docs: {
      sv: 'Bedömningen följs av en analys som anger grunden för den.',
      en: 'The assessment is followed by an analysis that gives its grounds.',
      source: '"Grunden för nämndens bedömning ska framgå." (001 rad 156); "Analys" i VB 2019 (002 rad 559)',
    },
    messages: {
      missingGrounds: {
        sv: 'Analysen är tom. "Grunden för nämndens bedömning ska framgå."',
        en: 'The analysis is empty. The grounds for the assessment must be stated.',
      },
      missingAnalys: {
        sv: 'Ingen "Analys" följer bedömningen. "Grunden för nämndens bedömning ska framgå."',
        en: 'No "Analys" follows the assessment. The grounds for the assessment must be stated.',
      },
    },
  },
  *check({ sheet, layout }: RuleContext<FollowUpLayout>) {
    const { analys, bedomning } = layout;
    if (analys) {
      if (sheet.isBlank(analys.value.row, analys.value.col)) yield { messageId: 'missingGrounds', cell: analys.value, related: [analys.label] } as const;
    } else if (bedomning) {
      yield { messageId: 'missingAnalys', cell: { row: bedomning.value.row + 1, col: bedomning.label.col }, related: [bedomning.value] } as const;
    }
  },
});
