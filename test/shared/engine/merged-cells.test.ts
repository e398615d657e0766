import { Sheet } from '../../../shared/grid';
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
    expect(['A2', 'A3', 'A4', 'B3'].map((a1) => shownCell(sheet, Number(a1.slice(1)) - 1, a1.charCodeAt(0) - 65).value)).toEqual(
      Array(4).fill(0).map((_, i) => ({ kind: 'text', value: i < 3 ? 'Inköp' : 'Styra och stödja' })),
    );
  });

  it('leaves a blank that is merged with nothing blank', () => {
    expect(shownCell(sheet, 4, 0).value).toEqual({ kind: 'empty' });
    expect(shownCell(sheet, 4, 1).value).toEqual({ kind: 'empty' });
  });

  it('returns a filled cell as it is, merged or not', () => {
    expect(shownCell(sheet, 3, 1).value).toEqual({ kind: 'text', value: 'Uppföljning' });
  });
});
