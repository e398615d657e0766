import type { Sheet } from '../../../../shared/grid';
import { sheetOf } from '../../../support/grid-literal';

/**
 * A small Balansräkning that balances in IB, Förändring and UB Totalt but, like the 2019 printout,
 * not per counterpart (Externt 3 700 against −5 000). Rows 7–21; B IB, C Förändring, D–G UB
 * Externt, Stadens bolag, Internt, Totalt.
 */
export const base: Sheet = sheetOf('Blad1', [
  ['Period: 201900-201913'],
  ['Balansräkning'],
  ['Förvaltning: 191'],
  [],
  ['Kr', 'IB 201900', 'Förändring', 'UB 201913'],
  [null, null, '201901-201913', 'Externt', 'Stadens bolag', 'Internt', 'Totalt'],
  ['Anläggningstillgångar', 1000, -300, 700, 0, 0, 700],
  ['11 Mark, byggnader och tekniska anläggningar', 200, -200, 0, 0, 0, 0],
  ['12 Maskiner och inventarier', 800, -100, 700, 0, 0, 700],
  ['Omsättningstillgångar', 5000, 500, 3000, 1500, 1000, 5500],
  ['15 Kundfordringar', 2000, 0, 1000, 0, 1000, 2000],
  ['17 Förutbetalda kostnader och upplupna intäkter', 3000, 500, 2000, 1500, 0, 3500],
  ['Summa Tillgångar', 6000, 200, 3700, 1500, 1000, 6200],
  ['Eget kapital', 2000, -500, 1500, 0, 0, 1500],
  ['20 Eget kapital', 2000, -500, 1500, 0, 0, 1500],
  ['Avsättningar', 0, 0, 0, 0, 0, 0],
  ['Långfristiga skulder', 0, 0, 0, 0, 0, 0],
  ['Kortfristiga skulder', -8000, 300, -6500, -700, -500, -7700],
  ['25 Leverantörsskulder', -3000, 1000, -1500, -300, -200, -2000],
  ['29 Upplupna kostnader och förutbetalda intäkter', -5000, -700, -5000, -400, -300, -5700],
  ['Summa Skulder & Eget kapital', -6000, -200, -5000, -700, -500, -6200],
]);
