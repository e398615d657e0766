import { type Sheet, Workbook, columnLetters, num } from '../../../../shared/grid';
import { defineTemplate, validateWorkbook } from '../../../../shared/engine';
import { evaluateFormula, templateFormula, type TemplateFormulaCell } from '../../../../shared/engine/checks';
import { patchSheet, sheetOf } from '../../../support/grid-literal';
import { testRule } from '../../../support/rule-tester';

interface Layout {
  readonly units: readonly number[];
  readonly summa: number;
}

const docs = { sv: 'Mallens formler står kvar.', en: 'The template’s formulas stay.', source: 'templates.md T02' };

// The resultatenheter shape: bruttobudget in B, "varav 5 %" in C, a guarded share in D, Summa of B–C.
function* owned({ layout }: { layout: Layout }): Iterable<TemplateFormulaCell> {
  for (const row of layout.units) {
    const r = row + 1;
    yield { cell: { row, col: 2 }, formula: `B${r}*0.05` };
    yield { cell: { row, col: 3 }, formula: `IF(B${r}=0,0,-E${r}/B${r})` };
  }
  const first = layout.units[0]! + 1;
  const last = layout.units[layout.units.length - 1]! + 1;
  for (const col of [1, 2]) yield { cell: { row: layout.summa, col }, formula: `SUM(${columnLetters(col)}${first}:${columnLetters(col)}${last})` };
}

const rule = templateFormula<Layout>({ id: 'demo-template-formula/template-formula', docs, cells: owned });

const template = defineTemplate<Layout>({
  id: 'demo-template-formula',
  catalogId: 'T98',
  title: { sv: 'Demo mallformel', en: 'Demo template formula' },
  lookedFor: ['"Demo mallformel" i A1'],
  recognise: (sheet) =>
    sheet.text(0, 0) === 'Demo mallformel' ? { edition: { id: 'demo', label: 'Demo' }, layout: { units: [2, 3, 4], summa: 5 } } : undefined,
  rules: [rule],
});

function withFormats(sheet: Sheet): Sheet {
  const cells: Record<string, { value: ReturnType<typeof num>; formula?: string; numFmt: string }> = {};
  for (const row of [3, 4, 5, 6]) {
    for (const [col, fmt] of [['B', '0'], ['C', '0'], ['D', '0.0%']] as const) {
      const cell = sheet.at(`${col}${row}`);
      if (cell.value.kind === 'number') cells[`${col}${row}`] = { value: cell.value, ...(cell.formula ? { formula: cell.formula } : {}), numFmt: fmt };
    }
  }
  return sheet.withCells(cells);
}

const base = withFormats(
  sheetOf('Blad1', [
    ['Demo mallformel'],
    ['Namn', 'Bruttobudget', 'Varav 5 %', 'Årets %', 'Beräknat resultat'],
    ['Enhet A', 1000, { f: 'B3*0.05', v: 50 }, { f: 'IF(B3=0,0,-E3/B3)', v: 0.02 }, -20],
    ['Enhet B', 2410, { f: 'B4*0.05', v: 120.5 }, { f: 'IF(B4=0,0,-E4/B4)', v: -0.01 }, 24.1],
    [null, null, { f: 'B5*0.05', v: 0 }, { f: 'IF(B5=0,0,-E5/B5)', v: 0 }, null],
    ['Summa', { f: 'SUM(B3:B5)', v: 3410 }, { f: 'SUM(C3:C5)', v: 170.5 }, null, null],
  ]),
);

/** A typed number in the cell's own format (what "formula replaced by its value" leaves). */
const typed = (sheet: Sheet, a1: string, value: number): Sheet => sheet.withCells({ [a1]: { value: num(value), ...(sheet.at(a1).numFmt ? { numFmt: sheet.at(a1).numFmt! } : {}) } });

