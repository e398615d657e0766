import { recognise as recogniseProjekt } from '../../../../shared/templates/projekt-over-50-mnkr/definition';
import { writtenInstances } from '../../../fixtures/xlsx/generate';
import { instanceAt } from '../../../fixtures/xlsx/instances';
import { patchSheet, sheetOf } from '../../../support/grid-literal';
import { filledSheet } from './filled-sheet';
import { readBackInstance } from './read-back';

const T1_TITLE = 'Kostnader och intäkter (-) för strategiskt viktiga projekt eller projekt över 50 mnkr som ej är investeringar';

describe('recognising T01', () => {
  it.each([
    [0, { id: 't1-2021', label: 'Tertialrapport 1 2021', year: 2021 }],
    [1, { id: 't1-2020', label: 'Tertialrapport 1 2020', year: 2020 }],
    [2, { id: 'vp-2022', label: 'Verksamhetsplan 2022', year: 2022 }],
  ])('recognises instance %i from its .xlsx with its edition', async (index, edition) => {
    const workbook = await readBackInstance(index);
    expect(workbook.sheets.map((s) => recogniseProjekt(s)?.edition)).toEqual([edition]);
  });

  it('takes the edition from the title and the Budget year when the report line is gone', () => {
    expect(recogniseProjekt(patchSheet(filledSheet(0), { A1: null }))?.edition).toEqual({ id: 't1-2021', label: 'Tertialrapport 1 2021', year: 2021 });
    // VP 2022 is the only retitled edition ("… för följande typer av verksamhetsprojekt").
    expect(recogniseProjekt(patchSheet(filledSheet(2), { A3: null }))?.edition).toEqual({ id: 'vp-2022', label: 'Verksamhetsplan 2022', year: 2022 });
  });

  it('does not take a T02 Resultatenheter sheet for T01', async () => {
    const index = writtenInstances().find((i) => instanceAt(i).template.startsWith('Uppföljning av resultatenheter'));
    expect(index).toBeDefined();
    const workbook = await readBackInstance(index!);
    expect(workbook.sheets.map((s) => recogniseProjekt(s))).toEqual(workbook.sheets.map(() => undefined));
  });

  it("does not take any other template's catalogued sheet for T01", async () => {
    const others = writtenInstances().filter((i) => !instanceAt(i).template.startsWith('Kostnader och intäkter'));
    expect(others.length).toBeGreaterThan(0);
    for (const index of others) {
      const workbook = await readBackInstance(index);
      expect({ index, recognised: workbook.sheets.filter((s) => recogniseProjekt(s)).map((s) => s.name) }).toEqual({ index, recognised: [] });
    }
  });

  it('does not recognise a sheet of unrelated numbers and words', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const words = ['Kostnad', 'Intäkt', 'Summa', 'Projekt', 'Budget', 'Prognos', 'Total', '2021', 'Mnkr'];
    const rows = Array.from({ length: 30 }, () => Array.from({ length: 20 }, () => (next() < 0.5 ? Math.round(next() * 1000) / 10 : words[Math.floor(next() * words.length)]!)));
    expect(recogniseProjekt(sheetOf('Blad1', rows))).toBeUndefined();
  });

  it('does not recognise the title with no Kostnad/Intäkt table under it', () => {
    expect(recogniseProjekt(sheetOf('Blad1', [[T1_TITLE], [], ['Projekt', 'Belopp'], ['Jobbtorg', 12.4], ['Summa', 12.4]]))).toBeUndefined();
  });

  it('does not recognise a project list with other columns under a similar title', () => {
    const sheet = sheetOf('Blad1', [
      ['Kostnader och intäkter (-) för projekt'],
      [],
      ['Projekt', 'Budget', 'Medfinansiering', 'Start', 'Slut', 'Ansvarig avdelning'],
      ['Jobbtorg', 12.4, -3.1, { d: '2021-01-01' }, { d: '2022-12-31' }, 'Avd. för arbetsmarknad'],
    ]);
    expect(recogniseProjekt(sheet)).toBeUndefined();
  });

  it('does not look for the title far below the top of the sheet', () => {
    const rows = Array.from({ length: 20 }, (_, i) => [`Rad ${i + 1}`]);
    const sheet = filledSheet(0);
    const moved = sheetOf('Blad1', [...rows, [T1_TITLE]]);
    expect(recogniseProjekt(sheet)).toBeDefined();
    expect(recogniseProjekt(moved)).toBeUndefined();
  });
});
