import { readFile } from 'node:fs/promises';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { planFills, validateWorkbook } from '../../../../shared/engine';
import { parseA1, toA1 } from '../../../../shared/grid';
import { templates } from '../../../../shared/templates';
import { fakeExcelFromXlsx } from '../../../../excel-addin/src/excel-fake';
import { createOfficeHost } from '../../../../excel-addin/src/office-adapter/office-host';
import { ValidationSession } from '../../../../excel-addin/src/taskpane/session/validation-session';
import { writeInstanceFixture } from '../../../fixtures/xlsx/generate';

let dir: string;
const bytesOf = new Map<number, Uint8Array>();
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'namndstod-session-'));
  for (const i of [0, 3, 13, 22, 23, 25]) bytesOf.set(i, new Uint8Array(await readFile(await writeInstanceFixture(i, dir))));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function open(index: number) {
  const fake = fakeExcelFromXlsx(bytesOf.get(index)!);
  const host = createOfficeHost(fake);
  const session = new ValidationSession(host, templates);
  await session.start();
  return { fake, host, session };
}

const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
};

const summary = (problems: readonly { sheet: string; cell: string; ruleId: string; message: { sv: string } }[]) => problems.map((p) => `${p.sheet}!${p.cell} ${p.ruleId}: ${p.message.sv}`);

function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s / 0x7fffffff;
  };
}

describe('ValidationSession', () => {
  it('finds what validateWorkbook finds on a real template file', async () => {
    const { session, host } = await open(22);
    const expected = validateWorkbook(await host.readWorkbook(), templates);
    expect(summary(session.getState().outcome!.problems)).toEqual(summary(expected.problems));
    expect(session.getState().outcome!.sheets[0]!.template?.catalogId).toBe('T07');
  });

  it.each([0, 3, 13, 22, 23, 25])('re-checks only what an edit affects, and always ends where a full pass would (instance %i)', async (index) => {
    const { fake, host, session } = await open(index);
    const rnd = random(index + 7);
    const sheet = fake.book.sheets[0]!;
    const used = sheet.usedRange(true);
    const inputs = ['', '0', '1 234,5', '-82,6', 'Nej', '2022-03-01', 'x', '=1+2'];
    let reused = 0;
    for (let step = 0; step < 6; step++) {
      const row = used.r0 + Math.floor(rnd() * (used.r1 - used.r0 + 1));
      const col = used.c0 + Math.floor(rnd() * (used.c1 - used.c0 + 1));
      const input = inputs[Math.floor(rnd() * inputs.length)]!;
      fake.book.typeCell(sheet.name, toA1(row, col), input);
      await new Promise((r) => setTimeout(r, 5));
      await session.settled();
      const pass = session.getState().lastPass!;
      reused += pass.kind === 'incremental' ? pass.reused : 0;
      const fresh = await host.readWorkbook();
      expect({ step, problems: summary(session.getState().outcome!.problems) }).toEqual({ step, problems: summary(validateWorkbook(fresh, templates).problems) });
      const plan = planFills(fresh, templates);
      expect(session.getState().outcome!.plan.fixes.map((e) => e.cell)).toEqual(plan.fixes.map((e) => e.cell));
      expect(session.getState().outcome!.plan.suggestions.map((e) => e.cell)).toEqual(plan.suggestions.map((e) => e.cell));
    }
    expect(reused).toBeGreaterThan(0);
  });

  it('re-checks only the edited rows and columns of a T01 table, and ends where a full pass would', async () => {
    const { fake, host, session } = await open(0);
    const sheet = fake.book.sheets[0]!;
    const wb = await host.readWorkbook();
    const t01 = templates.find((t) => t.catalogId === 'T01')!;
    const layout = t01.recognise(wb.sheets[0]!, wb)!.layout as { projectRows: number[]; amountColumns: { col: number }[]; nameCol: number; commentCol?: number };
    const rnd = random(2026);
    const pick = <T,>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
    // Amounts changed in value only (the table keeps its shape), then the kinds that change its
    // shape or a project's name: a blank, text in an amount cell, a new name.
    const inputs = ['12,5', '-3,1', '0', '60', '1 234,5', '48,2', '', 'x', 'Projekt Ny'];
    let scopedPasses = 0;
    for (let step = 0; step < 24; step++) {
      const row = pick(layout.projectRows);
      const input = step < 12 ? pick(inputs.slice(0, 6)) : pick(inputs);
      const col = step % 5 === 4 ? layout.nameCol : pick(layout.amountColumns).col;
      fake.book.typeCell(sheet.name, toA1(row, col), input);
      await new Promise((r) => setTimeout(r, 5));
      await session.settled();
      const pass = session.getState().lastPass!;
      if (pass.kind === 'incremental' && pass.reused > 0) scopedPasses++;
      const fresh = await host.readWorkbook();
      expect({ step, problems: summary(session.getState().outcome!.problems) }).toEqual({ step, problems: summary(validateWorkbook(fresh, templates).problems) });
      const plan = planFills(fresh, templates);
      expect({ step, fixes: session.getState().outcome!.plan.fixes.map((e) => `${e.cell}=${JSON.stringify(e.value)}`) }).toEqual({ step, fixes: plan.fixes.map((e) => `${e.cell}=${JSON.stringify(e.value)}`) });
      expect({ step, suggestions: session.getState().outcome!.plan.suggestions.map((e) => `${e.cell}=${JSON.stringify(e.value)}`) }).toEqual({ step, suggestions: plan.suggestions.map((e) => `${e.cell}=${JSON.stringify(e.value)}`) });
    }
    expect(scopedPasses).toBeGreaterThan(12);
  });

  it('applies only the suggestion a person accepts, logs it, and undoes it', async () => {
    const { fake, session } = await open(23);
    const suggestions = session.getState().outcome!.plan.suggestions;
    expect(suggestions.length).toBe(2);
    const [take, leave] = suggestions as [(typeof suggestions)[number], (typeof suggestions)[number]];
    const valueAt = (a1: string) => {
      const { row, col } = parseA1(a1);
      return fake.book.sheets[0]!.cell(row, col)?.value;
    };
    const leftAlone = valueAt(leave.cell);
    session.dismiss(leave);
    await session.apply([take]);
    expect(valueAt(take.cell)).toBe((take.value as { value: string }).value);
    expect(valueAt(leave.cell)).toBe(leftAlone);
    await until(() => !session.getState().outcome!.plan.suggestions.some((s) => s.cell === take.cell));
    expect(session.getState().outcome!.plan.suggestions.map((s) => s.cell)).toEqual([leave.cell]);
    expect(session.getState().log[0]!.changes.map((c) => c.edit.cell)).toEqual([take.cell]);
    await session.undoLast();
    expect(valueAt(take.cell)).toBe((take.expected.value as { value: string }).value);
    expect(session.getState().log.map((e) => [e.kind, e.undone])).toEqual([
      ['undo', false],
      ['fill', true],
    ]);
  });

  it('changes nothing while a cell is being edited, and says why', async () => {
    const { fake, session } = await open(23);
    const suggestion = session.getState().outcome!.plan.suggestions[0]!;
    fake.book.setEditing(true);
    await session.apply([suggestion]);
    const notice = session.getState().notice;
    expect(notice).toMatchObject({ kind: 'applied', applied: 0 });
    expect(notice && 'refused' in notice ? notice.refused.map((r) => r.reason) : []).toEqual(['editing']);
    expect(session.getState().log).toEqual([]);
  });
});
