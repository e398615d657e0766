import { renderText } from '../../../excel-addin/src/cli/render-text';
import { all, checked, problem } from './report-fixtures';

describe('renderText', () => {
  it('groups per file and sheet, and names the severity in words without colour', () => {
    const out = renderText(all, 'sv', false);
    expect(out).not.toContain('\u001b[');
    expect(out.split('\n').slice(0, 9)).toEqual([
      'rapport.xlsx',
      '  Mall: T03 Investeringar (T1 2021)',
      '  Blad Blad1',
      '    ✖ Fel      D4  Avvikelse 9,9 borde vara 0. [investeringar/avvikelse-equals-vp-minus-prognos]',
      '    ⚠ Varning  A1  Rubriken <b>2020</b>. [investeringar/title-year]',
      '  Blad Blad & <2>',
      '    ℹ Info  B7  Notera. [investeringar/avvikelse-equals-vp-minus-prognos]',
      '  1 fel, 1 varning, 1 upplysning',
      '',
    ]);
    expect(out).toContain('  ✖ Kan inte läsas: Filen är skadad eller ofullständig (zip).');
    expect(out.trimEnd().split('\n').pop()).toBe('Totalt: 3 filer, 1 fel, 1 varning, 1 upplysning, 1 fil kunde inte läsas, 1 fil med okänd mall.');
  });

  it('adds colour around the words on a terminal, never instead of them', () => {
    const out = renderText([checked], 'en', true);
    expect(out).toContain('\u001b[31m✖ Error  \u001b[0m');
    expect(out).toContain('\u001b[33m⚠ Warning\u001b[0m');
  });

  it('does not let workbook text drive the terminal', () => {
    const out = renderText([{ ...checked, problems: [problem({ sheet: 'Blad\u001b[2J', message: { sv: 'x\u001b]0;titel\u0007y', en: '' } })] }], 'sv', false);
    expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
  });
});
