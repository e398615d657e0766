import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Problem, ValidationResult } from '../../shared/engine';
import { validateWorkbook } from '../../shared/engine';
import { templates } from '../../shared/templates';
import { instanceAt, writeInstanceFixture } from '../fixtures/xlsx/generate';
import { readWorkbook } from '../../excel-addin/src/xlsx-adapter/read-workbook';
import { documentName, validateInstancesTogether } from './golden-pair';

/**
 * Golden tests: each catalogued instance goes the way a user's file goes — written as a real
 * .xlsx, read back by the product's reader, validated against every registered template — and the
 * outcome is held to a hand-written table that answers, for each of the catalogue's `checks`,
 * what the validator must (holds: false) or must not (holds: true) report. Anything reported
 * beyond that table fails the test, so nothing spurious slips in.
 */

export interface ExpectedReport {
  readonly rule: string;
  readonly cell: string;
  readonly messageId?: string;
  /** A cross-document check reported on a partner: that partner's instance index. */
  readonly document?: number;
  /** A cross-document problem: the partner's cell it names ('Blad1!E8' is given as 'E8'). */
  readonly partnerCell?: string;
  /** Told apart from another problem on the same cell by what its Swedish message quotes. */
  readonly mentioning?: string;
}

export interface CheckExpectation {
  /** The catalogue check's `rule` text, verbatim; the table must cover every check, in order. */
  readonly check: string;
  /** What the validator shows; equal to the catalogue's `holds` unless `disagree` says why not. */
  readonly holds: boolean;
  /** holds: false — problems that must be reported for this check. */
  readonly reported?: readonly ExpectedReport[];
  /** holds: true — rules that must report nothing on the sheet ('rule' or 'rule:messageId'). */
  readonly silent?: readonly string[];
  /** holds: true — a row-level check whose rule rightly reports on other rows: nothing at these cells. */
  readonly notReported?: readonly ExpectedReport[];
  /** A check that needs another workbook or source: why no rule of this sheet can decide it. */
  readonly external?: string;
  /** Why this table departs from the catalogue's verdict. */
  readonly disagree?: string;
}

export interface InstanceExpectation {
  /** Index into template-instances.json. */
  readonly index: number;
  readonly template: string;
  readonly edition: string;
  readonly checks: readonly CheckExpectation[];
  /** Problems rightly reported beyond the catalogue's checks, each with the reason. */
  readonly alsoReported?: readonly (ExpectedReport & { readonly why: string })[];
  /**
   * Instances validated in the same run, each written as a file of its own, so that the
   * cross-document rules compare this one with them (see golden-pair.ts).
   */
  readonly partners?: readonly number[];
}

