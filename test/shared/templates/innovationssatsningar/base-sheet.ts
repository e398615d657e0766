import type { Sheet } from '../../../../shared/grid';
import { sheetOf } from '../../../support/grid-literal';

/**
 * A short Innovationssatsningar sheet (VP 2022 layout: headers in row 4, satsningar from row 5)
 * that every rule accepts: a type from the header's two, month-exact timelines, budgets in one
 * unit, every required column filled (Samarbetspartners may be empty).
 */
export const base: Sheet = sheetOf('Blad1', [
  ['Arbetsmarknadsnämnden'],
  ['Verksamhetsplan 2022'],
  ['Innovationssatsningar'],
  [
    'Namn på satsningen',
    'Typ av innovation\n(verksamhets-\nutveckling alternativt\ntestbäddverksamhet)',
    'Kortfattad beskrivning i punktform\ndär syfte och mål framgår.',
    'Tidplan',
    'Finansieringen\n(intern och/eller\nextern)',
    'Storlek på budget\n(inräknat arbetstid\noch medel för\ndrift)',
    'Samarbetspartners\n(Interna och\nExterna)',
    'Ansvarig chef\noch ledare',
    'Kontaktperson',
  ],
  ['Vux 2.0', 'Verksamhetsutveckling', '• Nya digitala undervisningsmetoder', 'december 2017 - juni 2022', 'ESF-medel', '18,7 miljoner kr', null, 'Lisa Alm', 'Lisa Alm'],
  ['Smarta prov', 'Testbäddverksamhet', '• Självrättande mattetest', 'januari 2021 - december 2022', 'Smart stad', '5,1 miljoner kr', 'Oxford University', 'Lisa Alm', 'Anna Berg'],
  ['Bron', 'verksamhets-utveckling', '• Fler i arbete', '2019-08-01 - 2022-04-30', 'ESF-medel', '10,2 miljoner kr', 'Arbetsförmedlingen', 'Christina Wattjersson', 'Pia Ek'],
]);
