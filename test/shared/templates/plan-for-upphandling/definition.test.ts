import { Workbook } from '../../../../shared/grid';
import { planForUpphandling } from '../../../../shared/templates/plan-for-upphandling';
import { patchSheet, sheetOf } from '../../../support/grid-literal';
import { base } from './base-sheet';

const recognise = (sheet: ReturnType<typeof sheetOf>) => planForUpphandling.recognise(sheet, new Workbook([sheet]));

describe('plan-for-upphandling recognition', () => {
  it('resolves the columns, the rows under their sections, the contact fields and the plan year', () => {
    const hit = recognise(base);
    expect(hit?.edition).toEqual({ id: 'plan-2022', label: 'Plan för upphandling 2022', year: 2022 });
    expect(hit?.layout.columns).toEqual({ familj: 0, klass: 1, beskrivning: 2, start: 3, avtalsperiod: 4, varde: 5, namnd: 6, kontakt: 7 });
    expect(hit?.layout.vardeUnit).toBe('mnkr');
    expect(hit?.layout.rows).toEqual([12, 13, 15]);
    expect(hit?.layout.sections.map((s) => [s.row, s.rows])).toEqual([[11, [12, 13]], [14, [15]]]);
    expect(hit?.layout.contactFields.map((f) => [f.value, f.inLabel])).toEqual([
      [{ row: 7, col: 2 }, false],
      [{ row: 8, col: 2 }, false],
    ]);
  });

  it('reads the OCR’d title and a header without å/ä/ö', () => {
    const ocr = patchSheet(base, { A3: 'PLAN FOR UPPHANDLING 2022', F11: 'Varde mnkr', G11: 'Ansvarig namnd' });
    const hit = recognise(ocr);
    expect([hit?.edition.id, hit?.layout.columns.varde, hit?.layout.columns.namnd]).toEqual(['plan-2022', 5, 6]);
  });

  it('counts a "no procurements" line as no section', () => {
    const hit = recognise(patchSheet(base, { A18: 'Staberna', A19: 'Inga planerade upphandlingar' }));
    expect(hit?.layout.sections.map((s) => s.title)).toEqual(['Avdelningen Jobbtorg Stockholm', 'Avdelningen Vuxenutbildning Stockholm', 'Staberna']);
    expect(hit?.layout.nilRows).toEqual([18]);
  });

  it('needs both category columns', () => {
    expect(recognise(sheetOf('Blad1', [['PLAN FÖR UPPHANDLING 2022'], ['Kategorifamilj', 'Beskrivning']]))).toBeUndefined();
  });
});
