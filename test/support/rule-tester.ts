import { type Sheet, Workbook } from '../../shared/grid';
import { type AnyRule, type Problem, type TemplateDefinition, runRule, sortProblems } from '../../shared/engine';
import { placeholdersOf } from '../../shared/locale';
import { type CellInput, patchSheet } from './grid-literal';

export interface ExpectedProblem {
  readonly messageId: string;
  readonly cell: string;
  readonly data?: Readonly<Record<string, unknown>>;
}

export interface RuleCase {
  readonly name: string;
  /** A whole sheet for this case; defaults to the suite's base. */
  readonly sheet?: Sheet;
  /** Cells changed on top of the sheet ('E7': -600). */
  readonly patch?: Readonly<Record<string, CellInput>>;
  /** Other sheets of the same workbook, placed before the tested sheet (a VoR beside its plan). */
  readonly otherSheets?: readonly Sheet[];
}

export interface InvalidCase extends RuleCase {
  readonly problems: readonly ExpectedProblem[];
}

/**
 * What every rule suite (testRule, testCrossRule) must be: cases named uniquely, every declared
 * message id exercised by an invalid case, the same placeholders in Swedish and English.
 */
export function testSuiteShape(
  messages: Readonly<Record<string, { readonly sv: string; readonly en: string }>>,
  suite: { readonly valid: readonly { readonly name: string }[]; readonly invalid: readonly { readonly name: string; readonly problems: readonly { readonly messageId: string }[] }[] },
): void {
  const names = [...suite.valid, ...suite.invalid].map((c) => c.name);
  it('has uniquely named cases', () => {
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
  });

  it('exercises every message id in an invalid case', () => {
    const used = new Set(suite.invalid.flatMap((c) => c.problems.map((p) => p.messageId)));
    expect(Object.keys(messages).filter((id) => !used.has(id))).toEqual([]);
  });

  it('declares the same placeholders in Swedish and English', () => {
    for (const [id, m] of Object.entries(messages)) {
      expect({ id, ph: placeholdersOf(m.en).sort() }).toEqual({ id, ph: placeholdersOf(m.sv).sort() });
    }
  });
}

/**
 * ESLint's RuleTester for grids. Each case is recognised by the template first (so layout and
 * edition are the real ones), then the one rule runs. Asserts exact problems, rendered messages in
 * both languages, purity and determinism, and that every declared message id is exercised.
 */
export function testRule(
  template: TemplateDefinition,
  rule: AnyRule,
  suite: { base?: Sheet; valid: readonly RuleCase[]; invalid: readonly InvalidCase[] },
): void {
  describe(rule.meta.id, () => {
    testSuiteShape(rule.meta.messages, suite);

    for (const c of suite.valid) {
      it(`valid: ${c.name}`, () => {
        expect(run(template, rule, sheetFor(suite.base, c), c.otherSheets).map(summary)).toEqual([]);
      });
    }

    for (const c of suite.invalid) {
      it(`invalid: ${c.name}`, () => {
        const problems = run(template, rule, sheetFor(suite.base, c), c.otherSheets);
        const declared = Object.keys(rule.meta.messages);
        for (const e of c.problems) {
          if (!declared.includes(e.messageId)) throw new Error(`Invalid messageId '${e.messageId}'. Expected one of ${declared.join(', ')}.`);
        }
        expect(problems.map((p) => ({ messageId: p.messageId, cell: p.cell }))).toEqual(
          c.problems.map((e) => ({ messageId: e.messageId, cell: e.cell })),
        );
        problems.forEach((p, i) => {
          const e = c.problems[i]!;
          if (e.data) expect(pick(p.data, Object.keys(e.data))).toEqual(e.data);
          expect(p.message.sv).not.toMatch(/\{\{/);
          expect(p.message.en).not.toMatch(/\{\{/);
          expect(p.kind).toBe('rule');
        });
      });
    }
  });
}

function sheetFor(base: Sheet | undefined, c: RuleCase): Sheet {
  const sheet = c.sheet ?? base;
  if (!sheet) throw new Error(`Case '${c.name}' has no sheet and the suite has no base`);
  return c.patch ? patchSheet(sheet, c.patch) : sheet;
}

function run(template: TemplateDefinition, rule: AnyRule, sheet: Sheet, otherSheets: readonly Sheet[] = []): Problem[] {
  const workbook = new Workbook([...otherSheets, sheet]);
  deepFreeze(sheet);
  const hit = template.recognise(sheet, workbook);
  if (!hit) throw new Error(`Template ${template.id} does not recognise the case's sheet`);
  const ctx = { sheet, workbook, layout: hit.layout, edition: hit.edition };
  const first = sortProblems(runRule(rule, ctx));
  const second = sortProblems(runRule(rule, ctx));
  expect(second).toEqual(first);
  const internal = first.filter((p) => p.kind === 'internal');
  if (internal.length) throw new Error(`Rule threw: ${internal[0]!.message.en}`);
  return first;
}

function summary(p: Problem) {
  return { messageId: p.messageId, cell: p.cell, message: p.message.sv };
}

function pick(o: Readonly<Record<string, unknown>>, keys: string[]) {
  return Object.fromEntries(keys.map((k) => [k, o[k]]));
}

function deepFreeze<T>(o: T, seen = new Set<unknown>()): T {
  if (o && typeof o === 'object' && !seen.has(o)) {
    seen.add(o);
    for (const v of Object.values(o as object)) deepFreeze(v, seen);
    Object.freeze(o);
  }
  return o;
}
