import { Workbook } from '../../../../shared/grid';
import { recognise as recogniseAny } from '../../../../shared/engine';
import { templates } from '../../../../shared/templates';
import { lokalHandlingsplanMotKriminalitet as template } from '../../../../shared/templates/lokal-handlingsplan-mot-kriminalitet';
import { patchSheet, sheetOf } from '../../../support/grid-literal';
import { planSheet } from './plan-sheet';

const recognise = (sheet: ReturnType<typeof sheetOf>) => template.recognise(sheet, new Workbook([sheet]));

describe('lokal-handlingsplan-mot-kriminalitet recognition', () => {
  it('is the template every registered template leaves the plan to', () => {
    const sheet = planSheet();
    expect(recogniseAny(sheet, new Workbook([sheet]), templates)?.template.id).toBe('lokal-handlingsplan-mot-kriminalitet');
  });

  it('reads the plan period from the end of the title and the update date', () => {
    const hit = recognise(planSheet());
    expect(hit?.layout.period).toEqual({ start: '2019-01-01', end: '2022-12-31', label: '2019 – 2022' });
    expect(hit?.edition).toEqual({ id: 'plan-2019-2022', label: 'Lokal handlingsplan mot kriminalitet 2019–2022, uppdaterad 2021-04-23', year: 2021 });
  });

  it('reads a title wrapped over two lines, with a hyphen for the dash', () => {
    const hit = recognise(patchSheet(planSheet(), { A1: 'Lokal handlingsplan … för att minska risken för att barn, unga och unga vuxna dras in i\nkriminalitet 2020-2023' }));
    expect(hit?.layout.period).toEqual({ start: '2020-01-01', end: '2023-12-31', label: '2020 – 2023' });
  });

  it('skips the header the print repeats on each page', () => {
    const repeated = patchSheet(planSheet(), { C7: 'Mål och nytta', D7: 'Metoder och arbetssätt', F7: 'Tidsplan' });
    expect(recognise(repeated)?.layout.rows).toEqual([4, 5, 7]);
  });
});
