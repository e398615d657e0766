import { renderJson } from '../../../excel-addin/src/cli/render-json';
import { all } from './report-fixtures';

describe('renderJson', () => {
  it('keeps the agreed field names and adds only new ones', () => {
    const files = (JSON.parse(renderJson(all, 'sv')) as { files: Record<string, unknown>[] }).files;
    expect(files[0]).toMatchObject({ file: 'rapport.xlsx', template: 'investeringar', catalogId: 'T03', edition: 't1-2021' });
    expect(Object.keys((files[0]!.problems as object[])[0]!).slice(0, 5)).toEqual(['ruleId', 'severity', 'sheet', 'cell', 'message']);
    expect((files[0]!.problems as { message: string }[]).map((p) => p.message)).toEqual(['Avvikelse 9,9 borde vara 0.', 'Rubriken <b>2020</b>.', 'Notera.']);
    expect(files[1]).toMatchObject({ template: null, catalogId: null, edition: null, lookedFor: ['T03: raden "Inventarier och maskiner"'] });
    expect(files[2]).toMatchObject({ template: null, error: 'Filen är skadad eller ofullständig (zip).', problems: [] });
    expect(files[2]).not.toHaveProperty('lookedFor');
  });
});
