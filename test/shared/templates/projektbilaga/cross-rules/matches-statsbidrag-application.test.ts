import { ansokanStatsbidrag } from '../../../../../shared/templates/ansokan-statsbidrag';
import { projektbilaga } from '../../../../../shared/templates/projektbilaga';
import rule from '../../../../../shared/templates/projektbilaga/cross-rules/matches-statsbidrag-application';
import { testCrossRule } from '../../../../support/cross-rule-tester';
import { patchSheet } from '../../../../support/grid-literal';
import { base as application } from '../../ansokan-statsbidrag/base-sheet';
import { base as t1 } from '../base-sheet';

// The application "Etableringscentrum": Tidplan A33 "Juli 2021 – december 2021", Summa kostnader
// B43 927 760, egen finansiering B47 270 000; its costs are for "inkluderingslotsar". The list's
// row 10 is the project as the VP names it.
const list = patchSheet(t1, {
  A2: 'Nämndens budget/verksamhetsplan 2022',
  A10: 'DELMOS',
  B10: 'Inkluderingslots',
  C10: '0,9 miljoner kr',
  D10: '270 000 kr',
  E10: 'juli 2021 - december 2021',
  F10: 'Vuxenutbildning Stockholm, Etableringscentrum',
});

testCrossRule(projektbilaga, rule, {
  base: list,
  partner: { template: ansokanStatsbidrag, base: application },
  valid: [
    { name: 'budget 927 760 kr written as 0,9 miljoner, egen finansiering and tidplan as applied for' },
    { name: 'the project named as its application', patch: { B10: 'Etableringscentrum', F10: 'Jobbtorg Stockholm' } },
    { name: 'a department alone does not make a project the application’s', patch: { B10: 'Lotsprojekt', C10: '9 miljoner kr' } },
    { name: 'a blank egen finansiering is none, as 0 kr in the list', patch: { D10: '0 kr' }, partners: [{ template: ansokanStatsbidrag, sheet: application, patch: { B47: null } }] },
  ],
  invalid: [
    {
      name: 'a budget that is not the application’s Summa kostnader',
      patch: { C10: '1,4 miljoner kr' },
      problems: [{ messageId: 'budgetDiffers', cell: 'C10', partnerCell: 'B43', data: { expected: 927_760 } }],
    },
    {
      name: 'Unga Når Unga: 1 miljon kr medfinansiering where the application has none',
      patch: { D10: '1 miljon kr' },
      partners: [{ template: ansokanStatsbidrag, sheet: application, patch: { B47: null }, document: 'Unga når Unga.xlsx' }],
      problems: [{ messageId: 'medfinansieringDiffers', cell: 'D10', partnerCell: 'B47', document: 'Unga når Unga.xlsx', data: { actual: '1 miljon kr', expected: 0 } }],
    },
    {
      name: 'starting August where the application says July',
      patch: { E10: 'augusti 2021 - december 2021' },
      problems: [{ messageId: 'startDiffers', cell: 'E10', partnerCell: 'A33', data: { expected: 'Juli 2021 – december 2021' } }],
    },
    {
      name: 'ending April 2022 where the application ends in December',
      patch: { E10: 'juli 2021 - april 2022' },
      problems: [{ messageId: 'endDiffers', cell: 'E10', partnerCell: 'A33' }],
    },
  ],
});
