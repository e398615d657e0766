import { projektOver50Mnkr } from '../../../../../shared/templates/projekt-over-50-mnkr';
import rule from '../../../../../shared/templates/projekt-over-50-mnkr/rules/project-over-50-mnkr-or-strategic';
import { testRule } from '../../../../support/rule-tester';
import { PROJECTS, blankSheet, filledSheet } from '../filled-sheet';

// T1 2021: projects in rows 10–14; X (11) Beslutat total kostnad, Z (13) Prognos total kostnad.
// PROJECTS[1..3] are over 50 mnkr; [0] (30,4) and [4] (35,7) are not.
const large = [PROJECTS[1]!, PROJECTS[2]!, PROJECTS[3]!, PROJECTS[1]!, PROJECTS[2]!];

testRule(projektOver50Mnkr, rule, {
  base: filledSheet(0, large),
  valid: [
    { name: 'every project over 50 mnkr' },
    { name: 'the blank form: pre-formatted rows are no projects', sheet: blankSheet(0) },
    { name: 'a decided total at or below 50 mnkr but a prognos above it', patch: { X10: 48 } },
    { name: 'a prognos at or below 50 mnkr but a decided total above it', patch: { Z10: 50 } },
  ],
  invalid: [
    {
      name: 'the standard projects include two of 30,4 and 35,7 mnkr',
      sheet: filledSheet(0),
      problems: [
        { messageId: 'underLimit', cell: 'A10', data: { beslutat: { sv: '30,4', en: '30.4' }, prognos: { sv: '30,4', en: '30.4' } } },
        { messageId: 'underLimit', cell: 'A14', data: { beslutat: { sv: '35,7', en: '35.7' } } },
      ],
    },
    {
      name: 'exactly 50 mnkr is not over 50 mnkr',
      patch: { X11: 50, Z11: 50 },
      problems: [{ messageId: 'underLimit', cell: 'A11' }],
    },
    {
      name: 'a named project with no amounts yet',
      sheet: blankSheet(2),
      patch: { A13: 'Nytt matchningsprojekt' },
      problems: [{ messageId: 'underLimit', cell: 'A13', data: { beslutat: { sv: '0,0', en: '0.0' } } }],
    },
  ],
});
