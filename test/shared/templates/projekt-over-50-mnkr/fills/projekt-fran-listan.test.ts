import { type ProjectRecord } from '../../../../../shared/engine';
import { projektOver50Mnkr } from '../../../../../shared/templates/projekt-over-50-mnkr';
import fill from '../../../../../shared/templates/projekt-over-50-mnkr/fills/projekt-fran-listan';
import { testFill } from '../../../../support/fill-tester';
import { patchSheet } from '../../../../support/grid-literal';
import { blankSheet, filledSheet } from '../filled-sheet';

function project(externalId: string, title: string, fields: Record<string, unknown>): ProjectRecord {
  return { externalId, title, status: 'Pågående', ...fields };
}

// T1 2021: (11) Beslutat Total kostnad in X, (15)/(16) Beslutat start/slut in AB/AC; rows 10–14.
const stockholmsjobb = project('PRJ-20', 'Stockholmsjobb, utökning', { budgetSek: 85_000_000, startDate: '2021-01-01', endDate: '2022-12-31' });
const unga = project('PRJ-21', 'Unga till arbete (ESF)', { budgetSek: 53_700_000, startDate: '2019-01-01', endDate: '2022-12-31' });
const yfi = project('PRJ-22', 'YFI', { budgetSek: 67_200_000, startDate: '2015-09-01', endDate: '2020-12-31' });
const small = project('PRJ-23', 'Studiesluss', { budgetSek: 7_865_000, startDate: '2020-01-01', endDate: '2023-12-31' });
const nyttStort = project('PRJ-24', 'Kompetenscentrum vuxenutbildning', { budgetSek: 60_000_000, startDate: '2021-03-01', endDate: '2024-06-30' });

testFill(projektOver50Mnkr, fill, {
  base: filledSheet(0),
  cases: [
    { name: 'no project list: nothing to fetch' },
    { name: 'a listed project whose budget and dates agree needs nothing', sources: { projects: [unga] } },
    {
      name: 'a listed project: a differing budget is suggested, emptied dates are filled',
      patch: { AB11: null, AC11: null },
      sources: { projects: [{ ...unga, budgetSek: 60_000_000 }] },
      suggestions: { X11: 60 },
      fixes: { AB11: { d: '2019-01-01' }, AC11: { d: '2022-12-31' } },
    },
    {
      name: 'the blank form gets the projects over 50 mnkr running in 2021, on its first empty rows',
      sheet: blankSheet(0),
      sources: { projects: [yfi, small, stockholmsjobb, nyttStort] },
      // Name and dates go into empty cells; (11) replaces the pre-formatted 0,0, so it is only suggested.
      fixes: {
        A10: 'Stockholmsjobb, utökning',
        AB10: { d: '2021-01-01' },
        AC10: { d: '2022-12-31' },
        A11: 'Kompetenscentrum vuxenutbildning',
        AB11: { d: '2021-03-01' },
        AC11: { d: '2024-06-30' },
      },
      suggestions: { X10: 85, X11: 60 },
    },
    { name: 'no empty row left: a missing project is not forced in', sources: { projects: [nyttStort] } },
    { name: 'a finished project is not added', sheet: patchSheet(blankSheet(0), {}), sources: { projects: [{ ...stockholmsjobb, status: 'Avslutat' }] } },
  ],
});
