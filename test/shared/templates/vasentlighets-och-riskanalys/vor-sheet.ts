import { Sheet } from '../../../../shared/grid';
import { type CellInput, cellOf } from '../../../support/grid-literal';

/**
 * A small VoR as the export lays it out: report line and title, the riskmatris (Sannolikhet 5–1 in
 * A5:A9, Konsekvens 1–5 in B10:F10), the legend "Kritisk Medium Låg Totalt: 4" in H4:K4 with the
 * counts under it, then the table header on row 13 and four events on rows 14–17:
 *   Nr 1  S2 K1 RV 2  Nej   (Låg)     matrix B8
 *   Nr 2  S3 K3 RV 9  star  (Medium)  matrix D7
 *   Nr 3  S4 K3 RV 12 star  (Kritisk) matrix D6
 *   Nr 4  S2 K3 RV 6  Nej   (Medium)  matrix D8
 */
export function vorSheet(name = 'VoR', merges: readonly string[] = []): Sheet {
  const rows: CellInput[][] = [
    ['Verksamhetsplan 2022'],
    ['Väsentlighets- och riskanalys'],
    [],
    ['Sannolikhet', null, null, null, null, null, null, 'Kritisk', 'Medium', 'Låg', 'Totalt: 4'],
    [5, null, null, null, null, null, null, 1, 2, 1],
    [4, null, null, '3'],
    [3, null, null, '2'],
    [2, '1', null, '4'],
    [1],
    [null, 1, 2, 3, 4, 5],
    [null, 'Konsekvens'],
    [],
    ['KF:s mål för verksamhetsområdet', 'Process', 'Arbetssätt', 'Nr', 'Oönskad händelse', 'Sannolikhet', 'Konsekvens', 'RV', 'IKP'],
    ['1.1 I Stockholm är människor självförsörjande', 'Deltagarprocess', 'Registrering', 1, 'Fel stadsdel får ersättning.', '2. Mindre sannolikt', '1. Försumbar', 2, 'Nej, endast VoR'],
    ['1.1 I Stockholm är människor självförsörjande', 'Deltagarprocess', 'Dokumentation', 2, 'Felaktiga statistiska underlag.', '3. Möjlig', '3. Kännbar', 9, null],
    ['3.1 Stockholm har en budget i balans', 'Budgetföljsamhet', 'Avrop', 3, 'Avropsmedlen nyttjas inte', '4. Sannolikt', '3. Kännbar', 12, null],
    ['3.1 Stockholm har en budget i balans', 'Redovisning', 'Projektredovisning', 4, 'Relevant underlag saknas', '2. Mindre sannolikt', '3. Kännbar', 6, 'Nej, endast VoR'],
  ];
  return new Sheet({ name, rows: rows.map((r) => r.map(cellOf)), merges });
}
