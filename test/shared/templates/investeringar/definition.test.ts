import { Workbook } from '../../../../shared/grid';
import { investeringar } from '../../../../shared/templates/investeringar';
import { patchSheet, sheetOf } from '../../../support/grid-literal';
import { uppfoljning2021, vb2019, vp2022 } from './base-sheets';

const recognise = (sheet: ReturnType<typeof sheetOf>) => investeringar.recognise(sheet, new Workbook([sheet]));

describe('investeringar recognition', () => {
  it('tells the three kinds of form apart and finds the report year', () => {
    expect(recognise(uppfoljning2021)?.edition).toEqual({ id: 'uppfoljning-2021', label: 'Uppföljning av investeringsbudget 2021', year: 2021 });
    expect(recognise(vp2022)?.edition.id).toBe('vp-2022');
    expect(recognise(vb2019)?.edition.id).toBe('vb-2019');
  });

  it('reads the OCR title without ö and keeps the report year of the columns when the title is stale', () => {
    const ocr = patchSheet(uppfoljning2021, { A1: 'Uppfoljning av investeringsbudget 2020' });
    const hit = recognise(ocr);
    expect(hit?.edition.year).toBe(2021);
    expect(hit?.layout.title).toEqual({ cell: { row: 0, col: 0 }, text: 'Uppfoljning av investeringsbudget 2020', year: 2020 });
  });

  it('is not moved by one stale label: VB with "VP 2017" is still 2019', () => {
    expect(recognise(patchSheet(vb2019, { C7: 'VP 2017\nUtgift\n2019' }))?.edition.id).toBe('vb-2019');
  });

  it('resolves Avvikelse to VP − Prognos (uppföljning) and VP − Utfall N (VB)', () => {
    expect(recognise(uppfoljning2021)?.layout.avvikelse).toEqual({ col: 3, minuend: 2, subtrahend: 4 });
    expect(recognise(vb2019)?.layout.avvikelse).toEqual({ col: 3, minuend: 2, subtrahend: 4 });
    expect(recognise(vp2022)?.layout.avvikelse).toBeUndefined();
  });

  it('finds the columns by header text, not by position', () => {
    const moved = sheetOf('Blad1', [
      ['Uppföljning av investeringsbudget 2021'],
      ['Prognos (mnkr)', 'Anteckning', 'Utfall 2020', 'VP 2021', 'Avvikelse', 'Prognos 2021'],
      ['Inventarier och maskiner', '', 1.3, 4, 0, 4],
    ]);
    expect(recognise(moved)?.layout.avvikelse).toEqual({ col: 4, minuend: 3, subtrahend: 5 });
  });

  it('does not claim sheets without the Inventarier och maskiner row or without a VP column', () => {
    expect(recognise(patchSheet(uppfoljning2021, { A4: 'Lokaler' }))).toBeUndefined();
    expect(recognise(patchSheet(uppfoljning2021, { C3: 'Budget 2021' }))).toBeUndefined();
    expect(recognise(sheetOf('Blad1', [['Inventarier och maskiner', 4]]))).toBeUndefined();
  });
});
