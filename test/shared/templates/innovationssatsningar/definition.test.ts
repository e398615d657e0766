import { Workbook } from '../../../../shared/grid';
import { innovationssatsningar } from '../../../../shared/templates/innovationssatsningar';
import { readType } from '../../../../shared/templates/innovationssatsningar/innovation-type';
import { patchSheet, sheetOf } from '../../../support/grid-literal';
import { base } from './base-sheet';

const recognise = (sheet: ReturnType<typeof sheetOf>) => innovationssatsningar.recognise(sheet, new Workbook([sheet]));

describe('innovationssatsningar recognition', () => {
  it('resolves all nine columns, the rows and the VP year', () => {
    const hit = recognise(base);
    expect(hit?.edition).toEqual({ id: 'vp-2022', label: 'Innovationssatsningar, verksamhetsplan 2022', year: 2022 });
    expect(hit?.layout.columns).toEqual({ namn: 0, typ: 1, beskrivning: 2, tidplan: 3, finansiering: 4, budget: 5, partners: 6, ansvarig: 7, kontakt: 8 });
    expect(hit?.layout.headers.typ).toBe('Typ av innovation (verksamhetsutveckling alternativt testbäddverksamhet)');
    expect(hit?.layout.rows).toEqual([4, 5, 6]);
  });

  it('reads headers without å/ä/ö and a sheet without the VP line', () => {
    const hit = recognise(patchSheet(base, { A4: 'Namn pa satsningen', A2: null }));
    expect([hit?.layout.columns.namn, hit?.edition.id]).toEqual([0, 'vp']);
  });

  it('leaves a sheet without "Typ av innovation" alone', () => {
    expect(recognise(sheetOf('Blad1', [['Namn på satsningen', 'Tidplan']]))).toBeUndefined();
  });
});

describe('readType', () => {
  it('reads the two kinds in any case, hyphenated or with a linking s', () => {
    expect(['Verksamhetsutveckling', 'verksamhets-utveckling', 'TESTBÄDDSVERKSAMHET', 'Testbaddverksamhet'].map((t) => readType(t).kind)).toEqual(['exact', 'exact', 'exact', 'exact']);
  });
  it('takes a slip of a letter or two as a misspelling, a description as no kind', () => {
    expect(readType('Verkamhetsutveckling')).toEqual({ kind: 'misspelt', type: 'Verksamhetsutveckling' });
    expect(readType('Testbädsverksamet')).toEqual({ kind: 'misspelt', type: 'Testbäddverksamhet' });
    expect(readType('Utveckla nya digitala undervisningsmetoder')).toEqual({ kind: 'other' });
  });
});
