import { Workbook } from '../../../../../shared/grid';
import { investeringar } from '../../../../../shared/templates/investeringar';
import fill from '../../../../../shared/templates/investeringar/fills/utfall-fran-forra-aret';
import { planFillsForSheet } from '../../../../../shared/engine';
import { testFill } from '../../../../support/fill-tester';
import { patchSheet, sheetOf } from '../../../../support/grid-literal';
import { uppfoljning2021, vb2019, vp2022 } from '../base-sheets';

/** T1 2020 as the 2020 form printed it (003 rad 83–114), Utfall 2019 2,7. */
const uppfoljning2020 = sheetOf('Blad1', [
  ['Uppföljning av investeringsbudget 2020'],
  [],
  ['Prognos (mnkr)', 'Utfall 2019', 'VP 2020', 'Avvikelse', 'Prognos\n2020', 'Prognos\n2021', 'Prognos\n2022'],
  ['Inventarier och maskiner', 2.7, 4, { f: 'C4-E4', v: 0 }, 4, 4, 4],
]);

// The previous period's workbooks: VB 2019 behind an instruction sheet, and T1 2021.
const vbBook = { previous: { file: 'VB 2019.xlsx', workbook: new Workbook([sheetOf('Instruktion', [['Läs mig']]), vb2019]) } };
const t1Book = { previous: { file: 'T1 2021.xlsx', workbook: new Workbook([uppfoljning2021]) } };

testFill(investeringar, fill, {
  base: uppfoljning2020,
  cases: [
    { name: 'no previous workbook: nothing to fetch' },
    { name: 'the outcome already agrees with the VB (2,7 = 2,7, catalogue finding 8)', sources: vbBook },
    {
      name: 'T1 2020: an empty Utfall 2019 comes from VB 2019 (4) Utfall utgift 2019',
      patch: { B4: null },
      sources: vbBook,
      fixes: { B4: 2.7 },
    },
    {
      name: 'a typed Utfall that differs from the VB is only suggested',
      patch: { B4: 2.4 },
      sources: vbBook,
      suggestions: { B4: 2.7 },
    },
    {
      name: 'VP 2022: Prognos 2021 comes from T1 2021’s Prognos 2021',
      sheet: patchSheet(vp2022, { B4: null }),
      sources: t1Book,
      fixes: { B4: 4 },
    },
    { name: 'a previous workbook of another year gives nothing', sheet: patchSheet(uppfoljning2021, { B4: null }), sources: vbBook },
  ],
});

describe('investeringar/utfall-fran-forra-aret sources', () => {
  it('records the previous file and cell, and says when the value is a forecast', () => {
    const sheet = patchSheet(vp2022, { B4: null });
    const plan = planFillsForSheet(sheet, new Workbook([sheet]), { ...investeringar, fills: [fill] }, t1Book);
    expect(plan.fixes.map((e) => [e.cell, e.source, e.messageId])).toEqual([
      ['B4', { kind: 'previous-workbook', file: 'T1 2021.xlsx', sheet: 'Blad1', cell: 'E4' }, 'prognos'],
    ]);
    expect(plan.fixes[0]!.reason.sv).toContain('ersätt den med utfallet');
    const fromVb = planFillsForSheet(patchSheet(uppfoljning2020, { B4: null }), new Workbook([]), { ...investeringar, fills: [fill] }, vbBook);
    expect(fromVb.fixes.map((e) => [e.source, e.messageId])).toEqual([[{ kind: 'previous-workbook', file: 'VB 2019.xlsx', sheet: 'Blad1', cell: 'E8' }, 'utfall']]);
  });
});
