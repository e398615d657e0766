import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { planFills, validateWorkbook } from '../../../../shared/engine';
import { type Cell, type Workbook, date, num, text, toA1 } from '../../../../shared/grid';
import { templates } from '../../../../shared/templates';
import { IncrementalValidator } from '../../../../excel-addin/src/taskpane/session/incremental-validator';
import { readWorkbook } from '../../../../excel-addin/src/xlsx-adapter/read-workbook';
import { buildT01Workbook } from '../../../fixtures/xlsx/t01-workbook';
import { seededRandom } from '../../../support/seeded-random';

// Long enough that the core keeps its table views for the sheet's lifetime (64 rows and more):
// a rule served a view another rule built must still count its cells as read.
const PROJECTS = 150;

let dir: string;
let workbook: Workbook;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'namndstod-incremental-'));
  const path = join(dir, 't01.xlsx');
  await writeFile(path, (await buildT01Workbook({ filled: true, projects: PROJECTS })).bytes);
  workbook = await readWorkbook(path);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const summary = (problems: readonly { cell: string; ruleId: string; message: { sv: string } }[]) => problems.map((p) => `${p.cell} ${p.ruleId}: ${p.message.sv}`);

describe('IncrementalValidator on a long T01 table', () => {
  it('ends every edit where a full pass would, whichever rule built the shared table view', () => {
    const t01 = templates.find((t) => t.catalogId === 'T01')!;
    const layout = t01.recognise(workbook.sheets[0]!, workbook)!.layout as {
      projectRows: number[];
      amountColumns: { col: number }[];
      nameCol: number;
      dates: Record<string, { col: number }>;
    };
    expect(layout.projectRows.length).toBeGreaterThanOrEqual(PROJECTS);
    const validator = new IncrementalValidator(templates);
    validator.full(workbook);
    const rnd = seededRandom(64);
    const pick = <T,>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
    // Mostly amounts changed in value only (the edits a shared view could hide), then the rest.
    const amounts: Cell[] = [12.5, -3.1, 0, 60, 1234.5, 48.2].map((v) => ({ value: num(v), numFmt: '0.0' }));
    const others: Cell[] = [{ value: text('x') }, { value: text('12,5') }, { value: date('2030-01-01') }, { value: text('Projekt Ny') }];
    let current = workbook;
    let reused = 0;
    for (let step = 0; step < 30; step++) {
      const row = pick(layout.projectRows);
      const col = step % 6 === 5 ? pick([layout.nameCol, ...Object.values(layout.dates).map((d) => d.col)]) : pick(layout.amountColumns).col;
      const cell = step < 20 ? pick(amounts) : pick([...amounts, ...others]);
      const sheet = current.sheets[0]!.withCells({ [toA1(row, col)]: cell });
      current = current.withSheet(sheet);
      const outcome = validator.update(current, { cells: new Map([[sheet.name, [{ row, col }]]]), reshaped: new Set() });
      if (validator.lastPass.kind === 'incremental') reused += validator.lastPass.reused;
      expect({ step, problems: summary(outcome.problems) }).toEqual({ step, problems: summary(validateWorkbook(current, templates).problems) });
      const plan = planFills(current, templates);
      expect({ step, fixes: outcome.plan.fixes.map((e) => e.cell) }).toEqual({ step, fixes: plan.fixes.map((e) => e.cell) });
    }
    expect(reused).toBeGreaterThan(0);
  });
});
