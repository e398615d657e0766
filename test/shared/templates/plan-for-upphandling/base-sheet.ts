import type { Sheet } from '../../../../shared/grid';
import { sheetOf } from '../../../support/grid-literal';

/**
 * A plan laid out as the fixture writer lays out the 2022 form (title A3, contact fields in rows
 * 8–9 with their values in C, header row 11), filled so that every rule holds: values in mnkr,
 * class codes within their families, starts during 2022, closed contract periods, every section
 * with rows. Row 13 'Handledningstjänster', row 14 'Samhällsorientering', row 16 'Möbler'.
 */
export const base: Sheet = sheetOf('Blad1', [
  ['Länk till inköpsanalysverktyg och kategorträd'],
  [],
  ['PLAN FÖR UPPHANDLING 2022'],
  [],
  ['Anvisningar'],
  ['Mallen ska användas av nämnden för sammanställningen av de upphandlingar som nämnden planerar att påbörja under året.'],
  [],
  ['Kontaktuppgift förvaltningen, mailadress och telefonnummer', null, 'Arbetsmarknadsförvaltningen, info.amf@stockholm.se, växel: 08-508 35 500'],
  ['Kontaktuppgift inköpsansvarig, namn, mailadress och telefonnummer', null, 'Johnny Ridemar, johnny.ridemar@stockholm.se, 08-508 35 527'],
  [],
  ['Kategorifamilj', 'Kategoriklass', 'Beskrivning', 'Planerad start av\nupphandling', 'Avtalsperiod inkl\nförlängningsoptioner', 'Värde mnkr', 'Ansvarig nämnd', 'Kontaktuppgifter'],
  ['Avdelningen Jobbtorg Stockholm'],
  ['1013, Externa tjänster', '101316, Handledningskonsulter', 'Handledningstjänster', 'VT 2022', '2022-02-01 - 2026-01-31', 5, 'AMN', 'johan.wedenius@stockholm.se'],
  ['1018, Medborgarutveckling', '101810, Coachning och utbildning', 'Samhällsorientering', 'HT 2022', '2023-09-01 - 2027-08-31', 28, 'AMN + regionkommunerna', 'christina.gronberg@edu.stockholm.se'],
  ['Avdelningen Vuxenutbildning Stockholm'],
  ['1024, Möbel & Kontorsflytt', '102414, Möbel & Kontorsflytt', 'Möbler till HK', 'VT 2022', 'Inte bestämt', 1.8, 'AMN', 'kristian.kindstedt@stockholm.se'],
]);
