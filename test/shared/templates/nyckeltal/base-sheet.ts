import { type Sheet, num } from '../../../../shared/grid';
import { type CellInput, sheetOf } from '../../../support/grid-literal';

/** Sets cells to numbers with an Excel number format, as the city's nyckeltal forms print them. */
export function withFormat(sheet: Sheet, cells: Readonly<Record<string, readonly [number, string]>>): Sheet {
  return sheet.withCells(Object.fromEntries(Object.entries(cells).map(([a1, [value, numFmt]]) => [a1, { value: num(value), numFmt }])));
}

const group = (n: number): CellInput[] => [null, 'Underlag 2019', ...Array<null>(n - 1).fill(null), 'Nyckeltal 2019', 'Nyckeltal 2018'];

/**
 * A personalstatistik page laid out as the fixture writer lays out VB 2019: contact fields filled
 * (A1:B3), blocks of six rows from row 7: 122 (data row 10), 123 (16), 125 (22, underlag B–G, kvot
 * H), 129 (28, tkr → kronor), and 126 (title 31, a note in 32, data row 35, nothing filled in).
 * Every rule holds; the fills find nothing to do except 126's totals, which 125 knows.
 */
export const base: Sheet = withFormat(
  sheetOf('Blad1', [
    ['Handläggare:', 'Anna Andersson'],
    ['Telefon nr:', '08-508 00 000'],
    ['Mejladress:', 'anna.andersson@stockholm.se'],
    [],
    ['Nyckeltal för personalstatistik för Arbetsmarknadsnämnden'],
    [],
    ['Nyckeltal 122: Andel tillsvidareanställda'],
    group(2),
    [null, 'Antal tillsvidare-\nanställningar', 'Totala antalet\nanställningar', 'Andel tillsvidare-\nanställningar', 'Andel\ntillsvidareanställda'],
    ['Tillsvidareanställda', 850, 927],
    ['Kommentarer:'],
    [],
    ['Nyckeltal 123: Andel heltidstjänster'],
    group(2),
    [null, 'Antal heltids-\nanställningar', 'Totala antalet\ntillsvidare-\nanställningar', 'Andel heltids-\nanställningar', 'Andel heltids-\nanställningar'],
    ['Heltidstjänster', 833, 850],
    ['Kommentarer:'],
    [],
    ['Nyckeltal 125: Andelen kvinnliga chefer i förhållande\ntill andelen kvinnor bland de anställda*'],
    group(6),
    [null, 'Antalet anställda\nkvinnor', 'Totala antalet\nanställda', 'Andel kvinnor\n(%)', 'Antalet kvinnor\ni chefsposition', 'Totala antalet\nchefer', 'Andel kvinnliga\nchefer (%)', 'Kvinnliga\nchefer\n(kvot)', 'Kvinnliga\nchefer\n(kvot)'],
    ['Kvinnliga chefer', 669, 926, null, 87, 114],
    ['Kommentarer:'],
    [],
    ['Nyckeltal 129: Kostnad korttidsfrånvaro per årsarbetare\n(kostnad utan personalförsäkring (PF))'],
    group(2),
    [null, 'Kostnad för\nsjukfrånvaro-\ndagar dag 2-14 i\ntkr', 'Antalet\nårsarbetare', 'Kostnad\nsjukfrånvaro per\nårsarbetare,\nkronor', 'Kostnad\nsjukfrånvaro per\nårsarbetare, kronor'],
    ['Kostnad korttidsfrånvaro', 6018, 1052],
    ['Kommentarer:'],
    [],
    ['Nyckeltal 126: Andelen utrikes födda chefer i förhållande\ntill andelen utrikes födda medarbetare'],
    ['Underlaget tas fram först 2020.'],
    group(6),
    [null, 'Antalet anställda\nsom är utrikes\nfödda', 'Totala antalet\nanställda', 'Andel utrikes\nfödda\n(%)', 'Antalet utrikes\nfödda chefer', 'Totala antalet\nchefer', 'Andel utrikes\nfödda chefer\n(%)', 'Utrikes födda\nchefer\n(kvot)', 'Utrikes födda\nchefer\n(kvot)'],
    ['Utrikes födda chefer'],
    ['Kommentarer:'],
  ]),
  {
    D10: [0.917, '0.0%'],
    E10: [0.905, '0.0%'],
    D16: [0.98, '0.0%'],
    E16: [0.98, '0.0%'],
    D22: [0.72, '0%'],
    G22: [0.76, '0%'],
    H22: [1.056, '0.000'],
    I22: [1.05, '0.000'],
    D28: [5721, '#,##0'],
    E28: [4829, '#,##0'],
  },
);

/**
 * The Ekonomiskt bistånd page: NT 66 with a KF-indikator line and the years on a row of their own
 * under "Nyckeltal" (title A7, KF A8, data row 12), then NT 207 with only its note (A15, A16).
 */
export const ekonomisktBistand: Sheet = withFormat(
  sheetOf('Blad1', [
    ['Handläggare:', 'Anna Andersson'],
    ['Telefon nr:', '08-508 00 000'],
    ['Mejladress:', 'anna.andersson@stockholm.se'],
    [],
    ['Nyckeltal för  Ekonomiskt bistånd'],
    [],
    ['Nyckeltal 66: Andel aspiranter som är självförsörjande tre månader efter avslut på Jobbtorg Stockholm'],
    ['KF-indikator: Andel aspiranter som är självförsörjande tre månader efter avslut på Jobbtorg Stockholm'],
    [null, 'Underlag 2019', null, 'Nyckeltal'],
    [null, null, null, '2019', '2018'],
    [null, 'Antal aspiranter som är\nsjälvförsörjande tre\nmånader efter avslut,\ngenomsnitt per månad', 'Antal avslutade\naspiranter, genomsnitt\nper månad', 'Andel självförsörjande aspiranter,\ngenomsnitt per månad'],
    ['Aspiranter avslutade\npå Jobbtorg\nStockholm'],
    ['Kommentarer:'],
    [],
    ['Nyckeltal 207: Andel 23-åringar som är etablerade på arbetsmarknaden eller som studerar'],
    ['Nyckeltalet rapporterades 2014 av utbildningsnämnden'],
  ]),
  { B12: [96.4, '0.0'], C12: [132.3, '0.0'], D12: [0.729, '0.0%'], E12: [0.703, '0.0%'] },
);
