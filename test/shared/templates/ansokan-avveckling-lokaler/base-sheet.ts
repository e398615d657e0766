import type { Sheet } from '../../../../shared/grid';
import { sheetOf } from '../../../support/grid-literal';

export const HEADERS = [
  'För varje lokal skall anges:\nadress\nfastighetsbeteckning samt\nfastighetsägare och\nev. objektsnamn',
  'Area\nkvm',
  'Löptid för\nkontraktet\nt.o.m. (datum)\nsamt uppgift\nom ev. upp-\nsägning',
  'Tidpunkt\ndå lokal\nåterlämnas\ntill värden\neller\nändras',
  'Årshyra\nkr',
  'Medel som\nsöks för\navveckling\neller omstruk-\nturering\nkr',
  'Beskrivning av\nvad det sökta\nbeloppet avser',
  'Förändringen är\nbeskriven i\nlokalförsörj-\nningsplanen',
  null,
  'Övriga\nkommentarer',
] as const;

/**
 * The form filled in for two lokaler (row 6: an application for 450 000 kr; row 7: a lokal given
 * up without funds), as a nämnd would send it: dates as dates or periods, Ja or Nej marked.
 */
export const base: Sheet = sheetOf('Blad1', [
  ['Ansökan om medel för avveckling/omstrukturering av lokaler'],
  ['Ansökan i särskild beslutskläm och begärd budgetjustering.'],
  ['Uppgiftslämnare:', 'Anna Andersson'],
  [...HEADERS],
  [null, null, null, null, null, null, null, 'Ja', 'Nej'],
  ['Liljeholmsvägen 18, Sjöpilen 1, Vasakronan', 640, { d: '2023-03-31' }, { d: '2022-12-31' }, 1280000, 450000, 'Flyttkostnader och återställning av lokalen', 'x', null, null],
  ['Kista Torg 7, Kista 1:3, Ikano', 320, '2022-06-30, uppsagt 2021-06-30', 'juni 2022', 560000, 0, null, null, 'x', null],
]);
