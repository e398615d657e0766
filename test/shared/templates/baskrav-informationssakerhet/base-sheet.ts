import type { Sheet } from '../../../../shared/grid';
import { sheetOf } from '../../../support/grid-literal';

/**
 * The VP 2022 form as the fixture writer lays it out (title A1, "Nämnd/bolag:" A5 with the name in
 * B5, header row 7, krav rows 8–14), answered so that every rule holds: each krav "Ja" with a
 * comment that describes finished or continuing work.
 */
export const base: Sheet = sheetOf('Blad1', [
  ['Redovisning av grundläggande baskrav för informationssäkerhet'],
  ['Vid frågor kontakta Funktionen för stadsövergripande informationssäkerhet.'],
  ['Redovisningen ska fyllas i och biläggas nämndens/bolagets verksamhetsplan för 2022.'],
  [],
  ['Nämnd/bolag:', 'Arbetsmarknadsnämnden'],
  [],
  [null, 'Redovisning av grundläggande baskrav', 'Status', 'Kommentar'],
  [1, 'Förvaltningschef har inrättat en ändamålsenlig organisation.', 'Ja', 'Utökade resurser tillförs inför 2022.'],
  [2, 'Dataskyddsombudet har en självständig och oberoende ställning.', 'Ja', 'Dataskyddsombudet rapporterar direkt till nämnden.'],
  ['3 a)', 'a) att verksamhetens informationsmängder har kartlagts', 'Ja', 'Informationen är kartlagd.'],
  ['3 b)', 'b) att de viktigaste informationsmängderna även har klassats och riskbedömts.', 'Ja', 'Klassning och riskbedömning är gjord.'],
  [4, 'Uppföljning av skyddsåtgärder.', 'Ja', 'Risker hanteras löpande.'],
  [5, 'Registerförteckningen hålls uppdaterad.', 'Ja', 'Arbetet kommer att fortsätta under 2022.'],
  [6, 'Informationssäkerhetsrisker hanteras i en handlingsplan.', 'Ja', 'Riskerna redovisas i internkontrollen.'],
]);
