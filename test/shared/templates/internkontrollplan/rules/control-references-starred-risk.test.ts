import { internkontrollplan } from '../../../../../shared/templates/internkontrollplan';
import rule from '../../../../../shared/templates/internkontrollplan/rules/control-references-starred-risk';
import { testRule } from '../../../../support/rule-tester';
import { ikpSheet, vorSheet } from '../ikp-sheets';

const vor = [vorSheet()];

testRule(internkontrollplan, rule, {
  base: ikpSheet(),
  valid: [
    { name: 'every control refers to a starred VoR event with its RV', otherSheets: vor },
    { name: 'without a VoR in the workbook nothing can be compared', patch: { E6: 'En händelse som ingen VoR känner' } },
    { name: 'the händelse without its closing full stop, in other case', patch: { E6: 'felaktiga statistiska underlag, försämrad analysförmåga' }, otherSheets: vor },
    { name: 'the RV printed before the händelse, as in the VP 2022 print', patch: { D8: null, E8: '12 / Avropsmedlen nyttjas inte' }, otherSheets: vor },
  ],
  invalid: [
    {
      name: 'a control for an event the VoR does not have',
      patch: { E6: 'Deltagare registreras dubbelt' },
      otherSheets: vor,
      problems: [{ messageId: 'unknownRisk', cell: 'E6', data: { handelse: 'Deltagare registreras dubbelt', vor: 'VoR' } }],
    },
    {
      name: 'a control for an event the VoR keeps out of the plan',
      patch: { D8: 6, E8: 'Träffsäkerheten i prognoser är låg.' },
      otherSheets: vor,
      problems: [{ messageId: 'riskNotStarred', cell: 'E8', data: { nr: '3' } }],
    },
    {
      name: 'an RV that differs from the VoR',
      patch: { D6: 6 },
      otherSheets: vor,
      problems: [{ messageId: 'rvMismatch', cell: 'D6', data: { rv: 6, vorRv: 9, nr: '1' } }],
    },
  ],
});
