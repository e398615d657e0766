import { internkontrollplan } from '../../../../../shared/templates/internkontrollplan';
import rule from '../../../../../shared/templates/internkontrollplan/rules/control-has-goal';
import { sheetOf } from '../../../../support/grid-literal';
import { testRule } from '../../../../support/rule-tester';
import { ikpSheet } from '../ikp-sheets';

/** A plan with its goals in a Mål column (header row 1, controls on rows 2–3). */
const withGoalColumn = sheetOf('Internkontrollplan', [
  ['Mål', 'Process', 'Arbetssätt', 'Systematisk kontroll', 'RV', 'Oönskad händelse', 'Kontrollaktivitet', 'Kontrollansvarig'],
  ['3.1. Stockholm har en budget i balans', 'Budgetföljsamhet', 'Avrop', 'Budgetuppföljning', 12, 'Avropsmedlen nyttjas inte', 'Uppföljning', 'Controller'],
  ['3.1. Stockholm har en budget i balans', 'Redovisning', 'Utlägg via LISA', 'Kontroll av kvitton', 12, 'Staden betalar ut för ej berättigade utlägg och moms', 'Stickprov', 'Controller'],
]);

testRule(internkontrollplan, rule, {
  base: ikpSheet(),
  valid: [
    { name: 'every control under a KF-mål heading' },
    { name: 'every control with its own Mål', sheet: withGoalColumn },
    { name: 'a later heading cleared: its controls read as the goal above (only the VoR can tell)', patch: { A7: null } },
    { name: 'no headings and no Mål column: the missing column is reported once, elsewhere', patch: { A5: null, A7: null } },
  ],
  invalid: [
    {
      name: 'the first heading cleared: the first control sits under no goal',
      patch: { A5: null },
      problems: [{ messageId: 'noGoal', cell: 'A6', data: { handelse: 'Felaktiga statistiska underlag, försämrad analysförmåga.' } }],
    },
    {
      name: 'a Mål cell left blank',
      sheet: withGoalColumn,
      patch: { A3: null },
      problems: [{ messageId: 'noGoal', cell: 'A3', data: { handelse: 'Staden betalar ut för ej berättigade utlägg och moms' } }],
    },
  ],
});
