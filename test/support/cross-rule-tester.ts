import { type Sheet, Workbook } from '../../shared/grid';
import { type AnyCrossRule, type PartnerSheet, type Problem, type TemplateDefinition, runCrossRule, sortProblems } from '../../shared/engine';
import { placeholdersOf } from '../../shared/locale';
import { type CellInput, patchSheet } from './grid-literal';
import { type RuleCase, testSuiteShape } from './rule-tester';

export interface ExpectedCrossProblem {
  readonly messageId: string;
  readonly cell: string;
  /** The partner's cell ('D7'); its document is the case's partner named `document`, else the first. */
  readonly partnerCell?: string;
  readonly document?: string;
  readonly data?: Readonly<Record<string, unknown>>;
}

export interface PartnerInput {
  readonly template: TemplateDefinition;
  /** The partner's sheet; defaults to the suite's partner base. */
  readonly sheet?: Sheet;
  readonly patch?: Readonly<Record<string, CellInput>>;
  /** The partner's file name; 'partner.xlsx' unless given. */
  readonly document?: string;
}

export interface CrossCase extends Pick<RuleCase, 'name' | 'sheet' | 'patch'> {
  /** Defaults to one partner: the suite's partner base in the suite's partner template. */
  readonly partners?: readonly PartnerInput[];
}

export interface InvalidCrossCase extends CrossCase {
  readonly problems: readonly ExpectedCrossProblem[];
}

/**
 * testRule's counterpart for cross rules: this sheet and its partner sheets are each recognised by
 * their own template (so layouts and editions are real), then the one rule runs over them. Asserts
 * exact problems with their partner cells, both languages rendered and naming the partner's file,
 * purity and determinism, and that every message id is exercised.
 */
export function testCrossRule(
  template: TemplateDefinition,
  rule: AnyCrossRule,
  suite: {
    base?: Sheet;
    partner?: { template: TemplateDefinition; base: Sheet };
    valid: readonly CrossCase[];
    invalid: readonly InvalidCrossCase[];
  },
): void {
  describe(rule.meta.id, () => {
    testSuiteShape(rule.meta.messages, suite);

    it('names the partner file in every message', () => {
      for (const [id, m] of Object.entries(rule.meta.messages)) {
        expect({ id, namesFile: placeholdersOf(m.sv).includes('partnerFile') }).toEqual({ id, namesFile: true });
      }
    });

    for (const c of suite.valid) {
      it(`valid: ${c.name}`, () => {
        expect(run(template, rule, suite, c).map((p) => ({ messageId: p.messageId, cell: p.cell, message: p.message.sv }))).toEqual([]);
      });
    }

    for (const c of suite.invalid) {
      it(`invalid: ${c.name}`, () => {
        const problems = run(template, rule, suite, c);
        const declared = Object.keys(rule.meta.messages);
        for (const e of c.problems) {
          if (!declared.includes(e.messageId)) throw new Error(`Invalid messageId '${e.messageId}'. Expected one of ${declared.join(', ')}.`);
        }
        const firstDoc = documentsOf(suite, c)[0];
        expect(problems.map((p) => ({ messageId: p.messageId, cell: p.cell }))).toEqual(c.problems.map((e) => ({ messageId: e.messageId, cell: e.cell })));
        problems.forEach((p, i) => {
          const e = c.problems[i]!;
          const doc = e.document ?? firstDoc;
          expect(p.partner?.document).toBe(doc);
          if (e.partnerCell) expect(p.partner?.cell).toBe(e.partnerCell);
          if (e.data) expect(Object.fromEntries(Object.keys(e.data).map((k) => [k, p.data[k]]))).toEqual(e.data);
          expect(p.message.sv).toContain(doc!);
          expect(p.message.en).toContain(doc!);
          expect(p.message.sv).not.toMatch(/\{\{/);
          expect(p.message.en).not.toMatch(/\{\{/);
          expect(p.kind).toBe('rule');
        });
      });
    }
  });
}

type Suite = Parameters<typeof testCrossRule>[2];

function documentsOf(suite: Suite, c: CrossCase): string[] {
  return partnerInputs(suite, c).map((p) => p.document ?? 'partner.xlsx');
}

function partnerInputs(suite: Suite, c: CrossCase): readonly PartnerInput[] {
  if (c.partners) return c.partners;
  if (!suite.partner) throw new Error(`Case '${c.name}' names no partners and the suite has no partner base`);
  return [{ template: suite.partner.template, sheet: suite.partner.base }];
}

function run(template: TemplateDefinition, rule: AnyCrossRule, suite: Suite, c: CrossCase): Problem[] {
  const base = c.sheet ?? suite.base;
  if (!base) throw new Error(`Case '${c.name}' has no sheet and the suite has no base`);
  const sheet = deepFreeze(c.patch ? patchSheet(base, c.patch) : base);
  const workbook = new Workbook([sheet]);
  const hit = template.recognise(sheet, workbook);
  if (!hit) throw new Error(`Template ${template.id} does not recognise the case's sheet`);
  const partners: PartnerSheet<unknown>[] = partnerInputs(suite, c).map((p) => {
    const pbase = p.sheet ?? suite.partner?.base;
    if (!pbase) throw new Error(`Case '${c.name}': a partner has no sheet`);
    const psheet = deepFreeze(p.patch ? patchSheet(pbase, p.patch) : pbase);
    const pbook = new Workbook([psheet]);
    const phit = p.template.recognise(psheet, pbook);
    if (!phit) throw new Error(`Template ${p.template.id} does not recognise the case's partner sheet`);
    if (!rule.meta.partners.includes(p.template.id)) throw new Error(`${rule.meta.id} does not declare ${p.template.id} as a partner`);
    return { templateId: p.template.id, document: p.document ?? 'partner.xlsx', sheet: psheet, workbook: pbook, layout: phit.layout, edition: phit.edition, sameDocument: false };
  });
  const ctx = { sheet, workbook, layout: hit.layout, edition: hit.edition, document: 'this.xlsx', partners };
  const first = sortProblems(runCrossRule(rule, ctx));
  expect(sortProblems(runCrossRule(rule, ctx))).toEqual(first);
  const internal = first.filter((p) => p.kind === 'internal');
  if (internal.length) throw new Error(`Cross rule threw: ${internal[0]!.message.en}`);
  return first;
}

function deepFreeze<T>(o: T, seen = new Set<unknown>()): T {
  if (o && typeof o === 'object' && !seen.has(o)) {
    seen.add(o);
    for (const v of Object.values(o as object)) deepFreeze(v, seen);
    Object.freeze(o);
  }
  return o;
}
