// "Varje genomförd kontroll i internkontroll-planen ska dokumenteras och analyseras. … Vid
// eventuella avvikelser ska vidtagna åtgärder beskrivas." — System för intern kontroll, 4.3.2
// (VP 2022, 001 rad 154–156). En planerad kontroll som inte blev av är en avvikelse från planen:
// VB 2019 skriver bara "Ingen kontroll är genomförd." (002 rad 622–624), utan skäl eller åtgärd.
import { defineRule, fold, shownCell, textAt, type RuleContext } from '../../../engine';
import { isBlank } from '../../../grid';
import type { FollowUpLayout } from '../layout';

const NOT_PERFORMED = /\b(ingen kontroll|inga kontroller|(inte|ej) (har )?(kunnat )?(genomf|utf)|har (inte|ej) (kunnat )?(genomf|utf))/;
const REASON_OR_MEASURE = /\b(pa grund av|p\.?g\.?a|eftersom|orsak|skal(et)?\b|atgard|kommer att|planeras|genomfors (i stallet|under|i)|flyttas|senarelagts)/;

export default defineRule({
  meta: {
    id: 'uppfoljning-av-namndens-internkontrollplan/every-control-has-result',
    severity: 'error',
    docs: {
      sv: 'Varje kontrollaktivitet har en beskrivning och ett resultat; en kontroll som inte genomförts har skäl och åtgärd.',
      en: 'Every control activity has a description and result; a control not carried out states why and what is done about it.',
      source: '"Varje genomförd kontroll i internkontroll-planen ska dokumenteras och analyseras. … Vid eventuella avvikelser ska vidtagna åtgärder beskrivas." (001 rad 154–156)',
    },
    messages: {
      missingResult: {
        sv: 'Kontrollaktiviteten "{{aktivitet}}" saknar beskrivning och resultat. "Varje genomförd kontroll i internkontroll-planen ska dokumenteras och analyseras."',
        en: 'The control activity "{{aktivitet}}" has no description or result. Every control carried out must be documented and analysed.',
      },
      notPerformedWithoutReason: {
        sv: '"{{result}}" – den planerade kontrollen "{{aktivitet}}" genomfördes inte, och varken skäl eller åtgärd anges. "Vid eventuella avvikelser ska vidtagna åtgärder beskrivas."',
        en: '"{{result}}" – the planned control "{{aktivitet}}" was not carried out, and neither reason nor measure is given. Measures taken for any deviation must be described.',
      },
    },
  },
  *check({ sheet, layout }: RuleContext<FollowUpLayout>) {
    const { kontrollaktivitet, resultat } = layout.columns;
    for (const row of layout.rows) {
      const aktivitet = textAt(sheet, row, kontrollaktivitet);
      const cell = { row, col: resultat };
      if (isBlank(shownCell(sheet, row, resultat))) {
        yield { messageId: 'missingResult', cell, related: [{ row, col: kontrollaktivitet }], data: { aktivitet } } as const;
        continue;
      }
      const result = textAt(sheet, row, resultat);
      const folded = fold(result);
      if (NOT_PERFORMED.test(folded) && !REASON_OR_MEASURE.test(folded)) {
        yield { messageId: 'notPerformedWithoutReason', cell, related: [{ row, col: kontrollaktivitet }], data: { aktivitet, result } } as const;
      }
    }
  },
});
