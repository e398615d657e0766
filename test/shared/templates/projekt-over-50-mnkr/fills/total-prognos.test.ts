import { projektOver50Mnkr } from '../../../../../shared/templates/projekt-over-50-mnkr';
import fill from '../../../../../shared/templates/projekt-over-50-mnkr/fills/total-prognos';
import { Workbook } from '../../../../../shared/grid';
import { planFillsForSheet } from '../../../../../shared/engine';
import { testFill } from '../../../../support/fill-tester';
import { blankSheet, filledSheet } from '../filled-sheet';
import { patchSheet } from '../../../../support/grid-literal';

// T1 2021: (1)/(2) B–C, (5)/(6) F–G, (9)/(10) J–K, N–O, R–S, V–W; (13)/(14) Z–AA.
// Project 1 (row 10): 12,4 + 8 + 6 + 4 = 30,4 and −3,1 − 2 − 1,5 − 1 = −7,6.
testFill(projektOver50Mnkr, fill, {
  base: filledSheet(0),
  cases: [
    { name: 'totals that follow the layout need nothing' },
    { name: 'the blank form’s pre-formatted rows are no projects', sheet: blankSheet(0) },
    {
      name: 'emptied (13) and (14) are filled with the implied sum',
      patch: { Z10: null, AA10: null },
      fixes: { Z10: 30.4, AA10: -7.6 },
      resolves: ['projekt-over-50-mnkr/total-prognos-equals-ack-plus-prognoses'],
    },
    {
      name: 'a typed (13) that misses a later year is only suggested',
      patch: { Z10: 26.4 },
      suggestions: { Z10: 30.4 },
      resolves: ['projekt-over-50-mnkr/total-prognos-equals-ack-plus-prognoses'],
    },
    {
      name: 'a formula whose cached value went stale is recomputed',
      patch: { J10: 7, Z10: { f: 'B10+F10+J10+N10+R10+V10', v: 30.4 } },
      fixes: { Z10: 31.4 },
      resolves: ['projekt-over-50-mnkr/total-prognos-equals-ack-plus-prognoses'],
    },
  ],
});

describe('projekt-over-50-mnkr/total-prognos formula', () => {
  it('writes (1) + (5) + every later (9) of the row as the formula', () => {
    const sheet = patchSheet(filledSheet(0), { Z12: null });
    const plan = planFillsForSheet(sheet, new Workbook([sheet]), { ...projektOver50Mnkr, fills: [fill] });
    expect(plan.fixes.map((e) => [e.cell, e.formula])).toEqual([['Z12', 'B12+F12+J12+N12+R12+V12']]);
  });
});
