import { validateWorkbook } from '../../../../../shared/engine';
import { num } from '../../../../../shared/grid';
import { templates } from '../../../../../shared/templates';
import { investeringar } from '../../../../../shared/templates/investeringar';
import rule from '../../../../../shared/templates/investeringar/rules/avvikelse-is-template-formula';
import { patchSheet, workbookOf } from '../../../../support/grid-literal';
import { testRule } from '../../../../support/rule-tester';
import { uppfoljning2021, vb2019, vp2022 } from '../base-sheets';

testRule(investeringar, rule, {
  base: uppfoljning2021,
  valid: [
    { name: 'Avvikelse holds the formula =C4-E4' },
    { name: 'VB: S:a avvik holds =C8-E8', sheet: vb2019 },
    { name: 'VP: no Avvikelse column', sheet: vp2022 },
    { name: 'Avvikelse cleared is a blank, not a typed value (amounts-filled says so)', patch: { D4: null } },
    { name: 'a formula with a stale cached value is still the formula', patch: { E4: 3, D4: { f: 'C4-E4', v: 0 } } },
  ],
  invalid: [
    {
      name: 'the formula replaced by its own value',
      patch: { D4: 0 },
      problems: [{ messageId: 'typedOverFormula', cell: 'D4', data: { formula: '=C4-E4', actual: 0 } }],
    },
    {
      name: 'a typed value within the printed 0,0 of VP − prognos',
      sheet: uppfoljning2021.withCells({ E4: { value: num(3.96) }, D4: { value: num(0), numFmt: '0.0' } }),
      problems: [{ messageId: 'typedOverFormula', cell: 'D4' }],
    },
    {
      name: 'the formula replaced by another number',
      patch: { D4: 0.1 },
      problems: [{ messageId: 'typedWrongValue', cell: 'D4', data: { formula: '=C4-E4', actual: 0.1, expected: 0 } }],
    },
    {
      name: 'VB: S:a avvik typed as VP − the 2018 outcome',
      sheet: vb2019,
      patch: { D8: -0.1 },
      problems: [{ messageId: 'typedWrongValue', cell: 'D8', data: { formula: '=C8-E8', actual: -0.1, expected: 3.3 } }],
    },
  ],
});

describe('investeringar/avvikelse-is-template-formula severities', () => {
  const severityOf = (patch: Parameters<typeof patchSheet>[1]) =>
    validateWorkbook(workbookOf(patchSheet(uppfoljning2021, patch)), templates).problems.find((p) => p.ruleId === rule.meta.id)?.severity;

  it('warns while the typed value still agrees with the formula', () => {
    expect(severityOf({ D4: 0 })).toBe('warning');
  });

  it('errs once the typed value is wrong', () => {
    expect(severityOf({ D4: 0.1 })).toBe('error');
  });
});
