import { type Sheet, Workbook } from '../../../shared/grid';
import { defineCrossRule, defineRule, defineTemplate, type TemplateDefinition, validateDocuments, validateWorkbook } from '../../../shared/engine';
import { sheetOf } from '../../support/grid-literal';

/**
 * Two demo templates: a "Plan" whose B2 must equal the B2 of an "Utfall" sheet, in another
 * document or (for the second rule) another sheet of its own workbook.
 */
let recognitions = 0;
let crossRuns = 0;

const planIsPositive = defineRule({
  meta: {
    id: 'plan/positive',
    severity: 'warning',
    docs: { sv: 'Positivt.', en: 'Positive.', source: 'test' },
    messages: { negative: { sv: 'Negativt: {{value}}.', en: 'Negative: {{value}}.' } },
  },
  *check({ sheet }) {
    const v = sheet.value(1, 1);
    if (v.kind === 'number' && v.value < 0) yield { messageId: 'negative', cell: { row: 1, col: 1 }, data: { value: v.value } } as const;
  },
});

const matchesUtfall = defineCrossRule({
  meta: {
    id: 'plan/matches-utfall',
    severity: 'error',
    partners: ['utfall'],
    sameWorkbook: false,
    docs: { sv: 'Samma som utfallet.', en: 'Same as the outcome.', source: 'test' },
    messages: {
      differs: {
        sv: 'Planen säger {{plan}}, men {{partnerFile}} ({{partnerCell}}) säger {{utfall}}.',
        en: 'The plan says {{plan}}, but {{partnerFile}} ({{partnerCell}}) says {{utfall}}.',
      },
    },
  },
  *check({ sheet, partners }) {
    crossRuns++;
    for (const partner of partners) {
      const plan = sheet.value(1, 1);
      const utfall = partner.sheet.value(1, 1);
      if (plan.kind !== 'number' || utfall.kind !== 'number' || plan.value === utfall.value) continue;
      yield { messageId: 'differs', cell: { row: 1, col: 1 }, partner, partnerCell: { row: 1, col: 1 }, data: { plan: plan.value, utfall: utfall.value } } as const;
    }
  },
});

const inOwnWorkbook = defineCrossRule({
  meta: {
    id: 'plan/names-utfall-sheet',
    severity: 'info',
    partners: ['utfall'],
    sameWorkbook: true,
    docs: { sv: 'Se utfallet.', en: 'See the outcome.', source: 'test' },
    messages: { seen: { sv: 'Utfall i {{partnerFile}} ({{partnerCell}}).', en: 'Outcome in {{partnerFile}} ({{partnerCell}}).' } },
  },
  *check({ partners }) {
    for (const partner of partners) if (partner.sameDocument) yield { messageId: 'seen', cell: { row: 0, col: 0 }, partner, partnerCell: { row: 0, col: 0 } } as const;
  },
});

const throwing = defineCrossRule({
  meta: {
    id: 'plan/throws',
    severity: 'warning',
    partners: ['utfall'],
    sameWorkbook: false,
    docs: { sv: 'Kastar.', en: 'Throws.', source: 'test' },
    messages: { never: { sv: 'Aldrig {{partnerFile}} {{partnerCell}}.', en: 'Never {{partnerFile}} {{partnerCell}}.' } },
  },
  // eslint-disable-next-line require-yield
  *check() {
    throw new Error('boom');
  },
});

function demo(id: string, title: string, crossRules: TemplateDefinition['crossRules'] = []): TemplateDefinition {
  return defineTemplate({
    id,
    catalogId: id,
    title: { sv: id, en: id },
    lookedFor: [title],
    recognise: (sheet: Sheet) => {
      if (sheet.text(0, 0) !== title) return undefined;
      recognitions++;
      return { edition: { id: 'x', label: 'X' }, layout: {} };
    },
    rules: id === 'plan' ? [planIsPositive] : [],
    crossRules,
  });
}

