import ExcelJS from 'exceljs';
import { type Problem, runRule, validateWorkbook } from '../../../../../shared/engine';
import { type Sheet, Workbook } from '../../../../../shared/grid';
import { templates } from '../../../../../shared/templates';
import { budgetavrakning } from '../../../../../shared/templates/budgetavrakning';
import rule from '../../../../../shared/templates/budgetavrakning/rules/reconciles-with-resultatrakning';
import { readWorkbook } from '../../../../../excel-addin/src/xlsx-adapter/read-workbook';
import { budgetavrakningWriter } from '../../../../fixtures/xlsx/budgetavrakning';
import { instanceAt } from '../../../../fixtures/xlsx/instances';
import { resultatrakningWriter } from '../../../../fixtures/xlsx/resultatrakning';
import { patchSheet } from '../../../../support/grid-literal';
import { base as rr } from '../../resultatrakning/base-sheet';
import { base, budgetavrakningSheet } from '../base-sheet';

/**
 * The rule reads a second sheet (the Resultaträkning), so it runs over whole workbooks here rather
 * than through testRule, which gives each case a workbook of one sheet.
 */
function run(...sheets: Sheet[]): Problem[] {
  const workbook = new Workbook(sheets);
  const hit = budgetavrakning.recognise(sheets[0]!, workbook);
  if (!hit) throw new Error('the budgetavräkning is not recognised');
  return runRule(rule, { sheet: sheets[0]!, workbook, layout: hit.layout, edition: hit.edition });
}

const brief = (p: Problem) => ({ messageId: p.messageId, cell: p.cell, data: p.data });

/** A budgetavräkning whose utfall ties to the small Resultaträkning of the resultatrakning tests. */
const tied = patchSheet(budgetavrakningSheet(), {
  // Kostnader = 3 700 + 60 + 20; Intäkter (-) = −1 100 − 5; Summa drift = 2 675.
  C6: 3700, C7: 60, C8: 20, C9: 3780, C10: -1105, C11: 0, C12: -1105, C13: 2675,
});

describe(rule.meta.id, () => {
  it('says nothing without a Resultaträkning in the workbook', () => {
    expect(run(base)).toEqual([]);
  });

  it('holds when Kostnader, Intäkter (-) and Summa drift tie to the Resultaträkning’s Totalt', () => {
    expect(run(tied, rr)).toEqual([]);
  });

  it('reports each line whose utfall differs, naming the sheet and the lines it ties to', () => {
    const problems = run(patchSheet(tied, { C9: 3760, C13: 2655 }), rr);
    expect(problems.map(brief)).toEqual([
      {
        messageId: 'differsFromResultatrakning',
        cell: 'C9',
        data: { line: 'Kostnader', actual: 3760, expected: 3780, sheet: 'Blad1', parts: { sv: 'verksamhetens kostnader + avskrivningar + finansiella kostnader', en: 'operating costs + depreciation + financial costs' } },
      },
      { messageId: 'differsFromResultatrakning', cell: 'C13', data: { line: 'Summa drift', actual: 2655, expected: 2675, sheet: 'Blad1', parts: { sv: 'årets resultat', en: 'the year’s result' } } },
    ]);
    expect(problems[0]!.message.sv).toContain('resultaträkningen på fliken "Blad1" ger 3 780 kr');
  });

  it('reports an Intäkter (-) that leaves out the financial income', () => {
    expect(run(patchSheet(tied, { C12: -1100, C13: 2680 }), rr).map((p) => p.cell)).toEqual(['C12', 'C13']);
  });

  it('holds the bokslut 2019 printouts to the catalogue: written as one real workbook, they reconcile', async () => {
    const book = new ExcelJS.Workbook();
    budgetavrakningWriter.write(book, { ...instanceAt(14), sheetTab: 'Budgetavräkning' }, 14);
    resultatrakningWriter.write(book, { ...instanceAt(16), sheetTab: 'Resultaträkning' }, 16);
    const workbook = await readWorkbook(new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer));
    const result = validateWorkbook(workbook, templates);
    expect(result.sheets.map((s) => s.template?.id)).toEqual(['budgetavrakning', 'resultatrakning']);
    expect(result.problems.filter((p) => p.ruleId === rule.meta.id)).toEqual([]);

    // And a slip in the RR's Årets resultat shows on the budgetavräkning's Summa drift.
    const sheet = workbook.sheets[1]!;
    const broken = new Workbook([workbook.sheets[0]!, patchSheet(sheet, { E54: 883851000 })]);
    const problems = validateWorkbook(broken, templates).problems.filter((p) => p.ruleId === rule.meta.id);
    expect(problems.map((p) => `${p.sheet}!${p.cell}`)).toEqual(['Budgetavräkning!C13']);
    expect(problems[0]!.data).toMatchObject({ sheet: 'Resultaträkning', expected: 883851000 });
  });
});
