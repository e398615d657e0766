// Validates each mutation of a fixture and says whether the rule pack noticed: a mutation is
// caught when the validator reports anything the untouched fixture did not (a new problem, or a
// known one with a new message). A mutation after which the sheet is no longer recognised as the
// same template is counted apart: that is the "unknown template" answer, not a rule's.
import { Workbook } from '../../shared/grid';
import { validateWorkbook, type Problem } from '../../shared/engine';
import { templates } from '../../shared/templates';
import { parseWorkbook } from '../../excel-addin/src/xlsx-adapter/read-workbook';
import { catalogueInstance, type Fixture } from '../fuzz/support/fixtures';
import { mutationsOf, type MutationKind } from './mutations';

export interface Escape {
  readonly index: number;
  readonly kind: MutationKind;
  readonly cell: string;
  readonly from: string;
  readonly to: string;
}

export interface FixtureResult {
  readonly index: number;
  readonly templateId: string;
  readonly mutations: number;
  readonly caught: number;
  readonly unrecognised: number;
  /** Mutations after which a rule crashed (an `internal` problem): a bug in the pack. */
  readonly crashes: readonly (Escape & { readonly detail: string })[];
  readonly escapes: readonly Escape[];
  readonly byKind: ReadonlyMap<MutationKind, { total: number; caught: number }>;
}

const signature = (p: Problem) => `${p.ruleId}|${p.cell}|${p.messageId}|${p.message.sv}`;

/** A deterministic pick of `n` of the items (all of them when n is undefined). */
export function sample<T>(items: readonly T[], n: number | undefined, seed: number): T[] {
  if (n === undefined || n >= items.length) return [...items];
  let s = seed >>> 0 || 1;
  const rand = () => {
    // xorshift32: small, seeded, the same on every machine.
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 2 ** 32;
  };
  const pool = [...items];
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, n);
}

export function measureFixture(fixture: Fixture, options: { perFixture?: number; seed: number }): FixtureResult {
  const workbook = parseWorkbook(fixture.bytes);
  const base = validateWorkbook(workbook, templates);
  const sheetResult = base.sheets.find((s) => s.template);
  if (!sheetResult?.template) throw new Error(`fixture ${fixture.index} is not recognised as any template`);
  const sheet = workbook.sheet(sheetResult.sheet)!;
  const known = new Set(base.problems.map(signature));
  const all = mutationsOf(sheet, catalogueInstance(fixture.index));
  const chosen = sample(all, options.perFixture, options.seed + fixture.index);

  let caught = 0;
  let unrecognised = 0;
  const crashes: (Escape & { detail: string })[] = [];
  const escapes: Escape[] = [];
  const byKind = new Map<MutationKind, { total: number; caught: number }>();
  for (const m of chosen) {
    const stat = byKind.get(m.kind) ?? { total: 0, caught: 0 };
    byKind.set(m.kind, stat);
    const result = validateWorkbook(new Workbook(workbook.sheets.map((s) => (s === sheet ? sheet.withCells(m.patch) : s))), templates);
    const same = result.sheets.find((s) => s.sheet === sheet.name)?.template;
    const escape = { index: fixture.index, kind: m.kind, cell: m.cell, from: m.from, to: m.to };
    if (!same || same.id !== sheetResult.template.id || same.edition.id !== sheetResult.template.edition.id) {
      unrecognised++;
      continue;
    }
    stat.total++;
    const internal = result.problems.find((p) => p.kind === 'internal');
    if (internal) crashes.push({ ...escape, detail: `${internal.ruleId}: ${String(internal.data['detail'] ?? internal.message.en)}` });
    if (result.problems.some((p) => !known.has(signature(p)))) {
      caught++;
      stat.caught++;
    } else {
      escapes.push(escape);
    }
  }
  return { index: fixture.index, templateId: sheetResult.template.id, mutations: chosen.length - unrecognised, caught, unrecognised, crashes, escapes, byKind };
}

export interface TemplateResult {
  readonly templateId: string;
  readonly fixtures: number;
  readonly mutations: number;
  readonly caught: number;
  readonly unrecognised: number;
  readonly share: number;
  readonly crashes: readonly (Escape & { readonly detail: string })[];
  readonly escapes: readonly Escape[];
  readonly byKind: ReadonlyMap<MutationKind, { total: number; caught: number }>;
}

export function byTemplate(results: readonly FixtureResult[]): TemplateResult[] {
  const groups = new Map<string, FixtureResult[]>();
  for (const r of results) groups.set(r.templateId, [...(groups.get(r.templateId) ?? []), r]);
  return [...groups].map(([templateId, rs]) => {
    const mutations = rs.reduce((n, r) => n + r.mutations, 0);
    const caught = rs.reduce((n, r) => n + r.caught, 0);
    const byKind = new Map<MutationKind, { total: number; caught: number }>();
    for (const r of rs) {
      for (const [k, v] of r.byKind) {
        const s = byKind.get(k) ?? { total: 0, caught: 0 };
        byKind.set(k, { total: s.total + v.total, caught: s.caught + v.caught });
      }
    }
    return {
      templateId,
      fixtures: rs.length,
      mutations,
      caught,
      unrecognised: rs.reduce((n, r) => n + r.unrecognised, 0),
      share: mutations === 0 ? 0 : caught / mutations,
      crashes: rs.flatMap((r) => r.crashes),
      escapes: rs.flatMap((r) => r.escapes),
      byKind,
    };
  });
}
