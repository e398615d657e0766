import { Workbook } from '../../../../shared/grid';
import { nyckeltal } from '../../../../shared/templates/nyckeltal';
import { displayOf, shown } from '../../../../shared/templates/nyckeltal/display';
import { underlagKey } from '../../../../shared/templates/nyckeltal/underlag-key';
import { patchSheet, sheetOf } from '../../../support/grid-literal';
import { base, ekonomisktBistand } from './base-sheet';

const recognise = (sheet: ReturnType<typeof sheetOf>) => nyckeltal.recognise(sheet, new Workbook([sheet]));

describe('nyckeltal recognition', () => {
  it('resolves the contacts and every block: underlag, this year and last year', () => {
    const hit = recognise(base);
    expect(hit?.edition).toEqual({ id: 'vb-2019', label: 'Nyckeltal, verksamhetsberättelse 2019', year: 2019 });
    const l = hit!.layout;
    expect(l.contacts.map((c) => [c.name, c.value])).toEqual([
      ['Handläggare', { row: 0, col: 1 }],
      ['Telefon nr', { row: 1, col: 1 }],
      ['Mejladress', { row: 2, col: 1 }],
    ]);
    expect(l.blocks.map((b) => [b.id, b.table?.dataRow, b.table?.underlag.length, b.table?.current?.col, b.table?.previous?.col])).toEqual([
      ['122', 9, 2, 3, 4],
      ['123', 15, 2, 3, 4],
      ['125', 21, 6, 7, 8],
      ['129', 27, 2, 3, 4],
      ['126', 34, 6, 7, 8],
    ]);
    expect(l.blocks[0]!.table?.underlag.map((u) => u.header)).toEqual(['Antal tillsvidareanställningar', 'Totala antalet anställningar']);
    expect(l.blocks[4]!.notes.map((n) => n.text)).toEqual(['Underlaget tas fram först 2020.']);
  });

  it('reads NT 66’s years under a merged "Nyckeltal", its KF-indikator, and NT 207 without a table', () => {
    const l = recognise(ekonomisktBistand)!.layout;
    expect([l.blocks[0]!.table?.current?.year, l.blocks[0]!.table?.previous?.year, l.blocks[0]!.kfIndikator?.cell]).toEqual([2019, 2018, { row: 7, col: 0 }]);
    expect([l.blocks[1]!.id, l.blocks[1]!.table, l.blocks[1]!.notes.length]).toEqual(['207', undefined, 1]);
  });

  it('reads OCR’d labels without å/ä/ö', () => {
    const l = recognise(patchSheet(base, { A1: 'Handlaggare:', A7: 'Nyckeltal 122: Andel tillsvidareanstallda' }))!.layout;
    expect([l.contacts[0]?.name, l.blocks[0]?.id]).toEqual(['Handlaggare', '122']);
  });

  it('leaves sheets without "Nyckeltal NNN:" titles alone', () => {
    expect(recognise(sheetOf('Blad1', [['Nyckeltal för personalstatistik'], ['Andel', 0.5]]))).toBeUndefined();
    expect(recognise(patchSheet(base, { A7: 'Andel tillsvidareanställda', A13: null, A19: null, A25: null, A31: null }))).toBeUndefined();
    // A title far down a long sheet is some other document quoting a nyckeltal.
    expect(recognise(sheetOf('Blad1', [...Array.from({ length: 80 }, () => ['text']), ['Nyckeltal 122: Andel tillsvidareanställda']]))).toBeUndefined();
  });
});

describe('nyckeltal display and underlag names', () => {
  it('shows a value as its format prints it', () => {
    expect(shown(850 / 927, displayOf({ value: { kind: 'number', value: 0 }, numFmt: '0.0%' })!)).toEqual({ sv: '91,7%', en: '91.7%' });
    expect(shown(6018000 / 1052, displayOf({ value: { kind: 'number', value: 0 }, numFmt: '#,##0' })!)).toEqual({ sv: '5 721', en: '5,721' });
    expect(displayOf({ value: { kind: 'text', value: '6,45%' } })).toEqual({ decimals: 2, percent: true });
    expect(displayOf({ value: { kind: 'number', value: 0.917 } })).toEqual({ decimals: 3, percent: false });
  });

  it('names "Antal X" and "Totala antalet X" alike, anställda apart from anställningar', () => {
    expect(underlagKey('Antal tillsvidare-\nanställningar')).toBe(underlagKey('Totala antalet tillsvidare-anställningar'));
    expect(underlagKey('Totala antalet anställda')).not.toBe(underlagKey('Totala antalet anställningar'));
  });
});
