import { Workbook } from '../../../../shared/grid';
import { baskravInformationssakerhet } from '../../../../shared/templates/baskrav-informationssakerhet';
import { patchSheet, sheetOf } from '../../../support/grid-literal';
import { base } from './base-sheet';

const recognise = (sheet: ReturnType<typeof sheetOf>) => baskravInformationssakerhet.recognise(sheet, new Workbook([sheet]));

describe('baskrav-informationssakerhet recognition', () => {
  it('resolves the table, the seven krav rows, Nämnd/bolag and the VP year', () => {
    const hit = recognise(base);
    expect(hit?.edition).toEqual({ id: 'vp-2022', label: 'Verksamhetsplan 2022', year: 2022 });
    expect(hit?.layout.columns).toEqual({ nr: 0, krav: 1, status: 2, kommentar: 3 });
    expect(hit?.layout.kravRows.map((k) => [k.row, k.nr])).toEqual([
      [7, '1'], [8, '2'], [9, '3 a)'], [10, '3 b)'], [11, '4'], [12, '5'], [13, '6'],
    ]);
    expect(hit?.layout.namnd).toEqual({ label: { row: 4, col: 0 }, value: { row: 4, col: 1 }, inLabel: false });
  });

  it('reads an OCR’d title without å/ä and a name written in the label cell', () => {
    const ocr = patchSheet(base, { A1: 'Redovisning av grundlaggande baskrav for informationssakerhet', A5: 'Nämnd/bolag: Arbetsmarknadsnämnden', B5: null });
    expect(recognise(ocr)?.layout.namnd?.inLabel).toBe(true);
  });

  it('stops the krav rows at the first empty row, so footnotes below are not krav', () => {
    const withNotes = patchSheet(base, { A17: '1) Med ändamålsenlig organisation avses …' });
    expect(recognise(withNotes)?.layout.kravRows).toHaveLength(7);
  });

  it('leaves sheets without the Status/Kommentar table alone', () => {
    expect(recognise(sheetOf('Blad1', [['Redovisning av grundläggande baskrav för informationssäkerhet'], ['Krav']]))).toBeUndefined();
    expect(recognise(sheetOf('Blad1', [['Status', 'Kommentar']]))).toBeUndefined();
  });
});
