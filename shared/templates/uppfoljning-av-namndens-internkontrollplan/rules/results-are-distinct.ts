// "Varje genomförd kontroll i internkontroll-planen ska dokumenteras och analyseras." — System för
// intern kontroll, 4.3.2 (VP 2022, 001 rad 154–155). Varje kontroll dokumenteras för sig; i VB 2019
// upprepar "Kontroll av bokförda värden" resultatet för "Projektredovisning" nästan ord för ord
// (002 rad 838–857), så den ena kontrollens resultat går inte att skilja från den andras.
import { defineRule, textAt, type RuleContext } from '../../../engine';
import { percent } from '../../../locale';
import type { FollowUpLayout } from '../layout';
import { jaccard, trigrams } from '../result-texts';

/** Shared word trigrams above which two results read as one copied text (VB 2019: 74 %; the next pair 27 %). */
const COPIED = 0.5;
/** Short results ("Inga avvikelser har hittats.") may rightly be the same for different controls. */
const MIN_TRIGRAMS = 12;

export default defineRule({
  meta: {
    id: 'uppfoljning-av-namndens-internkontrollplan/results-are-distinct',
    severity: 'warning',
    docs: {
      sv: 'Varje kontrollaktivitet har sitt eget resultat; ett resultat som till stor del är en kopia av en annan kontrolls resultat flaggas.',
      en: "Every control activity has its own result; a result that largely copies another control's result is flagged.",
      source: '"Varje genomförd kontroll i internkontroll-planen ska dokumenteras och analyseras." (001 rad 154–155)',
    },
    messages: {
      copiedResult: {
        sv: 'Resultatet för "{{aktivitet}}" är till {{share}} samma text som resultatet för "{{other}}". Varje kontroll ska dokumenteras för sig; beskriv vad just denna kontroll visade.',
        en: 'The result for "{{aktivitet}}" is {{share}} the same text as the result for "{{other}}". Each control is documented on its own; describe what this control showed.',
      },
    },
  },
  *check({ sheet, layout }: RuleContext<FollowUpLayout>) {
    const { kontrollaktivitet, resultat } = layout.columns;
    const seen: { row: number; grams: Set<string> }[] = [];
    for (const row of layout.rows) {
      const grams = trigrams(textAt(sheet, row, resultat));
      if (grams.size < MIN_TRIGRAMS) continue;
      const twin = seen.map((s) => ({ s, share: jaccard(grams, s.grams) })).find((x) => x.share >= COPIED);
      if (twin) {
        const data = { aktivitet: textAt(sheet, row, kontrollaktivitet), other: textAt(sheet, twin.s.row, kontrollaktivitet), share: percent(twin.share) };
        yield { messageId: 'copiedResult', cell: { row, col: resultat }, related: [{ row: twin.s.row, col: resultat }], data } as const;
      }
      seen.push({ row, grams });
    }
  },
});
