import { num, Sheet, text } from '../../../shared/grid';

describe('Sheet.withCells', () => {
  const original = new Sheet({ name: 'Projekt', rows: [[{ value: text('Projekt') }, { value: text('Prognos') }], [{ value: text('A') }, { value: num(1) }]] });

  it('writes several cells of one row, a cell past the row’s end and a new row, keeping the rest', () => {
    const next = original.withCells({ A2: { value: text('B') }, C2: { value: num(3), formula: 'B2*3' }, D2: { value: num(4) }, B4: { value: num(9) } });
    expect([0, 1, 2, 3].map((c) => next.value(1, c))).toEqual([text('B'), num(1), num(3), num(4)]);
    expect(next.cell(1, 2).formula).toBe('B2*3');
    expect(next.value(3, 1)).toEqual(num(9));
    expect([next.value(0, 0), next.value(0, 1)]).toEqual([text('Projekt'), text('Prognos')]);
  });

  it('leaves the sheet it was called on as it was', () => {
    original.withCells({ A2: { value: text('B') }, B2: { value: num(2) } });
    expect([original.value(1, 0), original.value(1, 1), original.value(1, 2)]).toEqual([text('A'), num(1), { kind: 'empty' }]);
  });
});

describe('Sheet.formulaRows', () => {
  const rows = [[{ value: text('Summa') }, { value: num(3), formula: 'SUM(B2:B3)' }], [{ value: num(1) }], [undefined, { value: num(2), formula: '1+1' }]];

  it('finds the rows holding a formula when the builder did not say', () => {
    expect(new Sheet({ name: 'S', rows }).formulaRows()).toEqual([0, 2]);
  });

  it('takes the rows the builder noted, and finds them afresh after an edit', () => {
    const sheet = new Sheet({ name: 'S', rows, formulaRows: [0, 2] });
    expect(sheet.formulaRows()).toEqual([0, 2]);
    expect(sheet.withCells({ B1: { value: num(3) }, A2: { value: num(1), formula: '0+1' } }).formulaRows()).toEqual([1, 2]);
  });
});
