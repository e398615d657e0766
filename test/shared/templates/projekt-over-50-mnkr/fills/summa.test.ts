import { Workbook, columnLetters } from '../../../../../shared/grid';
import { numberOrZero, planFillsForSheet } from '../../../../../shared/engine';
import { projektOver50Mnkr } from '../../../../../shared/templates/projekt-over-50-mnkr';
import fill from '../../../../../shared/templates/projekt-over-50-mnkr/fills/summa';
import { testFill } from '../../../../support/fill-tester';
import { patchSheet } from '../../../../support/grid-literal';
import { blankSheet, filledSheet } from '../filled-sheet';

// T1 2021: projects in rows 10–14, Summa in row 15; 26 amount columns B–AA.
const AMOUNT_COLUMNS = Array.from({ length: 26 }, (_, i) => columnLetters(i + 1));

// A delsummering inserted after three projects (row 13), with Summa formulas (row 16) that run
// over it and so count its three projects twice.
const withSubtotal = filledSheet(0, undefined, { subtotalAfter: 3, subtotalName: 'Delsumma' });
const at = (row: number, col: string) => numberOrZero(withSubtotal, row - 1, AMOUNT_COLUMNS.indexOf(col) + 1);
const projectSum = (col: string) => [10, 11, 12, 14, 15].reduce((s, r) => s + at(r, col), 0);
const doubled = patchSheet(
  withSubtotal,
  Object.fromEntries(AMOUNT_COLUMNS.map((c) => [`${c}16`, { f: `SUM(${c}10:${c}15)`, v: Math.round((projectSum(c) + at(13, c)) * 1e9) / 1e9 }])),
);

testFill(projektOver50Mnkr, fill, {
  base: filledSheet(0),
  cases: [
    { name: 'a Summa that adds up needs nothing' },
    { name: 'the blank T1 2021 form needs nothing', sheet: blankSheet(0) },
    {
      name: 'an emptied Summa cell gets its formula back',
      patch: { B15: null },
      fixes: { B15: 67.1 },
      resolves: ['projekt-over-50-mnkr/summa-equals-sum-of-project-rows'],
    },
    {
      name: 'a typed Summa is only suggested',
      patch: { D15: 100 },
      suggestions: { D15: 102.7 },
      resolves: ['projekt-over-50-mnkr/summa-equals-sum-of-project-rows'],
    },
    {
      name: 'Summa formulas that also sum an inserted delsummering are rewritten around it',
      sheet: doubled,
      fixes: Object.fromEntries(AMOUNT_COLUMNS.filter((c) => at(13, c) !== 0).map((c) => [`${c}16`, Math.round(projectSum(c) * 1e9) / 1e9])),
      resolves: ['projekt-over-50-mnkr/summa-equals-sum-of-project-rows'],
    },
    {
      name: 'the OCR "00" typed over the Summa formula in T1 2020 gets a suggestion to restore it',
      sheet: blankSheet(1),
      suggestions: { E17: 0 },
      resolves: ['projekt-over-50-mnkr/amounts-are-numbers'],
    },
  ],
});

describe('projekt-over-50-mnkr/summa formulas', () => {
  it('sums the project rows in runs that leave the delsummering out', () => {
    const plan = planFillsForSheet(doubled, new Workbook([doubled]), { ...projektOver50Mnkr, fills: [fill] });
    expect(plan.fixes.find((e) => e.cell === 'B16')?.formula).toBe('SUM(B10:B12,B14:B15)');
    expect(plan.fixes.every((e) => e.source.kind === 'computed')).toBe(true);
  });
});
