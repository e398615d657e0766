import { projektbilaga } from '../../../../../shared/templates/projektbilaga';
import rule from '../../../../../shared/templates/projektbilaga/cross-rules/intro-counts-new-projects';
import { testCrossRule } from '../../../../support/cross-rule-tester';
import { patchSheet } from '../../../../support/grid-literal';
import { base as t1 } from '../base-sheet';

// T1 2021's list (rows 7–10) ends with Steget tillsammans (Länsstyrelsen, december 2020 –
// februari 2022). The VP 2022 list has Steget again as a new round from januari 2022, and
// Framtidsprogrammet (row 11) and Unga Når Unga (row 12) that T1 2021 did not have.
const vp = patchSheet(t1, {
  A2: 'Nämndens budget/verksamhetsplan 2022',
  A4: 'Nedan beskrivs nämndens större projekt. Nämnden har fått ett nytt projekt via Delegationen mot Segregation (DELMOS). Nämnden har även två nya projekt finansierade av Länsstyrelsen.',
  E10: 'januari 2022 - januari 2023',
  A11: 'Länsstyrelsen (§37)', B11: 'Framtidsprogrammet', C11: '845 264 kr', D11: '0 kr', E11: 'januari 2022 - december 2022', F11: 'Jobbtorg Stockholm',
  A12: 'DELMOS', B12: 'Unga Når Unga', C12: '5 miljoner kr', D12: '0 kr', E12: 'augusti 2021 - april 2022', F12: 'Jobbtorg Stockholm',
});

testCrossRule(projektbilaga, rule, {
  base: vp,
  partner: { template: projektbilaga, base: t1 },
  valid: [
    { name: 'two new Länsstyrelsen projects, one a new round under an old name' },
    { name: 'a claim of another kind ("ett 50-tal projekt") is no count of new ones', patch: { A4: 'Nämnden har ett 50-tal projekt av olika omfattning.' } },
    { name: 'without a previous edition nothing is known to be new', partners: [{ template: projektbilaga, sheet: vp, patch: { A2: 'Nämndens budget/verksamhetsplan 2023' } }] },
  ],
  invalid: [
    {
      name: 'three new Länsstyrelsen projects claimed, two in the list',
      patch: { A4: 'Nämnden har även tre nya projekt finansierade av Länsstyrelsen.' },
      problems: [{ messageId: 'countDiffers', cell: 'A4', partnerCell: 'B6', data: { count: 2, projects: 'Steget tillsammans, Framtidsprogrammet' } }],
    },
    {
      name: 'a project "under handläggning" is not yet funded (VP 2022: tre nya via fonden och DELMOS, två i listan)',
      patch: {
        A4: 'Istället har två nya projekt fått finansiering via stadens Sociala Investeringsfond samt Delegationen mot Segregation (DELMOS).',
        A13: 'Sociala Investeringsfonden', B13: 'Utökat stöd inom VUX – projekt under handläggning', C13: '19,3 miljoner kr', D13: 0, E13: '2022 - 2024', F13: 'Vuxenutbildning Stockholm',
      },
      problems: [{ messageId: 'countDiffers', cell: 'A4', partnerCell: 'B6', data: { count: 1, projects: 'Unga Når Unga' } }],
    },
  ],
});
