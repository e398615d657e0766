import type { Sheet } from '../../../../shared/grid';
import { sheetOf } from '../../../support/grid-literal';

export const FORENING = 'Aktiviteter föreningsbidrag och upplåtande av lokaler eller öppna rum';
const HEADER = ['Aktivitet', 'Ansvarig enhetschef', 'Tidplan', 'Uppföljning'];

/**
 * T1 2021 in small: report line, heading, three tables (headings on rows 5, 10, 14; headers on 6,
 * 11, 15), activities on rows 7–8, 12 and 16.
 */
export function planSheet(): Sheet {
  return sheetOf('Blad1', [
    ['Uppföljning av budget 2021 - Tertialrapport 1 per den 30 april'],
    [],
    ['Handlingsplan mot våldsbejakande extremism'],
    [],
    ['Aktiviteter för Arbetsmarknadsnämnden'],
    HEADER,
    ['Lokal samordnare deltar på de VBE-samordnarmöten som SLK kallar till', 'Karin Eriksson-Bech', 2021, 'VB'],
    ['Delta i arbetet inom Nordic Capital Room', 'Karin Eriksson-Bech', 'Hösten 2021', 'T2 samt VB'],
    [],
    [FORENING],
    HEADER,
    ['Implementering av de stadsövergripande riktlinjerna', 'Fredrik Bister', '2021', 'VB'],
    [],
    ['Kompetenshöjande aktiviteter:'],
    HEADER,
    ['Relevant personal ska genomföra den webbaserade grundutbildningen om VBE', 'Enhetschefer/ rektorer', 'november 2021', 'T1,T2 och VB'],
  ]);
}

/** T1 2020 as OCR printed it: no å/ä/ö, the column headed "Ansvarig", "Uppféljning". */
export function ocrSheet(): Sheet {
  return sheetOf('Blad1', [
    ['Uppfoljning av budget 2020 - Tertialrapport 1 per den 30 april'],
    [],
    ['Aktiviteter for Arbetsmarknadsnamnden'],
    ['Aktivitet', 'Ansvarig', 'Tidplan', 'Uppféljning'],
    ['Lokal samordnare deltar pa de VBE-samordnarméten', 'Lokal samordnare', 'November 2020', 'VB'],
  ]);
}
