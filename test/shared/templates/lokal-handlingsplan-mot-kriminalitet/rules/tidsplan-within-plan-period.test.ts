import { lokalHandlingsplanMotKriminalitet as template } from '../../../../../shared/templates/lokal-handlingsplan-mot-kriminalitet';
import rule from '../../../../../shared/templates/lokal-handlingsplan-mot-kriminalitet/rules/tidsplan-within-plan-period';
import { testRule } from '../../../../support/rule-tester';
import { planSheet } from '../plan-sheet';

testRule(template, rule, {
  base: planSheet(),
  valid: [
    { name: '2021-2022 inside 2019 – 2022' },
    { name: 'the whole period, and a season in it', patch: { F5: '2019 – 2022', F6: 'Hösten 2020' } },
    { name: 'without a period in the title only the time itself is checked', patch: { A1: 'Lokal handlingsplan mot kriminalitet', F5: '2023' } },
  ],
  invalid: [
    { name: 'no Tidsplan', patch: { F6: null }, problems: [{ messageId: 'missing', cell: 'F6' }] },
    { name: 'words that are no time', patch: { F7: 'vid behov' }, problems: [{ messageId: 'notAPeriod', cell: 'F7', data: { text: 'vid behov' } }] },
    {
      name: 'a schedule running past the plan period',
      patch: { F8: '2022-2023' },
      problems: [{ messageId: 'outsidePeriod', cell: 'F8', data: { text: '2022-2023', start: '2022-01-01', end: '2023-12-31', period: '2019 – 2022' } }],
    },
  ],
});
