// "Vid behov kan egna delsummeringar för grupper av projekt infogas. OBS att summaformeln kan
// behöva ändras." — anvisningen under blanketten (T1 2021, seed 000 rad 19; lika i T1 2020 och VP
// 2022), under five project rows and the row "Summa" (000 rad 1–34). A row of sum formulas under
// the projects with no name reads as one more delsummering: the form's total is then gone.
import { defineRule, type RuleContext } from '../../../engine';
import type { ProjektLayout } from '../layout';

export default defineRule({
  meta: {
    id: 'projekt-over-50-mnkr/summa-row-labelled',
    severity: 'error',
    docs: {
      sv: 'Blankettens summarad under projekten heter "Summa".',
      en: 'The form’s sum row under the projects is named "Summa".',
      source: 'Raden "Summa" under projektraderna och anvisningen "… OBS att summaformeln kan behöva ändras." (T1 2021, 000 rad 1–34; T1 2020, 003 rad 1–34; VP 2022, 001 rad 1795–1831)',
    },
    messages: {
      unlabelledSumma: {
        sv: 'Raden med summaformler under projekten saknar namnet "Summa", så den läses som en delsummering och blanketten har ingen summarad.',
        en: 'The row of sum formulas under the projects has lost its name "Summa", so it reads as a subtotal and the form has no total row.',
      },
    },
  },
  *check({ layout }: RuleContext<ProjektLayout>) {
    if (layout.totalRow !== undefined) return;
    const last = Math.max(-1, ...layout.projectRows, ...layout.subtotalRows);
    // Only the unnamed summing row after every project: a named delsummering is the person's own.
    if (last < 0 || !layout.subtotalRows.includes(last)) return;
    yield { messageId: 'unlabelledSumma', cell: { row: last, col: layout.nameCol } } as const;
  },
});
