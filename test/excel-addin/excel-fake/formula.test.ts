import { evaluate, parseFormula, referencesOf } from '../../../excel-addin/src/excel-fake/formula';

const cells: Record<string, number | string> = { A1: 10, A2: 20, A3: 'text', B1: 0, 'Blad 2!A1': 7 };
const look = (sheet: string | undefined, row: number, col: number) => cells[`${sheet ? `${sheet}!` : ''}${String.fromCharCode(65 + col)}${row + 1}`] ?? '';

describe('fake Excel formulas', () => {
  it.each([
    ['=A1+A2*2', 50],
    ['=(A1+A2)*2', 60],
    ['=-2^2', 4],
    ['=SUM(A1:A3)', 30],
    ['=IF(B1=0,0,A1/B1)', 0],
    ['=A1/B1', '#DIV/0!'],
    ['=ROUND(2.345,2)', 2.35],
    ["='Blad 2'!A1*3", 21],
    ['=A1&"kr"', '10kr'],
    ['=FOO(1)', '#NAME?'],
    ['=50%', 0.5],
  ])('%s = %p', (f, expected) => {
    expect(evaluate(parseFormula(f), look)).toEqual(expected);
  });

  it('lists what a formula reads', () => {
    expect(referencesOf(parseFormula("=SUM(B2:B9)+'Blad 2'!C3"))).toEqual([{ r0: 1, c0: 1, r1: 8, c1: 1 }, { sheet: 'Blad 2', row: 2, col: 2 }]);
  });
});
