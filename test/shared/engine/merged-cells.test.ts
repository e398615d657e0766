import { Sheet, parseA1 } from '../../../shared/grid';
import { shownCell } from '../../../shared/engine';
import { cellOf } from '../../support/grid-literal';

const sheet = new Sheet({
  name: 'Blad1',
  rows: [
    ['Process', 'Arbetssätt'],
    ['Inköp', 'Styra och stödja'],
    [null, null],
    [null, 'Uppföljning'],
    [null, null],
  ].map((r) => r.map(cellOf)),
  merges: ['A2:A4', 'B2:B3'],
});

describe('shownCell', () => {
  it('shows the first cell of a merged area in each of its cells', () => {
    const shown = (a1: string) => shownCell(sheet, parseA1(a1).row, parseA1(a1).col).value;
    expect(['A2', 'A3', 'A4', 'B3'].map(shown)).toEqual([
      { kind: 'text', value: 'Inköp' },
      { kind: 'text', value: 'Inköp' },
      { kind: 'text', value: 'Inköp' },
      { kind: 'text', value: 'Styra och stödja' },
    ]);
  });

  it('leaves a blank that is merged with nothing blank', () => {
    expect(shownCell(sheet, 4, 0).value).toEqual({ kind: 'empty' });
    expect(shownCell(sheet, 4, 1).value).toEqual({ kind: 'empty' });
  });

  it('returns a filled cell as it is, merged or not', () => {
    expect(shownCell(sheet, 3, 1).value).toEqual({ kind: 'text', value: 'Uppföljning' });
  });
});