export function goldenSuite(expectations: readonly InstanceExpectation[]): void {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'namndstod-golden-'));
  });
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  for (const exp of expectations) {
    const instance = instanceAt(exp.index);
    describe(`instance ${exp.index}: ${instance.variant ?? instance.template} (${instance.seedFile}:${instance.lines})`, () => {
      let result: ValidationResult;
      let together: ReadonlyMap<number, ValidationResult> = new Map();
      beforeAll(async () => {
        if (exp.partners?.length) {
          together = await validateInstancesTogether([exp.index, ...exp.partners], dir);
          result = together.get(exp.index)!;
          return;
        }
        const path = await writeInstanceFixture(exp.index, dir);
        result = validateWorkbook(await readWorkbook(path), templates);
      });
      const problemsIn = (document: number | undefined) => (document === undefined ? result : together.get(document))?.problems ?? [];

      it(`is recognised as ${exp.template} / ${exp.edition}`, () => {
        expect(result.sheets.filter((s) => s.template).map((s) => [s.template!.id, s.template!.edition.id])).toEqual([
          [exp.template, exp.edition],
        ]);
      });

      it('names only rules that exist', () => {
        const known = new Set(templates.flatMap((t) => [...t.rules, ...(t.crossRules ?? [])].map((r) => r.meta.id)));
        const named = [
          ...exp.checks.flatMap((c) => [...(c.silent ?? []).map((x) => x.split(':')[0]!), ...(c.reported ?? []).map((r) => r.rule)]),
          ...(exp.alsoReported ?? []).map((r) => r.rule),
        ];
        expect(named.filter((id) => !known.has(id))).toEqual([]);
      });

      it('covers every catalogued check, with the catalogue verdict unless it says why not', () => {
        expect(exp.checks.map((c) => c.check)).toEqual(instance.checks.map((c) => c.rule));
        exp.checks.forEach((c, i) => {
          if (c.disagree === undefined) expect({ check: c.check, holds: c.holds }).toEqual({ check: c.check, holds: instance.checks[i]!.holds });
          const decided = (c.reported?.length ?? 0) + (c.silent?.length ?? 0) + (c.notReported?.length ?? 0) > 0 || c.external !== undefined;
          expect({ check: c.check, decided }).toEqual({ check: c.check, decided: true });
          if (c.holds) expect({ check: c.check, reported: c.reported ?? [] }).toEqual({ check: c.check, reported: [] });
          else expect({ check: c.check, silent: c.silent ?? [], notReported: c.notReported ?? [] }).toEqual({ check: c.check, silent: [], notReported: [] });
        });
      });

      for (const c of exp.checks) {
        it(`${c.holds ? 'holds' : 'fails'}: ${c.check}`, () => {
          const problems = result.problems;
          for (const r of c.reported ?? []) expect(problemsIn(r.document).filter((p) => matches(p, r)).map(brief)).toContainEqual(expect.objectContaining(wanted(r)));
          for (const silent of c.silent ?? []) {
            const [rule, messageId] = silent.split(':');
            expect(problems.filter((p) => p.ruleId === rule && (messageId === undefined || p.messageId === messageId)).map(brief)).toEqual([]);
          }
          for (const r of c.notReported ?? []) expect(problems.filter((p) => matches(p, r)).map(brief)).toEqual([]);
        });
      }

      it('reports nothing beyond the expected problems', () => {
        const expected = [...exp.checks.flatMap((c) => (c.reported ?? []).filter((r) => r.document === undefined)), ...(exp.alsoReported ?? [])];
        expect(result.problems.filter((p) => !expected.some((e) => matches(p, e))).map(brief)).toEqual([]);
        for (const e of exp.alsoReported ?? []) expect(result.problems.map(brief)).toContainEqual(expect.objectContaining(wanted(e)));
      });

      if (exp.partners?.length) {
        it('names the partner file and cell in every cross-document problem', () => {
          const partnerFiles = new Set([exp.index, ...exp.partners!].map((i) => documentName(i)));
          for (const p of [...together.values()].flatMap((r) => r.problems).filter((x) => x.partner)) {
            expect({ rule: p.ruleId, partnerFile: partnerFiles.has(p.partner!.document) }).toEqual({ rule: p.ruleId, partnerFile: true });
            expect(p.message.sv).toContain(`${p.partner!.document} (${p.partner!.sheet}!${p.partner!.cell})`);
            expect(p.message.en).toContain(`${p.partner!.document} (${p.partner!.sheet}!${p.partner!.cell})`);
          }
        });
      }
    });
  }
}

function matches(p: Problem, e: ExpectedReport): boolean {
  return (
    p.kind === 'rule' &&
    p.ruleId === e.rule &&
    p.cell === e.cell &&
    (e.messageId === undefined || p.messageId === e.messageId) &&
    (e.partnerCell === undefined || p.partner?.cell === e.partnerCell) &&
    (e.mentioning === undefined || p.message.sv.includes(e.mentioning))
  );
}

function wanted(e: ExpectedReport) {
  return { rule: e.rule, cell: e.cell, ...(e.messageId ? { messageId: e.messageId } : {}), ...(e.partnerCell ? { partnerCell: e.partnerCell } : {}) };
}

function brief(p: Problem) {
  return { rule: p.ruleId, cell: p.cell, messageId: p.messageId, kind: p.kind, message: p.message.sv, ...(p.partner ? { partnerCell: p.partner.cell } : {}) };
}
