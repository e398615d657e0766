// "Vid behov kan egna delsummeringar för grupper av projekt infogas. OBS att summaformeln kan
// behöva ändras." — anvisningen under blanketten (T1 2021, seed 000 rad 19; lika i T1 2020 och
// VP 2022). The Summa row adds up the projects in every amount column; inserted delsummeringar
// are left out of the sum so that their projects are not counted twice.
import { checks } from '../../../engine';
import type { ProjektLayout } from '../layout';
import { reworded } from '../../../engine';

export default reworded(
  checks.columnSum<ProjektLayout>({
    id: 'projekt-over-50-mnkr/summa-equals-sum-of-project-rows',
    severity: 'error',
    docs: {
      sv: 'Raden Summa är summan av projektraderna i varje beloppskolumn, (1)–(14). Infogade delsummeringar räknas inte två gånger.',
      en: 'The Summa row is the sum of the project rows in every amount column, (1)–(14). Inserted subtotal rows are not counted twice.',
      source: 'Anvisning under blanketten: "Vid behov kan egna delsummeringar för grupper av projekt infogas. OBS att summaformeln kan behöva ändras." (T1 2021, 000 rad 19; T1 2020, 003 rad 26; VP 2022, 001 rad 1818)',
    },
    columns: ({ layout }) => layout.amountCols,
    // Delsummeringar are left out of the sum so that nothing counts twice.
    dataRows: ({ layout }) => layout.projectRows,
    totalRow: ({ layout }) => layout.totalRow,
    // Half the printed precision (mnkr with one decimal): a difference the form cannot show is no error.
    tolerance: 0.05,
  }),
  {
    sumMismatch: {
      sv: 'Summa {{actual}} stämmer inte med summan av projektraderna, {{expected}}. "OBS att summaformeln kan behöva ändras" om rader eller delsummeringar har infogats.',
      en: 'Summa {{actual}} does not equal the sum of the project rows, {{expected}}. The form warns that the sum formula may need changing when rows or subtotals are inserted.',
    },
  },
);
