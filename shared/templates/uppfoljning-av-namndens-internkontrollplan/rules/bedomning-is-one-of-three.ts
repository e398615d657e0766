// "Nämnden ska bedöma huruvida den interna kontrollen under året varit tillräcklig, delvis
// tillräcklig eller otillräcklig." — System för intern kontroll, 4.3.2 Uppföljning av intern
// kontrollplan i verksamhetsberättelsen (VP 2022, 001 rad 154–156); VB 2019 skriver under rubriken
// "Bedömning av nämndens interna kontroll": "Tillräcklig" (002 rad 555–557).
import { checks, defineRule, type RuleContext } from '../../../engine';
import type { FollowUpLayout } from '../layout';

const CHOICES = ['Tillräcklig', 'Delvis tillräcklig', 'Otillräcklig'];

const choice = checks.choiceCells<FollowUpLayout>({
  id: 'uppfoljning-av-namndens-internkontrollplan/bedomning-is-one-of-three',
  docs: { sv: '', en: '', source: '' },
  cells: ({ layout }) => (layout.bedomning ? [layout.bedomning.value] : []),
  choices: CHOICES,
});

export default defineRule({
  meta: {
    id: 'uppfoljning-av-namndens-internkontrollplan/bedomning-is-one-of-three',
    severity: 'error',
    docs: {
      sv: 'Under "Bedömning av nämndens interna kontroll" står Tillräcklig, Delvis tillräcklig eller Otillräcklig.',
      en: 'Under "Bedömning av nämndens interna kontroll" it says Tillräcklig, Delvis tillräcklig or Otillräcklig (sufficient, partly sufficient, insufficient).',
      source: '"Nämnden ska bedöma huruvida den interna kontrollen under året varit tillräcklig, delvis tillräcklig eller otillräcklig." (001 rad 155–156); VB 2019 002 rad 555–557',
    },
    messages: {
      missing: {
        sv: 'Bedömningen saknas. "Nämnden ska bedöma huruvida den interna kontrollen under året varit tillräcklig, delvis tillräcklig eller otillräcklig": skriv {{choices}}.',
        en: "The assessment is missing. The nämnd must judge the year's internal control as sufficient, partly sufficient or insufficient: write {{choices}}.",
      },
      notAllowed: {
        sv: 'Bedömningen "{{text}}" är inget av de tre omdömena {{choices}} som instruktionen anger.',
        en: 'The assessment "{{text}}" is none of the three verdicts {{choices}} the instruction allows.',
      },
      missingSection: {
        sv: 'Rubriken "Bedömning av nämndens interna kontroll" med nämndens bedömning saknas ovanför uppföljningen.',
        en: 'The heading "Bedömning av nämndens interna kontroll" with the nämnd\'s assessment is missing above the follow-up.',
      },
    },
  },
  *check(ctx: RuleContext<FollowUpLayout>) {
    if (!ctx.layout.bedomning) {
      yield { messageId: 'missingSection', cell: { row: ctx.layout.headerRow, col: ctx.layout.columns.kontrollaktivitet } } as const;
      return;
    }
    yield* choice.check(ctx);
  },
});
