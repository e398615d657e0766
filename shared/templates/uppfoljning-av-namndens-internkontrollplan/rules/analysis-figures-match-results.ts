// "Grunden för nämndens bedömning ska framgå." — 4.3.2 (VP 2022, 001 rad 156). Analysen bygger på
// kontrollernas resultat: VB 2019 skriver "kontroller inom området rättssäker betygssättning
// genomförts på 38 externa enheter" (002 rad 571) och resultatet "Det är totalt 38 enheter som har
// granskats" (002 rad 647). Ett antal enheter i analysen som inget resultat redovisar saknar grund.
import { defineRule, textAt, type RuleContext } from '../../../engine';
import type { FollowUpLayout } from '../layout';
import { unitFigures } from '../result-texts';

export default defineRule({
  meta: {
    id: 'uppfoljning-av-namndens-internkontrollplan/analysis-figures-match-results',
    severity: 'warning',
    docs: {
      sv: 'Antal enheter som analysen anger i siffror ("38 externa enheter") återfinns i något av kontrollernas resultat.',
      en: 'Unit counts the analysis gives in digits ("38 externa enheter") are found in one of the controls\' results.',
      source: '"Grunden för nämndens bedömning ska framgå." (001 rad 156); Analys och resultat i VB 2019 (002 rad 571 och 647)',
    },
    messages: {
      figureNotInResults: {
        sv: 'Analysen anger "{{figure}}", men inget av kontrollernas resultat redovisar {{count}} enheter. "Grunden för nämndens bedömning ska framgå."',
        en: 'The analysis says "{{figure}}", but none of the controls\' results reports {{count}} units. The grounds for the assessment must be shown.',
      },
    },
  },
  *check({ sheet, layout }: RuleContext<FollowUpLayout>) {
    const analys = layout.analys;
    if (!analys) return;
    const reported = new Set(layout.rows.flatMap((row) => unitFigures(textAt(sheet, row, layout.columns.resultat)).map((f) => f.count)));
    for (const f of unitFigures(textAt(sheet, analys.value.row, analys.value.col))) {
      if (!reported.has(f.count)) yield { messageId: 'figureNotInResults', cell: analys.value, data: { figure: f.figure, count: f.count } } as const;
    }
  },
});
