import type { Sheet } from '../../../../shared/grid';
import { sheetOf } from '../../../support/grid-literal';

const UNITS = 'Kontroll har genomförts på följande fem enheter: Jobbtorg City, Krami & Stockholmsvärdar, SIFA Campus Åsö Språk, Uteverksamheten och Utvecklings- och utredningsstaben.';

export const INVESTERINGAR = `${UNITS} På en enhet fanns inga investeringar att kontrollera. På tre enheter följs rutinerna helt. På en enhet fanns en traktor bland anläggningstillgångarna, vilken var såld 2018, men fortfarande redovisad som en investering.`;
export const PROJEKT = `${UNITS} På två enheter fanns det inget att kontrollera. På två enheter uppfylls redovisningen helt. På en enhet uppfylls redovisningen delvis. Vi hittade projekt från 2018 som inte var rätt bokförda, men som är avslutade. Samtliga enheter har fått information om hur projekt ska hanteras. Rutinen lämnades vid besöket.`;
/** VB 2019's "Kontroll av bokförda värden": the Projektredovisning result again, nearly word for word. */
export const BOKFORDA_VARDEN = `${UNITS} På två enheter fanns inget att kontrollera. Två enheter uppfyller redovisningen helt. På en enhet uppfylls redovisningen delvis. Det fanns projekt från 2018 som inte var rätt bokförda men som är avslutade. Samtliga enheter har fått information om hur projekt ska hanteras. Rutinen lämnades vid besöket.`;

export const ANALYS =
  'Kontrollerna har genomförts på tio av arbetsmarknadsnämndens enheter inom egenregi. Vidare har kontroller inom området rättssäker betygssättning genomförts på 38 externa enheter av avdelningen Vuxenutbildning Stockholm.';

const GOAL_11 = '1.1 I Stockholm är människor självförsörjande och vägen till arbete och svenskkunskaper är kort';
const GOAL_31 = '3.1. Stockholm har en budget i balans och långsiktigt hållbara finanser';

/** Bedömning in A4, Analys in A7, the header on row 9 and four controls on rows 10–13. */
export function followUpSheet(): Sheet {
  return sheetOf('Blad1', [
    ['Verksamhetsberättelse 2019'],
    [],
    ['Bedömning av nämndens interna kontroll'],
    ['Tillräcklig'],
    [],
    ['Analys'],
    [ANALYS],
    [],
    ['KF-mål', 'Process', 'Arbetssätt', 'Systematiska kontroller', 'Kontrollaktivitet', 'Beskrivning och resultat av kontrollaktivitet'],
    [GOAL_11, 'Betygssättning', 'Betygen sätts utifrån kunskapskraven', 'Nationella prov', 'Kontroll av skolornas interna kontroller på skolans betygssättning', 'Det är totalt 38 enheter som har granskats, 7 enheter har bedömts med något utvecklingsbehov varav 3 ansågs utvecklingsbehovet härröra sig från en relativt nystartad verksamhet.'],
    [GOAL_31, 'Redovisning', 'Investeringar', 'Månatliga kontroller genom stickprov på relevanta konton', 'Stickprov', INVESTERINGAR],
    [GOAL_31, 'Redovisning', 'Projektredovisning', 'Kontroll att regelverk / rutiner är kända och följs', 'Stickprov', PROJEKT],
    [GOAL_31, 'Lönehantering', 'Löneutbetalning', 'Kontroll av utbetalda löner', 'Stickprov', 'HR-administratören har tagit ut en lista på slumpmässiga registreringar i Lisa självservice. Inga avvikelser har hittats.'],
  ]);
}
