// "I samband med verksamhetsberättelsen ska nämnden följa upp det interna kontrollarbetet. Varje
// genomförd kontroll i internkontroll-planen ska dokumenteras och analyseras." — 4.3.2 (VP 2022,
// 001 rad 154–155). Uppföljningen visar per kontroll "Process: … Arbetssätt | Systematiska
// kontroller | Kontrollaktivitet" (VB 2019, 002 rad 590–1100), som planen den följer upp.
import { checks, reworded } from '../../../engine';
import type { FollowUpLayout } from '../layout';

export default reworded(
  checks.requiredCells<FollowUpLayout>({
    id: 'uppfoljning-av-namndens-internkontrollplan/required-fields',
    severity: 'warning',
    docs: {
      sv: 'Varje uppföljd kontroll anger Process, Arbetssätt, Systematiska kontroller och Kontrollaktivitet (ifyllda eller sammanslagna med raden ovanför).',
      en: 'Every control followed up gives Process, Arbetssätt, Systematiska kontroller and Kontrollaktivitet (filled in, or merged with the row above).',
      source: '"Varje genomförd kontroll i internkontroll-planen ska dokumenteras och analyseras." (001 rad 154–155); uppställningen i VB 2019 (002 rad 590–1100)',
    },
    cells: ({ layout }) => {
      const c = layout.columns;
      const fields = [
        [c.process, 'Process'],
        [c.arbetssatt, 'Arbetssätt'],
        [c.systematiska, 'Systematiska kontroller'],
        [c.kontrollaktivitet, 'Kontrollaktivitet'],
      ] as const;
      return layout.rows.flatMap((row) => fields.flatMap(([col, field]) => (col === undefined ? [] : [{ cell: { row, col }, field }])));
    },
  }),
  {
    missing: {
      sv: '"{{field}}" saknas för kontrollen. Uppföljningen ska visa vilken kontroll i internkontrollplanen resultatet gäller.',
      en: '"{{field}}" is missing for the control. The follow-up must show which control of the plan the result belongs to.',
    },
  },
);
