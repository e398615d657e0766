import type { Sheet } from '../../../../shared/grid';
import { sheetOf } from '../../../support/grid-literal';

/**
 * A small Resultaträkning with every kind of line: two marked groups over accounts (account 37 a
 * positive correction among the income), the four result lines, and lone lines without accounts.
 * Rows 6–25; B Externt, C Stadens bolag, D Internt, E Totalt.
 */
export const base: Sheet = sheetOf('Blad1', [
  ['Period: 201901-201913'],
  ['Resultaträkning'],
  ['Förvaltning: 191'],
  [],
  ['Kr', 'Externt', 'Stadens bolag', 'Internt', 'Totalt'],
  ['Verksamhetens intäkter (-)', -1000, -10, -90, -1100],
  ['30 Försäljning av varor, material', -400, 0, -90, -490],
  ['35 Bidrag', -650, -12, 0, -662],
  ['37 Försäljning av exploateringsfastigheter', 50, 2, 0, 52],
  ['Verksamhetens kostnader (+)', 3000, 200, 500, 3700],
  ['46 Köp av huvudverksamhet', 1800, 200, 100, 2100],
  ['50 Löner och arvoden', 1200, 0, 400, 1600],
  ['Verksamhetens nettokostnader', 2000, 190, 410, 2600],
  ['Avskrivningar (+)', 60, 0, 0, 60],
  ['79 Avskrivningar', 60, 0, 0, 60],
  ['Skatteintäkter (-)', 0, 0, 0, 0],
  ['Generella statsbidrag och utjämning (-)', 0, 0, 0, 0],
  ['Verksamhetens resultat', 2060, 190, 410, 2660],
  ['Finansiella intäkter (-)', -5, 0, 0, -5],
  ['84 Finansiella intäkter', -5, 0, 0, -5],
  ['Finansiella kostnader (+)', 7, 3, 10, 20],
  ['85 Finansiella kostnader', 7, 3, 10, 20],
  ['Resultat efter finansiella poster', 2062, 193, 420, 2675],
  ['Extraordinära poster', 0, 0, 0, 0],
  ['Årets resultat', 2062, 193, 420, 2675],
]);
