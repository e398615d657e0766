import type { Recognition } from '../../engine';
import type { Sheet } from '../../grid';
import { type BudgetavrakningLayout, resolveLayout } from './layout';
import { bokslutEdition } from './ledger-printout';

export const id = 'budgetavrakning';
export const catalogId = 'T17';
export const title = {
  sv: 'Budgetavräkning – Fackförvaltning (med och utan investeringar)',
  en: 'Budget reconciliation – administration (with and without investments)',
};

export const lookedFor = [
  'kolumnerna "Nämndens budget inkl budgetjust.", "Nämndens utfall" och "Avvikelse"',
  'raderna "Kostnader" och "Summa drift"',
];

export function recognise(sheet: Sheet): Recognition<BudgetavrakningLayout> | undefined {
  const layout = resolveLayout(sheet);
  return layout ? { edition: bokslutEdition('budgetavräkning', layout.period?.year), layout } : undefined;
}
