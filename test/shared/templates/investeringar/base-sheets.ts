import type { Sheet } from '../../../../shared/grid';
import { sheetOf } from '../../../support/grid-literal';

/** T1 2021 as it should have been: title rolled forward, Avvikelse the template's formula. */
export const uppfoljning2021: Sheet = sheetOf('Blad1', [
  ['Uppföljning av investeringsbudget 2021'],
  [],
  ['Prognos (mnkr)', 'Utfall 2020', 'VP 2021', 'Avvikelse', 'Prognos \n2021', 'Prognos \n2022', 'Prognos \n2023'],
  ['Inventarier och maskiner', 1.3, 4, { f: 'C4-E4', v: 0 }, 4, 4, 4],
]);

/** VP 2022 with 'Plan 2023' spelt right. */
export const vp2022: Sheet = sheetOf('Invent o maskiner', [
  ['Investeringsbudget 2022 och kommande år'],
  [],
  ['Prognos (mnkr)', 'Prognos \n2021', 'VP 2022', 'Plan 2023', 'Plan 2024', 'Plan 2025', 'Plan 2026'],
  ['Inventarier och maskiner', 4, 4, 4, 4, 4, 4],
]);

/** VB 2019 with column (2) labelled 'VP 2019'. */
export const vb2019: Sheet = sheetOf('Blad1', [
  ['Arbetsmarknadsnämnden'],
  [],
  ['Uppföljning av budget 2019 - verksamhetsberättelse och bokslut'],
  [],
  [null, '2018', '2019'],
  ['Utgifter', '(1)', '(2)', '(3)', '(4)'],
  ['mnkr', 'Utfall\nutgift\n2018', 'VP 2019\nUtgift\n2019', 'S:a\navvik\n2019', 'Utfall\nutgift\n2019'],
  ['Inventarier och maskiner', 6.1, 6, { f: 'C8-E8', v: 3.3 }, 2.7],
]);
