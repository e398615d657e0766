import { investeringar } from '../../../../../shared/templates/investeringar';
import rule from '../../../../../shared/templates/investeringar/rules/column-years-match-report-year';
import { testRule } from '../../../../support/rule-tester';
import { uppfoljning2021, vb2019, vp2022 } from '../base-sheets';

testRule(investeringar, rule, {
  base: uppfoljning2021,
  valid: [
    { name: 'uppföljning: Utfall 2020, VP 2021, Prognos 2021–2023' },
    { name: 'VP: Prognos 2021, VP 2022, Plan 2023–2026', sheet: vp2022 },
    { name: 'VB: Utfall 2018, VP 2019, S:a avvik 2019, Utfall 2019', sheet: vb2019 },
    { name: 'the T1 2020 OCR edition, one year earlier', patch: { B3: 'Utfall 2019', C3: 'VP 2020', E3: 'Prognos\n2020', F3: 'Prognos\n2021', G3: 'Prognos\n2022' } },
  ],
  invalid: [
    {
      name: '"Plan 20223" (VP 2022, 001 rad 1752)',
      sheet: vp2022,
      patch: { D3: 'Plan 20223' },
      problems: [{ messageId: 'notAYear', cell: 'D3', data: { header: 'Plan 20223', digits: '20223', expected: '2023' } }],
    },
    {
      name: '"VP 2017" over "Utgift 2019" (VB 2019, 002 rad 2621)',
      sheet: vb2019,
      patch: { C7: 'VP 2017\nUtgift\n2019' },
      problems: [{ messageId: 'wrongYear', cell: 'C7', data: { found: '2017', expected: '2019', reportYear: '2019' } }],
    },
    {
      name: 'VB: the group year over (1) not rolled back to the previous year',
      sheet: vb2019,
      patch: { B5: '2019' },
      problems: [{ messageId: 'wrongYear', cell: 'B5', data: { header: '2019', found: '2019', expected: '2018' } }],
    },
    {
      name: 'VB: the group year over (2)–(4) a year ahead',
      sheet: vb2019,
      patch: { C5: '2020' },
      problems: [{ messageId: 'wrongYear', cell: 'C5', data: { header: '2020', found: '2020', expected: '2019' } }],
    },
    {
      name: 'a prognos year repeated instead of counted on',
      patch: { G3: 'Prognos \n2022' },
      problems: [{ messageId: 'wrongYear', cell: 'G3', data: { header: 'Prognos 2022', found: '2022', expected: '2023' } }],
    },
  ],
});
