import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readWorkbook } from '../../../../excel-addin/src/xlsx-adapter/read-workbook';
import { applyEdits, planFills, validateWorkbook } from '../../../../shared/engine';
import { type Workbook, num } from '../../../../shared/grid';
import { templates } from '../../../../shared/templates';
import { writeInstanceFixture } from '../../../fixtures/xlsx/generate';
import { goldenSuite } from '../../../support/golden';

const rule = (name: string) => `vasentlighets-och-riskanalys/${name}`;
const RV_EQUALS = rule('rv-equals-sannolikhet-times-konsekvens');
const ROW_FIELDS = rule('row-has-nr-and-scores');
const SCALE = rule('scores-on-the-scale');
const IKP_MARKS = rule('ikp-marks-star-or-nej');
const RV12 = rule('rv-12-or-more-in-ikp');
const RV9 = rule('rv-9-or-more-has-atgard');

// The table starts on row 17 (header on 16): Nr n ≤ 42 sits on row 16 + n; the unnumbered row
// between Nr 42 and 43 is row 59. Columns: D Nr, F Sannolikhet, G Konsekvens, H RV, I IKP.
const rowOfNr = (nr: number) => 16 + nr;
const RV9_NEJ = [7, 9, 12, 16, 29, 30, 31, 32, 33, 34, 36, 38];

goldenSuite([
  {
    index: 25,
    template: 'vasentlighets-och-riskanalys',
    edition: 'vp-2022',
    checks: [
      { check: 'RV = Sannolikhet × Konsekvens for every numbered row (65 rows)', holds: true, silent: [RV_EQUALS, SCALE] },
      {
        check: 'every row has Nr, Sannolikhet, Konsekvens and RV',
        holds: false,
        reported: ['D59', 'F59', 'G59', 'H59'].map((cell) => ({ rule: ROW_FIELDS, cell, messageId: 'missing' })),
      },
      { check: 'IKP column: blank cell = star (item carried into Internkontrollplan)', holds: true, silent: [IKP_MARKS] },
      { check: 'RV >= 12 must be in internkontrollplanen', holds: true, silent: [RV12] },
      {
        check: 'RV >= 9 requires an identified åtgärd',
        holds: false,
        reported: RV9_NEJ.map((nr) => ({ rule: RV9, cell: `I${rowOfNr(nr)}`, messageId: 'noAtgardColumn' })),
      },
      // Nr 65 (RV 6) is starred: neither the IKP-mark rule nor the RV 12 rule objects, and the RV 9
      // rule reports only the twelve above ("reports nothing beyond" holds it to that).
      { check: 'rows with RV < 9 may still be put in the IKP (nämnden bedömer)', holds: true, silent: [IKP_MARKS, RV12] },
      { check: 'risk matrix lists every numbered event exactly once (Totalt: 65)', holds: true, silent: [rule('matrix-lists-every-event-once')] },
      {
        check: 'each event sits in the matrix cell (Sannolikhet, Konsekvens) given in the table',
        holds: true,
        silent: [rule('matrix-cell-matches-scores')],
      },
      {
        check: "matrix totals: printed legend 'Kritisk Medium Låg' with counts '3 51 11' (Totalt 65)",
        holds: true,
        silent: [rule('matrix-totals-add-up')],
      },
      {
        check: "printed class counts follow the legend order 'Kritisk Medium Låg'",
        holds: false,
        // 3 under Kritisk (11 events have RV ≥ 12) and 11 under Låg (3 have RV ≤ 4); Medium's 51 is right.
        reported: [
          { rule: rule('matrix-class-counts-match'), cell: 'H6', messageId: 'wrongCount' },
          { rule: rule('matrix-class-counts-match'), cell: 'J6', messageId: 'wrongCount' },
        ],
      },
    ],
    alsoReported: [
      {
        rule: rule('row-has-goal-process-and-event'),
        cell: 'C45',
        messageId: 'missing',
        why: 'Nr 29 "Närståendetransaktioner" is printed at the top of page 17 with its Process repeated but no Arbetssätt (001 rad 884–890); the sheet has nothing in the cell and nothing merged over it',
      },
    ],
  },
]);

describe('the fills on the VP 2022 VoR as a person opens it', () => {
  let dir = '';
  let workbook: Workbook;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'namndstod-vor-fill-'));
    workbook = await readWorkbook(await writeInstanceFixture(25, dir));
  });
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('proposes the class counts under the legend as suggestions (typed numbers), and no RV: every RV is right', () => {
    const plan = planFills(workbook, templates);
    expect(plan.fixes).toEqual([]);
    expect(plan.conflicts).toEqual([]);
    expect(plan.suggestions.map((e) => [e.fillId, e.cell, e.expected.value, e.value])).toEqual([
      [rule('matrix-class-counts'), 'H6', num(3), num(11)],
      [rule('matrix-class-counts'), 'J6', num(11), num(3)],
    ]);
    expect(plan.suggestions[0]!.reason.sv).toBe('11 händelser i tabellen hör till klassen "Kritisk".');
  });

  it('leaves the class-count problems behind once the suggestions are accepted, and nothing else changes', () => {
    const { workbook: after, applied, refused } = applyEdits(workbook, planFills(workbook, templates).suggestions);
    expect([applied.length, refused.length]).toEqual([2, 0]);
    const before = validateWorkbook(workbook, templates).problems.filter((p) => p.ruleId !== rule('matrix-class-counts-match'));
    expect(validateWorkbook(after, templates).problems).toEqual(before);
  });
});
