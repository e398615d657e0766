import type { Sheet } from '../../../../shared/grid';
import { type CellInput, sheetOf } from '../../../support/grid-literal';

/**
 * An application laid out as the fixture writer lays out the 2021 form (Sökt belopp B7, theme
 * boxes A22:B26, Tidplan A33, cost lines 37–42, Summa kostnader 43, statsbidrag 46, egen
 * finansiering 47, Summa finansiering 48), with amounts that satisfy every rule: a six-month
 * tidplan within 2021, the stated arithmetic right, financing equal to costs. Only the form's own
 * numbering gap (1.1 → 1.3) is left, as in every real application.
 */
const rows: CellInput[][] = [
  ['Mall för ansökan – statsbidrag till socioekonomiskt eftersatta stadsdelar och stadens integrationsarbete'],
  [],
  ['Syftet med statsbidraget är att stärka ekonomisk och social utveckling inom socioekonomiskt eftersatta stadsdelar.'],
  ['Statsbidraget regleras i: Förordning (2018:151) om statsbidrag till kommuner med socioekonomiskt eftersatta områden.'],
  [],
  ['Namn på insats:', 'Etableringscentrum'],
  ['Sökt belopp:', 657_760],
  ['Sökande nämnd', 'Arbetsmarknadsnämnden'],
  ['Ev medsökande nämnd'],
  ['Kontaktperson', 'Arja Kallo'],
  ['Telefon', '08-508 35 919'],
  ['E-post', 'arja.kallo@stockholm.se'],
  [],
  ['Ansökan'],
  ['1. Beskrivning (mål och syfte)'],
  ['1.1 Behovsanalys/problembeskrivning'],
  ['Ange vilka behov som ligger till grund för de åtgärder ni söker statsbidragsmedel för i denna ansökan.'],
  ['1.3 Beskrivning av insatsen'],
  ['Erfarenheter visar att ett kommunövergripande strategiskt arbete leder till att minska segregation.'],
  ['1.4 Tematisk inriktning'],
  ['Statsbidraget kan användas inom många olika områden. Ange vilken/vilka tematiska inriktningar ert arbete inriktar sig mot.'],
  ['□ Boende'],
  ['□ Utbildning'],
  ['□ Arbetsmarknad', 'X'],
  ['□ Demokrati och civilsamhälle'],
  ['□ Brottslighet'],
  ['[Annat, nämligen…]'],
  ['1.5 Geografiskt område'],
  ['Ange den eller de stadsdelar där åtgärder kommer att genomföras.'],
  ['Hela staden'],
  ['1.6 Tidplan'],
  ['Ange övergripande tidplan för insatsen.'],
  ['Juli 2021 – december 2021'],
  [],
  ['2. Beskrivning av utgifter och eventuell medfinansiering'],
  ['Typ av kostnader (exempel)', 'Kostnad i SEK'],
  ['Lönekostnader för fyra inkluderingslotsar på heltid under 6 månader. Lägsta lön enligt kollektivavtal 19 550 kr + PF 8 100 kr', 663_600],
  ['Overheadkostnader (max 15 procent av löne- eller arvodeskostnader) Beräknat 10 %', 66_360],
  ['Externa tjänster: Rekrytering av lotsar (25 000 kr); Extern utvärdering (100 000 kr)', 125_000],
  ['Möte och konferens'],
  ['Informationsspridning och marknadsföring'],
  ['Andra verksamhetskostnader: Handledning 50 000 kr; SL-kort 22 800 kr (950 kr x 6 månader x 4)', 72_800],
  ['Summa kostnader 2021', 927_760],
  [],
  ['Typ av finansiering', 'Kostnad i SEK'],
  ['Finansiering via statsbidrag/sökt belopp i denna ansökan', 657_760],
  ['Egen finansiering (medfinansiering): Anställningsstöd ca 15 000 per individ och månad, i genomsnitt 3 lotsar', 270_000],
  ['Summa finansiering 2021', 927_760],
];

export const base: Sheet = sheetOf('Blad1', rows);

/** The headings renumbered without the gap (1.2 … 1.5), for cases that need complete numbering. */
export const RENUMBERED = { A18: '1.2 Beskrivning av insatsen', A20: '1.3 Tematisk inriktning', A28: '1.4 Geografiskt område', A31: '1.5 Tidplan' } as const;
