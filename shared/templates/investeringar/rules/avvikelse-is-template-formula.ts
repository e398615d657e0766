// Avvikelse är blankettens egen formel, VP − prognos (i VB: VP − utfall): kolumnrubrikerna "VP 2021 |
// Avvikelse | Prognos 2021" (000 rad 87–99) och "(2) VP Utgift 2019 | (3) S:a avvik 2019 | (4) Utfall
// utgift 2019" där 6,0 − 2,7 = 3,3 (002 rad 2611–2627). Ett inskrivet tal i stället för formeln
// följer inte med när VP eller prognosen ändras, även om det råkar stämma i dag.
import { checks, reworded } from '../../../engine';
import { avvikelseFormula } from '../avvikelse-formula';
import type { InvesteringarLayout } from '../layout';

export default reworded(
  checks.templateFormula<InvesteringarLayout>({
    id: 'investeringar/avvikelse-is-template-formula',
    severity: 'error',
    docs: {
      sv: 'Avvikelse behåller blankettens formel VP − prognos (i VB: VP − utfall); ett inskrivet värde är en varning när det stämmer och ett fel när det inte gör det.',
      en: 'Avvikelse keeps the form’s formula VP − forecast (in the annual report: VP − outcome); a typed value is a warning while it agrees and an error once it does not.',
      source: 'Kolumnrubrikerna "VP 2021 | Avvikelse | Prognos 2021" (000 rad 87–99) och "(2) VP Utgift 2019 | (3) S:a avvik 2019 | (4) Utfall utgift 2019" (002 rad 2611–2627); mallen har ingen skriven anvisning',
    },
    cells: ({ layout }) => {
      const a = layout.avvikelse;
      return a ? layout.dataRows.map((row) => ({ cell: { row, col: a.col }, formula: avvikelseFormula(a, row) })) : [];
    },
  }),
  {
    typedOverFormula: {
      sv: 'Avvikelse {{actual}} är inskrivet i stället för blankettens formel {{formula}}. Värdet stämmer i dag men följer inte med när beloppen ändras: återställ formeln.',
      en: 'Avvikelse {{actual}} is typed in place of the form’s formula {{formula}}. The value agrees today but will not follow when the amounts change: restore the formula.',
    },
    typedWrongValue: {
      sv: 'Avvikelse {{actual}} är inskrivet i stället för blankettens formel {{formula}}, som ger {{expected}}. Återställ formeln.',
      en: 'Avvikelse {{actual}} is typed in place of the form’s formula {{formula}}, which gives {{expected}}. Restore the formula.',
    },
  },
);
