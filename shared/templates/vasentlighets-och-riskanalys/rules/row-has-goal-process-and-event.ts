// "Nämnden ska identifiera de viktigaste processerna för att uppnå kommunfullmäktiges mål för
// verksamhetsområdena. … Utifrån processerna ska oönskade händelser identifieras." (VP 2022, 001
// rad 4–6) och stegen "Identifiering av processer och arbetssätt" och "Identifiera oönskade
// händelser … identifieras och beskrivs" (001 rad 117–124). Varje rad i VoR:en är alltså en
// beskriven oönskad händelse i ett arbetssätt, en process och under ett KF-mål: ifyllda, eller
// sammanslagna med raden ovanför (exporten slår ihop KF-mål, Process och Arbetssätt nedåt).
import { checks, reworded } from '../../../engine';
import type { VorLayout } from '../layout';

export default reworded(
  checks.requiredCells<VorLayout>({
    id: 'vasentlighets-och-riskanalys/row-has-goal-process-and-event',
    // As internkontrollplan/required-fields: a blank that was a lost merge is a likely reading.
    severity: 'warning',
    docs: {
      sv: 'Varje rad har KF-mål, Process, Arbetssätt och en beskriven oönskad händelse; en fortsättningsrad har cellen sammanslagen med raden ovanför.',
      en: 'Every row has a KF goal, Process, Arbetssätt and a described undesired event; a continuation row has the cell merged with the row above.',
      source: '"Nämnden ska identifiera de viktigaste processerna för att uppnå kommunfullmäktiges mål … Utifrån processerna ska oönskade händelser identifieras." (001 rad 4–6); "Identifiering av processer och arbetssätt", "Identifiera oönskade händelser … identifieras och beskrivs" (001 rad 117–124)',
    },
    cells: ({ layout }) => {
      const c = layout.columns;
      const fields = [
        [c.mal, 'KF:s mål för verksamhetsområdet'],
        [c.process, 'Process'],
        [c.arbetssatt, 'Arbetssätt'],
        [c.handelse, 'Oönskad händelse'],
      ] as const;
      return layout.rows.flatMap((row) => fields.flatMap(([col, field]) => (col === undefined ? [] : [{ cell: { row, col }, field }])));
    },
  }),
  {
    missing: {
      sv: '"{{field}}" saknas på raden. Varje oönskad händelse identifieras utifrån en process och ett arbetssätt under ett KF-mål och beskrivs; hör raden till samma {{field}} som raden ovanför, slå ihop cellerna.',
      en: '"{{field}}" is missing on the row. Every undesired event is identified from a process and a working method under a KF goal, and described; if the row continues the {{field}} of the row above, merge the cells.',
    },
  },
);
