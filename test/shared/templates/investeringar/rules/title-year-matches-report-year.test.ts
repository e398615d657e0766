import { investeringar } from '../../../../../shared/templates/investeringar';
import rule from '../../../../../shared/templates/investeringar/rules/title-year-matches-report-year';
import { testRule } from '../../../../support/rule-tester';
import { uppfoljning2021, vb2019, vp2022 } from '../base-sheets';

testRule(investeringar, rule, {
  base: uppfoljning2021,
  valid: [
    { name: 'title and columns both 2021' },
    { name: 'VP: "Investeringsbudget 2022 och kommande år"', sheet: vp2022 },
    { name: 'VB: "Uppföljning av budget 2019 - verksamhetsberättelse och bokslut"', sheet: vb2019 },
    { name: 'a title without a year', patch: { A1: 'Uppföljning av investeringsbudget' } },
  ],
  invalid: [
    {
      name: 'the T1 2021 title left at 2020 (000 rad 87)',
      patch: { A1: 'Uppföljning av investeringsbudget 2020' },
      problems: [{ messageId: 'staleTitleYear', cell: 'A1', data: { found: '2020', reportYear: '2021' } }],
    },
  ],
});
