// "Medel som söks för avveckling eller omstrukturering kr" följt av "Beskrivning av vad det sökta
// beloppet avser" (T1 2021, 000 rad 104–113; VP 2022, 001 rad 1779–1789). Ett sökt belopp utan
// beskrivning går inte att pröva i beslutsklämmen.
import { checks, numberAt } from '../../../engine';
import type { LokalerLayout } from '../layout';

export default checks.requiredComment<LokalerLayout>({
  id: 'ansokan-avveckling-lokaler/medel-requires-beskrivning',
  severity: 'error',
  docs: {
    sv: 'När medel söks (belopp större än noll) beskrivs vad beloppet avser.',
    en: 'When funds are applied for (an amount above zero) the application describes what the amount covers.',
    source: 'Kolumnrubrikerna "Medel som söks för avveckling eller omstrukturering kr" och "Beskrivning av vad det sökta beloppet avser" (000 rad 104–113; 001 rad 1779–1789)',
  },
  message: {
    sv: '{{medel}} kr söks men "Beskrivning av vad det sökta beloppet avser" är tom. Beskriv vad beloppet ska täcka.',
    en: '{{medel}} kr is applied for but "Beskrivning av vad det sökta beloppet avser" is empty. Describe what the amount will cover.',
  },
  demands: ({ sheet, layout }) => {
    const { medel, beskrivning } = layout.columns;
    if (beskrivning === undefined) return [];
    return layout.rows.flatMap((row) => {
      const amount = numberAt(sheet, row, medel);
      if (amount === undefined || amount <= 0) return [];
      return [{ commentCell: { row, col: beskrivning }, triggeredBy: [{ row, col: medel }], data: { medel: amount } }];
    });
  },
});
