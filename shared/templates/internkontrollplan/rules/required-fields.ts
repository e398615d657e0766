// "Av den färdiga internkontrollplanen ska följande framgå: Mål, Processer, Arbetssätt,
// Systematiska kontroller, Metoder för kontroll av de systematiska kontrollerna, Kontrollansvarig."
// — 4.2 Intern kontrollplan (VP 2022, 001 rad 135–142). Varje kontroll har alltså sin process,
// sitt arbetssätt och sin systematiska kontroll: ifyllda, eller sammanslagna med cellen ovanför som
// fortsättning inom samma process. En tom cell som inte är sammanslagen hör inte till raden ovan
// (i VP 2022 hamnade "Allmänna handlingar registreras inte" så under "Förebygga fusk …").
import { checks, reworded } from '../../../engine';
import type { IkpLayout } from '../layout';

export default reworded(
  checks.requiredCells<IkpLayout>({
    id: 'internkontrollplan/required-fields',
    severity: 'warning',
    docs: {
      sv: 'Varje kontroll har Process, Arbetssätt, Systematisk kontroll, Oönskad händelse, Kontrollaktivitet och (när kolumnen finns) Kontrollansvarig; fortsättningsrader har cellen sammanslagen med raden ovanför.',
      en: 'Every control has Process, Arbetssätt, Systematisk kontroll, Oönskad händelse, Kontrollaktivitet and (when the column exists) Kontrollansvarig; continuation rows have the cell merged with the row above.',
      source: '"Av den färdiga internkontrollplanen ska följande framgå: Mål, Processer, Arbetssätt, Systematiska kontroller, Metoder för kontroll av de systematiska kontrollerna, Kontrollansvarig." (001 rad 135–142)',
    },
    cells: ({ layout }) => {
      const c = layout.columns;
      const fields = [
        [c.process, 'Process'],
        [c.arbetssatt, 'Arbetssätt'],
        [c.systematiskKontroll, 'Systematisk kontroll'],
        [c.handelse, 'Oönskad händelse'],
        [c.kontrollaktivitet, 'Kontrollaktivitet'],
        [c.kontrollansvarig, 'Kontrollansvarig'],
      ] as const;
      return layout.rows.flatMap(({ row }) => fields.flatMap(([col, field]) => (col === undefined ? [] : [{ cell: { row, col }, field }])));
    },
  }),
  {
    missing: {
      sv: '"{{field}}" saknas för kontrollen. Hör raden till samma {{field}} som raden ovanför, slå ihop cellerna; annars skriv den. Av internkontrollplanen ska process, arbetssätt, systematiska kontroller, metod för kontroll och kontrollansvarig framgå.',
      en: '"{{field}}" is missing for the control. If the row continues the {{field}} of the row above, merge the cells; otherwise fill it in. The plan must show process, working method, systematic control, method of control and who is responsible.',
    },
  },
);
