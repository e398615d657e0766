import { Sheet } from '../../../../shared/grid';
import { type CellInput, cellOf } from '../../../support/grid-literal';

function sheet(name: string, rows: readonly (readonly CellInput[])[], merges: readonly string[] = []): Sheet {
  return new Sheet({ name, rows: rows.map((r) => r.map(cellOf)), merges });
}

const GOAL_11 = '1.1 I Stockholm är människor självförsörjande och vägen till arbete och svenskkunskaper är kort';
const GOAL_31 = '3.1. Stockholm har en budget i balans och långsiktigt hållbara finanser';

/**
 * A VoR beside the plan, without a matrix (header row 3, events on rows 4–7):
 *   1  Deltagarprocess   RV 9  star  "Felaktiga statistiska underlag."
 *   2  Budgetföljsamhet  RV 12 star  "Avropsmedlen nyttjas inte"
 *   3  Budgetföljsamhet  RV 6  Nej   "Träffsäkerheten i prognoser är låg."
 *   4  Redovisning       RV 12 star  "Staden betalar ut för ej berättigade utlägg och moms"
 */
export function vorSheet(): Sheet {
  return sheet('VoR', [
    ['Verksamhetsplan 2022'],
    [],
    ['KF:s mål för verksamhetsområdet', 'Process', 'Arbetssätt', 'Nr', 'Oönskad händelse', 'Sannolikhet', 'Konsekvens', 'RV', 'IKP'],
    [GOAL_11, 'Deltagarprocess', 'Registrering', 1, 'Felaktiga statistiska underlag, försämrad analysförmåga.', '3. Möjlig', '3. Kännbar', 9, null],
    ['3.1 Stockholm har en budget i balans och långsiktigt hållbara finanser', 'Budgetföljsamhet', 'Avrop', 2, 'Avropsmedlen nyttjas inte', '4. Sannolikt', '3. Kännbar', 12, null],
    [null, null, 'Dialog med berörda parter', 3, 'Träffsäkerheten i prognoser är låg.', '2. Mindre sannolikt', '3. Kännbar', 6, 'Nej, endast VoR'],
    [null, 'Redovisning', 'Utlägg via LISA', 4, 'Staden betalar ut för ej berättigade utlägg och moms', '3. Möjlig', '4. Allvarlig', 12, null],
  ], ['A5:A7', 'B5:B6']);
}

/**
 * The plan (header row 4, A–G with Kontrollansvarig), KF-mål headings merged across rows 5 and 7,
 * controls on rows 6, 8 and 9. With `continueProcess` row 9's Process is blank and merged with
 * row 8's "Budgetföljsamhet", as VP 2022 printed "Utlägg via LISA".
 */
export function ikpSheet(opts: { continueProcess?: boolean } = {}): Sheet {
  return sheet(
    'Internkontrollplan',
    [
      ['Verksamhetsplan 2022'],
      ['Internkontrollplan'],
      [],
      ['Process', 'Arbetssätt', 'Systematisk kontroll', 'RV', 'Oönskad händelse', 'Kontrollaktivitet', 'Kontrollansvarig'],
      [GOAL_11],
      ['Deltagarprocess', 'Registrering', 'Kontroll av registreringsrutiner', 9, 'Felaktiga statistiska underlag, försämrad analysförmåga.', 'Stickprov FLAI', 'Enhetschef'],
      [GOAL_31],
      ['Budgetföljsamhet', 'Avrop', 'Budgetuppföljning', 12, 'Avropsmedlen nyttjas inte', 'Uppföljning i samband med månadsprognoser.', 'Controller'],
      [opts.continueProcess ? null : 'Redovisning', 'Utlägg via LISA', 'Kontroll av kvitton på utlägg via LISA', 12, 'Staden betalar ut för ej berättigade utlägg och moms', 'Stickprov', 'Controller'],
    ],
    ['A5:G5', 'A7:G7', ...(opts.continueProcess ? ['A8:A9'] : [])],
  );
}
