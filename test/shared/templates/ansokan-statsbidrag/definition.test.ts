import { Workbook } from '../../../../shared/grid';
import { ansokanStatsbidrag } from '../../../../shared/templates/ansokan-statsbidrag';
import { patchSheet, sheetOf } from '../../../support/grid-literal';
import { base, RENUMBERED } from './base-sheet';

const recognise = (sheet: ReturnType<typeof sheetOf>) => ansokanStatsbidrag.recognise(sheet, new Workbook([sheet]));

describe('ansokan-statsbidrag recognition', () => {
  it('resolves fields, headings, theme boxes and both tables', () => {
    const hit = recognise(base);
    expect(hit?.edition).toEqual({ id: 'ansokan-2021', label: 'Ansökan om statsbidrag 2021', year: 2021 });
    const l = hit!.layout;
    expect([l.labelCol, l.amountCol]).toEqual([0, 1]);
    expect(l.fields.soktBelopp?.value).toEqual({ row: 6, col: 1 });
    expect(l.fields.tidplan?.value).toEqual({ row: 32, col: 0 });
    expect(l.fields.geografi?.value).toEqual({ row: 29, col: 0 });
    expect(l.fields.medsokande?.value).toEqual({ row: 8, col: 1 });
    expect(l.headings.map((h) => h.number)).toEqual(['1', '1.1', '1.3', '1.4', '1.5', '1.6', '2']);
    expect(l.costLines.map((c) => c.key)).toEqual(['lon', 'overhead', 'externa', 'mote', 'information', 'andra']);
    expect(l.finansieringLines.map((c) => [c.row, c.key])).toEqual([[45, 'statsbidrag'], [46, 'egen']]);
    expect([l.summaKostnader?.row, l.summaFinansiering?.row]).toEqual([42, 47]);
    expect(l.tematisk?.options.map((o) => o.marked)).toEqual([false, false, true, false, false]);
    expect(l.tematisk?.annat?.text).toBe('[Annat, nämligen…]');
  });

  it('finds Tidplan and the themes by their words when the numbering changes', () => {
    const l = recognise(patchSheet(base, RENUMBERED))!.layout;
    expect([l.fields.tidplan?.value, l.tematisk?.options.length]).toEqual([{ row: 32, col: 0 }, 5]);
  });

  it('reads a mark written before the theme and takes "1 juni 2021 – …" as an answer, not a heading', () => {
    const l = recognise(patchSheet(base, { A22: 'X Boende', A33: '1 juni 2021 – 30 april 2022' }))!.layout;
    expect(l.tematisk?.options[0]?.marked).toBe(true);
    expect(l.headings.map((h) => h.row)).not.toContain(32);
    expect(l.fields.tidplan?.value).toEqual({ row: 32, col: 0 });
  });

  it('reads OCR’d labels without å/ä/ö', () => {
    const l = recognise(patchSheet(base, { A1: 'Mall for ansokan – statsbidrag till socioekonomiskt eftersatta stadsdelar', A7: 'Sokt belopp:', A37: 'Lonekostnader och arvoden' }))!.layout;
    expect([l.fields.soktBelopp?.value, l.costLines[0]?.key]).toEqual([{ row: 6, col: 1 }, 'lon']);
  });

  it('needs the cost table and the state grant, so other applications are left alone', () => {
    expect(recognise(sheetOf('Blad1', [['Typ av kostnader (exempel)', 'Kostnad i SEK'], ['Lön', 1], ['Summa kostnader 2021', 1]]))).toBeUndefined();
    expect(recognise(sheetOf('Blad1', [['Ansökan om medel för avveckling/omstrukturering av lokaler']]))).toBeUndefined();
  });
});