testRule(template, rule, {
  base,
  valid: [
    { name: 'every owned cell still holds its formula' },
    { name: 'a blank owned cell is the form’s own state, not a typed value', patch: { C5: null, D5: null } },
    { name: 'a cell the template does not own may be typed', patch: { E3: -25 } },
    { name: 'a different formula is not a typed constant', patch: { B6: { f: 'B3+B4+B5', v: 3410 } } },
  ],
  invalid: [
    {
      name: 'a sum replaced by its own value: a warning, the value agrees',
      sheet: typed(base, 'B6', 3410),
      problems: [{ messageId: 'typedOverFormula', cell: 'B6', data: { formula: '=SUM(B3:B5)', actual: 3410 } }],
    },
    {
      name: 'a formula on an unused row replaced by the 0 it showed',
      sheet: typed(base, 'C5', 0),
      problems: [{ messageId: 'typedOverFormula', cell: 'C5', data: { formula: '=B5*0.05', actual: 0 } }],
    },
    {
      name: 'a value rounded as the cell shows it still agrees (120,5 shown as 121 in format 0)',
      sheet: typed(base, 'C4', 121),
      problems: [{ messageId: 'typedOverFormula', cell: 'C4' }],
    },
    {
      name: 'a typed sum that no longer agrees is an error with the formula’s value',
      sheet: typed(base, 'C6', 171.5),
      problems: [{ messageId: 'typedWrongValue', cell: 'C6', data: { formula: '=SUM(C3:C5)', actual: 171.5, expected: 170.5 } }],
    },
    {
      name: 'a guarded share typed over, then its input changed',
      sheet: patchSheet(typed(base, 'D3', 0.02), { E3: -30 }),
      problems: [{ messageId: 'typedWrongValue', cell: 'D3', data: { actual: { percent: 0.02 }, expected: { percent: 0.03 } } }],
    },
    {
      name: 'text typed over a sum is quoted, never read as 0',
      patch: { B6: 'se bilaga' },
      problems: [{ messageId: 'typedWrongValue', cell: 'B6', data: { actual: 'se bilaga', expected: 3410 } }],
    },
    {
      name: 'an input that is no number leaves the value undecided: only the lost formula is reported',
      sheet: patchSheet(typed(base, 'C3', 50), { B3: 'tusen' }),
      problems: [{ messageId: 'typedOverFormula', cell: 'C3', data: { actual: 50 } }],
    },
  ],
});

describe('templateFormula severities', () => {
  const severities = (sheet: Sheet) => validateWorkbook(new Workbook([sheet]), [template]).problems.map((p) => [p.cell, p.messageId, p.severity]);

  it('warns while the typed value agrees and errs once it is wrong', () => {
    expect(severities(typed(typed(base, 'B6', 3410), 'C6', 999))).toEqual([
      ['B6', 'typedOverFormula', 'warning'],
      ['C6', 'typedWrongValue', 'error'],
    ]);
  });
});

describe('evaluateFormula', () => {
  const sheet = sheetOf('Blad1', [
    [10, 20, '4,5', 'text', null],
    [{ f: 'A1+B1', v: 30 }, -5, 0.25, null, 2],
  ]);
  const cases: readonly [string, number | undefined][] = [
    ['SUM(A1:B2)', 55],
    ['SUM(A1:E1)', 34.5],
    ['SUM(A1,B1,3)', 33],
    ['A1+B1*2', 50],
    ['(A1+B1)*2', 60],
    ['-B2-A1/E2', 0],
    ['C2*100%', 0.25],
    ['A1-C1', 5.5],
    ['IF(D2=0,0,A1/D2)', 0],
    ['IF(E2=0,0,A1/E2)', 5],
    ['IF(A1<>10,1,2)', 2],
    ['IF(A1>=B1,1)', 0],
    ['$A$1+A$2', 40],
    ['A1+D1', undefined],
    ['A1/D2', undefined],
    ['VLOOKUP(A1,B1:C2,2)', undefined],
    ["'Blad 2'!A1+1", undefined],
    ['A1+', undefined],
    ['SUM(A1:B1', undefined],
  ];
  it.each(cases)('%s → %p', (formula, expected) => {
    expect(evaluateFormula(formula, sheet)).toBe(expected);
  });
});