const templates = [demo('plan', 'Plan', [matchesUtfall, inOwnWorkbook]), demo('utfall', 'Utfall')];
const plan = (v: number, name = 'Plan') => sheetOf(name, [['Plan'], ['Belopp', v]]);
const utfall = (v: number, name = 'Utfall') => sheetOf(name, [['Utfall'], ['Belopp', v]]);
const doc = (name: string, ...sheets: Sheet[]) => ({ name, workbook: new Workbook(sheets) });
const brief = (r: { problems: readonly { ruleId: string; cell: string; message: { sv: string }; partner?: unknown; kind: string }[] }) =>
  r.problems.map((p) => ({ rule: p.ruleId, cell: p.cell, kind: p.kind, message: p.message.sv, partner: p.partner }));

beforeEach(() => {
  recognitions = 0;
  crossRuns = 0;
});

describe('validateDocuments', () => {
  it('reports a cross problem on its own cell, naming the partner file and cell in the message and in `partner`', () => {
    const [p, u] = validateDocuments([doc('plan.xlsx', plan(-5)), doc('utfall.xlsx', utfall(7))], templates);
    expect(brief(p!)).toEqual([
      { rule: 'plan/matches-utfall', cell: 'B2', kind: 'rule', message: 'Planen säger -5, men utfall.xlsx (Utfall!B2) säger 7.', partner: { document: 'utfall.xlsx', sheet: 'Utfall', cell: 'B2' } },
      { rule: 'plan/positive', cell: 'B2', kind: 'rule', message: 'Negativt: -5.', partner: undefined },
    ]);
    expect(p!.sheets[0]!.problems).toEqual(p!.problems);
    expect(brief(u!)).toEqual([]);
  });

  it('a document alone is validated as validateWorkbook does, without a cross rule run or a second recognition', () => {
    const alone = doc('plan.xlsx', plan(-5));
    const expected = validateWorkbook(alone.workbook, templates);
    recognitions = 0;
    expect(validateDocuments([alone], templates)).toEqual([expected]);
    expect({ crossRuns, recognitions }).toEqual({ crossRuns: 0, recognitions: 1 });
  });

  it('pairs with other documents, and with its own workbook only where the rule allows it', () => {
    const [both] = validateDocuments([doc('bok.xlsx', plan(3), utfall(4))], templates);
    expect(brief(both!).map((p) => [p.rule, p.message])).toEqual([['plan/names-utfall-sheet', 'Utfall i bok.xlsx (Utfall!A1).']]);
    expect(crossRuns).toBe(0);
  });

  it('keeps each document’s problems in stable order and leaves documents without partners untouched', () => {
    const other = doc('annat.xlsx', sheetOf('Blad1', [['Något annat']]));
    const docs = [doc('a.xlsx', plan(1, 'P1'), plan(2, 'P2')), other, doc('u.xlsx', utfall(9))];
    const first = validateDocuments(docs, templates);
    expect(first[0]!.problems.map((p) => `${p.sheet}!${p.cell}`)).toEqual(['P1!B2', 'P2!B2']);
    expect(first[1]).toEqual(validateWorkbook(other.workbook, templates));
    expect(validateDocuments(docs, templates)).toEqual(first);
  });

  it('turns a throwing cross rule into one internal problem and runs the others', () => {
    const withThrowing = [demo('plan', 'Plan', [throwing, matchesUtfall]), demo('utfall', 'Utfall')];
    const [p] = validateDocuments([doc('plan.xlsx', plan(1)), doc('u.xlsx', utfall(2))], withThrowing);
    expect(p!.problems.map((x) => [x.ruleId, x.kind, x.cell])).toEqual([
      ['plan/throws', 'internal', 'A1'],
      ['plan/matches-utfall', 'rule', 'B2'],
    ]);
    expect(p!.problems[0]!.message.en).toContain('boom');
  });
});
