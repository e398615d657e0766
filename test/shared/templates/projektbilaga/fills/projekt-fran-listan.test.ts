import { Workbook } from '../../../../../shared/grid';
import { type ProjectRecord, planFillsForSheet } from '../../../../../shared/engine';
import { projektbilaga } from '../../../../../shared/templates/projektbilaga';
import fill from '../../../../../shared/templates/projektbilaga/fills/projekt-fran-listan';
import { testFill } from '../../../../support/fill-tester';
import { base } from '../base-sheet';

/** Items of the Projects list (internal field names of shared/lists/schemas/projects.ts). */
function project(externalId: string, title: string, fields: Record<string, unknown>): ProjectRecord {
  return { externalId, title, department: ['Jobbtorg Stockholm'], financingCategory: 'ESF', role: 'Samarbetspartner', status: 'Pågående', ...fields };
}

const hallbar = project('PRJ-2', 'Hållbar Etablering', { budgetSek: 38_600_000, cofinancingSek: 13_500_000, startDate: '2019-08-01', endDate: '2022-06-30', department: ['Vuxenutbildning Stockholm'] });
const bron = project('PRJ-3', 'Bron', { budgetSek: 10_200_000, cofinancingSek: 0, startDate: '2019-09-01', endDate: '2022-06-30' });
const jobbvagen = project('PRJ-9', 'Jobbvägen - ESF genom Rädda Barnen', { budgetSek: 16_700_000, cofinancingSek: 8_400_000, startDate: '2021-01-01', endDate: '2023-02-28' });
const avslutat = project('PRJ-8', 'YFI', { budgetSek: 67_200_000, cofinancingSek: 36_000_000, startDate: '2015-09-01', endDate: '2020-12-31', status: 'Avslutat' });
const unga = project('PRJ-1', 'Utvecklat stöd för unga', { budgetSek: 24_250_660, cofinancingSek: 12_852_850, startDate: '2021-02-01', endDate: '2023-04-30' });

testFill(projektbilaga, fill, {
  base,
  cases: [
    { name: 'no project list: nothing to fetch' },
    { name: 'a list that agrees with the annex needs nothing; a finished project is not added', sources: { projects: [hallbar, bron, avslutat] } },
    {
      name: 'empty fields of a listed project are filled from the list, in the annex’s unit',
      patch: { C8: null, E8: null, F8: null },
      sources: { projects: [hallbar] },
      fixes: { C8: '38,6 miljoner kr', E8: 'augusti 2019 - juni 2022', F8: 'Vuxenutbildning Stockholm' },
      resolves: ['projektbilaga/budget-is-an-amount-in-kronor', 'projektbilaga/period-has-start-and-end'],
    },
    {
      name: 'an amount shortened past its precision (24 250 660 kr printed "24,2 miljoner kr") is suggested exactly',
      sources: { projects: [unga] },
      suggestions: { C7: '24 250 660 kr', D7: '12 852 850 kr' },
    },
    {
      name: 'a period and a budget that differ from the list are suggested; free text is kept',
      patch: { E9: 'september 2019 - april 2022', F9: 'Jobbtorg Stockholm, Bron', C10: 'Vi får bidrag för en projektledare.' },
      sources: { projects: [{ ...bron, budgetSek: 10_500_000 }, project('PRJ-4', 'Steget tillsammans', { budgetSek: 631_084, startDate: '2020-12-01', endDate: '2022-02-28' })] },
      suggestions: { C9: '10,5 miljoner kr', E9: 'september 2019 - juni 2022' },
    },
    {
      name: 'an ongoing project missing from the annex gets a new row after the list',
      sources: { projects: [jobbvagen, avslutat] },
      fixes: {
        A11: 'ESF, samarbetspartner',
        B11: 'Jobbvägen - ESF genom Rädda Barnen',
        C11: '16,7 miljoner kr',
        D11: '8,4 miljoner kr',
        E11: 'januari 2021 - februari 2023',
        F11: 'Jobbtorg Stockholm',
      },
    },
    {
      name: 'a project found under its former name',
      patch: { B8: 'SY-Vux', C8: null },
      sources: { projects: [{ ...hallbar, title: 'Utvecklingsplattform för kombinationsutbildningar', aliases: 'SY-Vux\nSY- VUX' }] },
      fixes: { C8: '38,6 miljoner kr' },
    },
  ],
});

describe('projektbilaga/projekt-fran-listan sources', () => {
  it('records the list item and field behind every value', () => {
    const plan = planFillsForSheet(base, new Workbook([base]), { ...projektbilaga, fills: [fill] }, { projects: [jobbvagen] });
    expect(plan.fixes.map((e) => [e.cell, e.source])).toEqual([
      ['A11', { kind: 'list-item', list: 'Projects', itemId: 'PRJ-9', field: 'financingCategory' }],
      ['B11', { kind: 'list-item', list: 'Projects', itemId: 'PRJ-9', field: 'Title' }],
      ['C11', { kind: 'list-item', list: 'Projects', itemId: 'PRJ-9', field: 'budgetSek' }],
      ['D11', { kind: 'list-item', list: 'Projects', itemId: 'PRJ-9', field: 'cofinancingSek' }],
      ['E11', { kind: 'list-item', list: 'Projects', itemId: 'PRJ-9', field: 'startDate' }],
      ['F11', { kind: 'list-item', list: 'Projects', itemId: 'PRJ-9', field: 'department' }],
    ]);
  });
});
