import { shiftFormula } from '../../../excel-addin/src/xlsx-adapter/shift-formula';

describe('shiftFormula', () => {
  it.each([
    ['A1+B2', 1, 0, 'A2+B3'],
    ['A1+B2', 0, 2, 'C1+D2'],
    ['$A1+A$1+$A$1', 3, 3, '$A4+D$1+$A$1'],
    ['SUM(B2:B6)', 1, 1, 'SUM(C3:C7)'],
    ['SUM(A:A)+SUM(2:3)', 1, 1, 'SUM(B:B)+SUM(3:4)'],
    ['SUM($A:A)+SUM($2:3)', 1, 1, 'SUM($A:B)+SUM($2:4)'],
    ["'Blad 2'!A1+Blad3!B1", 1, 0, "'Blad 2'!A2+Blad3!B2"],
    ['IF(A1>0,"A1 stays",B1)', 1, 0, 'IF(A2>0,"A1 stays",B2)'],
    ['"say ""B2"""&C3', 1, 0, '"say ""B2"""&C4'],
    ['LOG10(A1)+ATAN2(B1,C1)', 1, 0, 'LOG10(A2)+ATAN2(B2,C2)'],
    ['Tabell1[[#This Row],[A1]]+A1', 1, 0, 'Tabell1[[#This Row],[A1]]+A2'],
    ['0.5*A1+1E3', 1, 0, '0.5*A2+1E3'],
    ['A1', -1, 0, '#REF!'],
    ['XFD1', 0, 1, '#REF!'],
    ['Z1', 0, 1, 'AA1'],
  ])('%s moved by (%i, %i) is %s', (formula, dRow, dCol, expected) => {
    expect(shiftFormula(formula, dRow, dCol)).toBe(expected);
  });
});
