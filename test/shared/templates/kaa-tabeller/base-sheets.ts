import type { Sheet } from '../../../../shared/grid';
import { sheetOf } from '../../../support/grid-literal';

/** "Resultat fördelat över Jobbtorgen" with two Jobbtorg and Totalt, every figure consistent. */
export const jobbtorg: Sheet = sheetOf('Resultat per jobbtorg', [
  ['KAA årsrapport 2019'],
  ['Resultat fördelat över Jobbtorgen'],
  [],
  [
    'Jobbtorg',
    'Inskrivna',
    'Avslutade',
    'Andel avslutade',
    'Antal avslutade till studier',
    'Andel av avslutade till studier',
    'Antal avslutade till arbete',
    'Andel av avslutade till arbete',
    'Antal till studier/arbete',
    'Andel till studier/arbete',
  ],
  ['Jobbtorg City', 162, 129, 0.8, 69, 0.53, 24, 0.19, 93, 0.72],
  ['Jobbtorg Kista', 224, 173, 0.77, 100, 0.58, 25, 0.14, 125, 0.72],
  ['Totalt', 386, 302, 0.78, 169, 0.56, 49, 0.16, 218, 0.72],
]);

/** The reach table and the "stöd" table, as in the KAA annual report 2019. */
export const uppsok: Sheet = sheetOf('Uppsök och stöd', [
  ['KAA årsrapport 2019'],
  [],
  ['Antal ungdomar som omfattades av uppsök, nådda och ej nådda'],
  [null, null, null, 'Totalt'],
  ['2019 ej nådd', 1190, 1586, 2776],
  ['2019 nådd', 1514, 1809, 3323],
  ['2019 sökta totalt', 2704, 3395, 6099],
  ['2018 ej nådd', 1227, 1588, 2815],
  ['2018 nådd', 1373, 1766, 3139],
  ['2018 sökta totalt', 2600, 3354, 5954],
  [],
  ['Ungdomar som tagit del av stöd'],
  [null, '2019', '2018'],
  [null, 418, 391],
  [null, 605, 569],
  ['Totalt', 1023, 960],
]);

/** Survey answers with their shares of the total, and shares of a whole. */
export const enkat: Sheet = sheetOf('Enkäter', [
  ['Enkätsammanställningar'],
  [],
  ['Hur kom du i kontakt med oss?'],
  ['Namn', 'Antal', '%'],
  ['Jag blev uppringd av er', 74, 74 / 262],
  ['Jag fick ett brev av er', 66, 66 / 262],
  ['Annat:', 122, 122 / 262],
  ['Total', 262, 1],
  [],
  ['Kunskap kring våldsbejakande extremism samt kännedom om styrande dokument'],
  ['Svar', 'Andel'],
  ['ingen kännedom', 0.08],
  ['någon kännedom', 0.31],
  ['relativt bra kännedom', 0.36],
  ['bra kännedom', 0.23],
  ['mycket bra kännedom', 0.02],
]);
