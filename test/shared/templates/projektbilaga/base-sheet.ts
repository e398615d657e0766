import type { Sheet } from '../../../../shared/grid';
import { sheetOf } from '../../../support/grid-literal';

/**
 * A Projektbilaga in the T1 2021 layout (report line, title, introduction, headers in row 6) whose
 * four projects satisfy every rule: one unit throughout, medfinansiering within budget, periods
 * with start and end that run past the report date 2021-04-30.
 */
export const base: Sheet = sheetOf('Projektbilaga', [
  ['Arbetsmarknadsnämnden'],
  ['Uppföljning av budget 2021 - Tertialrapport 1 per den 30 april'],
  ['Projektbilaga'],
  ['Nedan beskrivs pågående större projekt med fokus på de där nämnden är projektägare.'],
  [],
  ['Finansiär / roll', 'Projekt', 'Projektets budget', 'Nämndens medfinansiering', 'Start och avslutsdatum', 'Ansvarig avdelning'],
  ['ESF, nämnden projektägare', 'Utvecklat stöd för unga', '24,2 miljoner kr', '12,8 miljoner kr', 'februari 2021 - april 2023', 'Utveckling- och utredningsstaben'],
  ['ESF, nämnden projektägare', 'Hållbar Etablering', '38,6 miljoner kr', '13,5 miljoner kr', 'augusti 2019 - juni 2022', 'Vuxenutbildning Stockholm'],
  ['ESF, samarbetspartner', 'Bron', '10,2 miljoner kr', '0 kr', 'september 2019 - juni 2022', 'Jobbtorg Stockholm'],
  ['Länsstyrelsen', 'Steget tillsammans', '0,8 miljoner kr', 0, 'december 2020 - februari 2022', 'Jobbtorg Stockholm'],
]);
