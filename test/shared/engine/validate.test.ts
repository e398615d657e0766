import { defineRule, defineTemplate, type Problem, sortProblems, validateWorkbook } from '../../../shared/engine';
import { sheetOf, workbookOf } from '../../support/grid-literal';

const flagsNegatives = defineRule({
  meta: {
    id: 'demo/no-negative',
    severity: 'warning',
    docs: { sv: 'Inga negativa tal.', en: 'No negative numbers.', source: 'test' },
    messages: { negative: { sv: 'Talet {{value}} är negativt.', en: 'The number {{value}} is negative.' } },
  },
  *check({ sheet }) {
    for (const { row, col, cell } of sheet.cells()) {
      if (cell.value.kind === 'number' && cell.value.value < 0) yield { messageId: 'negative', cell: { row, col }, data: { value: cell.value.value } } as const;
    }
  },
});

const throws = defineRule({
  meta: {
    id: 'demo/throws',
    severity: 'error',
    docs: { sv: 'Kastar.', en: 'Throws.', source: 'test' },
    messages: { never: { sv: 'Aldrig.', en: 'Never.' } },
  },
  // eslint-disable-next-line require-yield
  *check() {
    throw new Error('boom');
  },
});

const demo = defineTemplate({
  id: 'demo',
  catalogId: 'T99',
  title: { sv: 'Demo', en: 'Demo' },
  lookedFor: ['title "Demo"'],
  recognise: (sheet) => (sheet.text(0, 0) === 'Demo' ? { edition: { id: 'x', label: 'X' }, layout: {} } : undefined),
  rules: [throws, flagsNegatives],
});

describe('validateWorkbook', () => {
  it('renders messages in both languages with sv-SE numbers, in reading order', () => {
    const wb = workbookOf(sheetOf('Blad1', [['Demo', -1163.6], [-2, 5, -82.6]]));
    const result = validateWorkbook(wb, [demo]);
    expect(result.template).toEqual({ id: 'demo', catalogId: 'T99', edition: { id: 'x', label: 'X' } });
    const rule = result.problems.filter((p) => p.kind === 'rule');
    expect(rule.map((p) => [p.cell, p.message.sv])).toEqual([
      ['B1', 'Talet -1 163,6 är negativt.'],
      ['A2', 'Talet -2 är negativt.'],
      ['C2', 'Talet -82,6 är negativt.'],
    ]);
    expect(rule[0]!.message.en).toBe('The number -1,163.6 is negative.');
  });

  it('turns a throwing rule into one internal problem and still runs the others', () => {
    const wb = workbookOf(sheetOf('Blad1', [['Demo', -1]]));
    const result = validateWorkbook(wb, [demo]);
    const internal = result.problems.filter((p) => p.kind === 'internal');
    expect(internal).toHaveLength(1);
    expect(internal[0]!.ruleId).toBe('demo/throws');
    expect(internal[0]!.message.en).toContain('boom');
    expect(result.problems.filter((p) => p.kind === 'rule')).toHaveLength(1);
  });

  it('says what it looked for when no sheet is a known template', () => {
    const result = validateWorkbook(workbookOf(sheetOf('Blad1', [['Något annat']])), [demo]);
    expect(result.template).toBeUndefined();
    expect(result.problems).toEqual([]);
    expect(result.lookedFor).toEqual(['T99: title "Demo"']);
  });
});

describe('sortProblems', () => {
  const problem = (cell: string, ruleId: string, messageId = 'm'): Problem => ({
    ruleId,
    severity: 'warning',
    kind: 'rule',
    sheet: 'Blad1',
    cell,
    related: [],
    messageId,
    data: {},
    message: { sv: `${ruleId} ${messageId}`, en: `${ruleId} ${messageId}` },
  });
  const order = (problems: Problem[]) => sortProblems(problems).map((p) => `${p.cell} ${p.ruleId} ${p.messageId}`);

  it.each([
    ['row before column, B2 before A3 and A10 after A9', [problem('A10', 'x'), problem('A3', 'x'), problem('B2', 'x'), problem('A9', 'x')], ['B2 x m', 'A3 x m', 'A9 x m', 'A10 x m']],
    // By code units: the same order under every locale, '-' (0x2d) before 'a' and 'B' before 'a'.
    ['one cell: rule ids by code unit', [problem('C5', 't/ab'), problem('C5', 't/a-b'), problem('C5', 't/B')], ['C5 t/B m', 'C5 t/a-b m', 'C5 t/ab m']],
    ['one cell and rule: message ids, then the order the rule gave', [problem('C5', 't/a', 'z'), problem('C5', 't/a', 'b'), problem('C5', 't/a', 'b')], ['C5 t/a b', 'C5 t/a b', 'C5 t/a z']],
  ])('%s', (_name, problems, expected) => {
    expect(order(problems)).toEqual(expected);
  });

  it('keeps the order the rules gave for problems that tie', () => {
    const first = problem('D4', 't/a');
    const second = problem('D4', 't/a');
    const sorted = sortProblems([first, second]);
    expect(sorted[0]).toBe(first);
    expect(sorted[1]).toBe(second);
  });
});
