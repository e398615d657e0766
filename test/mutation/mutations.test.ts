import type { TemplateInstance } from '../fixtures/xlsx/types';
import { sheetOf } from '../support/grid-literal';
import { mutationsOf } from './mutations';
import { sample } from './measure';

const instance = (rows: string[][], headers: string[] = ['Projekt', 'Budget', 'Tidplan', 'Ansvarig']): TemplateInstance =>
  ({ template: 'Projektlista', seedFile: 'x', lines: '1', headers, rows, checks: [] }) as TemplateInstance;

const sheet = sheetOf('Blad1', [
  ['Projekt', 'Budget', 'Tidplan', 'Ansvarig', 'Start', 'Slut'],
  ['Spången', 30.7, 'september 2018 - december 2021', 'Jobbtorg Stockholm', { d: '2018-09-01' }, { d: '2021-12-31' }],
  ['Summa', { f: 'SUM(B2:B2)', v: 30.7 }, null, null, null, null],
]);
const rows = [['Spången', '30,7', 'september 2018 - december 2021', 'Jobbtorg Stockholm']];

test('a typed number is nudged by one shown unit and by a tenth, sign-flipped and left out', () => {
  const m = mutationsOf(sheet, instance(rows)).filter((x) => x.cell === 'B2');
  expect(m.map((x) => [x.kind, x.to])).toEqual([
    ['nudge', '30.8'],
    ['nudge-10%', '33.8'],
    ['sign', '-30.7'],
    ['blank-number', ''],
  ]);
});

test('a formula is overwritten by its own value or by another number, keeping nothing of the formula', () => {
  const m = mutationsOf(sheet, instance(rows)).filter((x) => x.cell === 'B3');
  expect(m.map((x) => [x.kind, x.from, x.to])).toEqual([
    ['formula→value', '=SUM(B2:B2)', '30.7'],
    ['formula→other', '=SUM(B2:B2)', '30.8'],
  ]);
  expect(m[0]!.patch['B3']!.formula).toBeUndefined();
});

test('a Tidplan is written backwards or a year off; dates are moved and swapped pairwise', () => {
  const m = mutationsOf(sheet, instance(rows));
  expect(m.filter((x) => x.cell === 'C2').map((x) => [x.kind, x.to])).toEqual([
    ['period-reversed', 'december 2021 - september 2018'],
    ['period-year', 'september 2019 - december 2022'],
    ['blank-text', ''],
  ]);
  expect(m.filter((x) => x.kind === 'date-shift').map((x) => x.to)).toEqual(['2019-09-01', '2022-12-31']);
  const swap = m.find((x) => x.kind === 'date-swap')!;
  expect(Object.fromEntries(Object.entries(swap.patch).map(([a1, c]) => [a1, c.value]))).toEqual({
    E2: { kind: 'date', value: '2021-12-31' },
    F2: { kind: 'date', value: '2018-09-01' },
  });
});

test('only the catalogue’s data text is blanked, never a header or a label', () => {
  const blanks = mutationsOf(sheet, instance(rows)).filter((x) => x.kind === 'blank-text').map((x) => x.cell);
  expect(blanks).toEqual(['A2', 'C2', 'D2']);
  // In a label/value form the labels stay: only values are blanked.
  const form = sheetOf('Blad1', [['Kontaktperson:', 'Arja Kallo']]);
  expect(mutationsOf(form, instance([['Kontaktperson', 'Arja Kallo']], ['Fält', 'Värde'])).filter((x) => x.kind === 'blank-text').map((x) => x.cell)).toEqual(['B1']);
});

test('the sample is a deterministic pick for a seed', () => {
  const items = Array.from({ length: 50 }, (_, i) => i);
  expect(sample(items, 5, 7)).toEqual(sample(items, 5, 7));
  expect(sample(items, 5, 7)).not.toEqual(sample(items, 5, 8));
  expect(new Set(sample(items, 5, 7)).size).toBe(5);
  expect(sample(items, undefined, 7)).toEqual(items);
});
