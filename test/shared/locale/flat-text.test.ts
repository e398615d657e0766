import { flatText } from '../../../shared/locale';

// flatText must give exactly the text the template literal gives; only V8's layout differs.
describe('flatText', () => {
  it.each([
    ['amounts and words', (a: string, n: number) => [flatText`${a} (${n}) ${1163.6} avviker med ${-82.6} mnkr`, `${a} (${n}) ${1163.6} avviker med ${-82.6} mnkr`]],
    ['nothing interpolated', () => [flatText`Prognos`, `Prognos`]],
    ['only interpolations', (a: string, n: number) => [flatText`${a}${n}`, `${a}${n}`]],
    ['empty values and parts', () => [flatText`${''}${''}`, `${''}${''}`]],
    ['numbers as JavaScript writes them', () => [flatText`${-0} ${0.1 + 0.2} ${1e21} ${Number.NaN}`, `${-0} ${0.1 + 0.2} ${1e21} ${Number.NaN}`]],
  ] as const)('%s', (_, make) => {
    const [flat, literal] = make('Total prognos intäkt', 13);
    expect(flat).toBe(literal);
  });

  it('keeps characters outside Latin-1, and escapes, as the literal does', () => {
    expect(flatText`${'≠'} \u00e5 ${'😀'}\n`).toBe(`${'≠'} \u00e5 ${'😀'}\n`);
  });
});
