import type { Sheet } from '../../../../shared/grid';
import { type CellInput, sheetOf } from '../../../support/grid-literal';

/**
 * A filled 2021 "Uppföljning av resultatenheter" as the city's workbook holds it (headers in row 1,
 * 'tkr' in row 2, column numbers in row 3, units from row 4, Summa after them), with three units
 * that satisfy every rule: a surplus, a deficit, and one exactly at the 5 % cap.
 */
export const HEADERS_2021 = [
  'Resultatenhetens namn\n\n(Intraprenader anges särskilt)',
  'Resultat-\nenheternas\nbruttobudget\n2021',
  'Varav 5 % av\nresultat-\nenheternas\nbruttobudget\n2021',
  'Resultat-\nenheternas\nresultat\nfrån 2020\nÖverskott (-)\nUnderskott (+)',
  'Beräknat\nresultat 2021\n(exkl. resultatfond)\nÖverskott (-)\nUnderskott (+)',
  'Beräknad\nackumulerad\nresultatöverföring\ntill 2022\nÖverskott (+)\nUnderskott (-)',
  'Ackumulerad\nresultatöverföring\ntill 2022 %\nMAX 10 %',
  '10 % av\nresultat-\nenheternas\nbruttobudget\n2021',
  'Årets\nresultat-\növerföring\n%\nMAX 5 %',
] as const;

export function unitRow(r: number, name: string, brutto: number, from: number, year: number, ack: number): CellInput[] {
  return [
    name,
    brutto,
    { f: `B${r}*0.05`, v: brutto * 0.05 },
    from,
    year,
    ack,
    { f: `IF(B${r}=0,0,F${r}/B${r})`, v: ack / brutto },
    { f: `B${r}*0.1`, v: brutto * 0.1 },
    { f: `IF(B${r}=0,0,-E${r}/B${r})`, v: -year / brutto },
  ];
}

export const base: Sheet = sheetOf('Resultatenheter', [
  [...HEADERS_2021, null, 'Uppföljning av resultatenheter'],
  ['tkr'],
  [1, 2, 3, 4, 5, 6],
  unitRow(4, 'Enhet A', 10000, -200, -300, 500),
  unitRow(5, 'Enhet B (intraprenad)', 20000, 400, 100, -500),
  unitRow(6, 'Enhet C', 5000, 0, -250, 250),
  [
    'Summa resultatenheter',
    { f: 'SUM(B4:B6)', v: 35000 },
    { f: 'SUM(C4:C6)', v: 1750 },
    { f: 'SUM(D4:D6)', v: 200 },
    { f: 'SUM(E4:E6)', v: -450 },
    { f: 'SUM(F4:F6)', v: 250 },
  ],
]);
