import { vasentlighetsOchRiskanalys } from '../../../../../shared/templates/vasentlighets-och-riskanalys';
import rule from '../../../../../shared/templates/vasentlighets-och-riskanalys/rules/row-has-goal-process-and-event';
import { patchSheet } from '../../../../support/grid-literal';
import { testRule } from '../../../../support/rule-tester';
import { vorSheet } from '../vor-sheet';

/** As the export prints it: KF-mål and Process written once and merged down over their rows. */
const merged = patchSheet(vorSheet('VoR', ['A14:A15', 'B14:B15', 'A16:A17']), { A15: null, B15: null, A17: null });

testRule(vasentlighetsOchRiskanalys, rule, {
  base: vorSheet(),
  valid: [{ name: 'every row filled in' }, { name: 'KF-mål and Process merged down over their rows', sheet: merged }],
  invalid: [
    { name: 'an event without its text', patch: { E15: null }, problems: [{ messageId: 'missing', cell: 'E15', data: { field: 'Oönskad händelse' } }] },
    {
      name: 'a process and an arbetssätt left blank, merged with nothing',
      patch: { B17: null, C17: '  ' },
      problems: [
        { messageId: 'missing', cell: 'B17', data: { field: 'Process' } },
        { messageId: 'missing', cell: 'C17', data: { field: 'Arbetssätt' } },
      ],
    },
    {
      name: 'a merged KF-mål cleared: every row of the group loses it',
      sheet: merged,
      patch: { A16: null },
      problems: [
        { messageId: 'missing', cell: 'A16', data: { field: 'KF:s mål för verksamhetsområdet' } },
        { messageId: 'missing', cell: 'A17', data: { field: 'KF:s mål för verksamhetsområdet' } },
      ],
    },
  ],
});
