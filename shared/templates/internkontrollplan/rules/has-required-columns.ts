// "Av den färdiga internkontrollplanen ska följande framgå: Mål, Processer, Arbetssätt,
// Systematiska kontroller, Metoder för kontroll av de systematiska kontrollerna, Kontrollansvarig."
// — System för intern kontroll, 4.2 Intern kontrollplan (VP 2022, 001 rad 135–142). Metoderna för
// kontroll är planens Kontrollaktivitet; målen står som KF-mål-rubriker eller i en egen kolumn.
import { defineRule, type RuleContext } from '../../../engine';
import type { IkpLayout } from '../layout';

const REQUIRED = [
  ['process', 'Processer'],
  ['arbetssatt', 'Arbetssätt'],
  ['systematiskKontroll', 'Systematiska kontroller'],
  ['kontrollaktivitet', 'Metoder för kontroll av de systematiska kontrollerna'],
  ['kontrollansvarig', 'Kontrollansvarig'],
] as const;

export default defineRule({
  meta: {
    id: 'internkontrollplan/has-required-columns',
    severity: 'error',
    docs: {
      sv: 'Planen visar Mål, Processer, Arbetssätt, Systematiska kontroller, Metoder för kontroll (Kontrollaktivitet) och Kontrollansvarig.',
      en: 'The plan shows goals, processes, working methods, systematic controls, methods of control (Kontrollaktivitet) and the person responsible for the control.',
      source: '"Av den färdiga internkontrollplanen ska följande framgå: Mål, Processer, Arbetssätt, Systematiska kontroller, Metoder för kontroll av de systematiska kontrollerna, Kontrollansvarig." (001 rad 135–142)',
    },
    messages: {
      missingColumn: {
        sv: 'Kolumnen "{{column}}" saknas. "Av den färdiga internkontrollplanen ska följande framgå: Mål, Processer, Arbetssätt, Systematiska kontroller, Metoder för kontroll av de systematiska kontrollerna, Kontrollansvarig."',
        en: 'The column "{{column}}" is missing. The finished internal control plan must show goals, processes, working methods, systematic controls, methods of control and the person responsible for each control.',
      },
    },
  },
  *check({ layout }: RuleContext<IkpLayout>) {
    const cell = { row: layout.headerRow, col: layout.lastHeaderCol + 1 };
    if (layout.columns.mal === undefined && layout.goalRows.length === 0) yield { messageId: 'missingColumn', cell, data: { column: 'Mål' } } as const;
    for (const [key, column] of REQUIRED) {
      if (layout.columns[key] === undefined) yield { messageId: 'missingColumn', cell, data: { column } } as const;
    }
  },
});
