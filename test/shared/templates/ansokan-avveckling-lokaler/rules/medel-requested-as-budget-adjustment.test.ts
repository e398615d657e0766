import { type Problem, runRule, validateWorkbook } from '../../../../../shared/engine';
import { type Sheet, Workbook } from '../../../../../shared/grid';
import { templates } from '../../../../../shared/templates';
import { ansokanAvvecklingLokaler } from '../../../../../shared/templates/ansokan-avveckling-lokaler';
import rule from '../../../../../shared/templates/ansokan-avveckling-lokaler/rules/medel-requested-as-budget-adjustment';
import { readWorkbook } from '../../../../../excel-addin/src/xlsx-adapter/read-workbook';
import ExcelJS from 'exceljs';
import { instanceAt } from '../../../../fixtures/xlsx/instances';
import { ansokanAvvecklingLokalerWriter } from '../../../../fixtures/xlsx/ansokan-avveckling-lokaler';
import { kostnadsanalysWriter } from '../../../../fixtures/xlsx/kostnadsanalys';
import { patchSheet } from '../../../../support/grid-literal';
import { base as analys } from '../../kostnadsanalys/base-sheet';
import { base } from '../base-sheet';

/**
 * The rule reads a second sheet (the kostnadsanalys), so it is run over whole workbooks here
 * rather than through testRule, which gives each case a workbook of one sheet.
 */
function run(...sheets: Sheet[]): Problem[] {
  const workbook = new Workbook(sheets);
  const sheet = sheets[0]!;
  const hit = ansokanAvvecklingLokaler.recognise(sheet, workbook);
  if (!hit) throw new Error('the application sheet is not recognised');
  return runRule(rule, { sheet, workbook, layout: hit.layout, edition: hit.edition });
}

const brief = (p: Problem) => ({ messageId: p.messageId, cell: p.cell, data: p.data });
// In the analysis base, column 3 (D) of Kostnader is row 5.
const requested = (mnkr: number) => patchSheet(analys, { D5: mnkr, D6: mnkr, E5: 1278.7 + mnkr, E6: 425.9 + mnkr });

describe(rule.meta.id, () => {
  it('says nothing when the workbook has no cost analysis to compare with', () => {
    expect(run(base)).toEqual([]);
  });

  it('holds when the 450 000 kr applied for are among the requested adjustments (0,5 mnkr)', () => {
    expect(run(base, requested(0.5))).toEqual([]);
  });

  it('holds when the request rounds to the funds applied for at one decimal', () => {
    expect(run(patchSheet(base, { F6: 449000 }), requested(0.4))).toEqual([]);
  });

  it('says nothing when no funds are applied for, whatever the analysis holds', () => {
    expect(run(patchSheet(base, { F6: 0 }), analys)).toEqual([]);
  });

  it('reports funds applied for that are missing from the requested adjustments, on the first amount', () => {
    const problems = run(patchSheet(base, { F7: 150000 }), analys);
    expect(problems.map(brief)).toEqual([{ messageId: 'notRequested', cell: 'F6', data: { medel: 600000, sheet: 'kostn analys', justering: 0 } }]);
    expect(problems[0]!.related).toEqual(['F7']);
    expect(problems[0]!.message.sv).toContain('"Av nämnden begärda budgetjusteringar" på fliken "kostn analys" är 0 mnkr');
    expect(problems[0]!.message.en).not.toMatch(/\{\{/);
  });

  it('reports a request smaller than the funds applied for', () => {
    expect(run(base, requested(0.3)).map(brief)).toEqual([{ messageId: 'notRequested', cell: 'F6', data: { medel: 450000, sheet: 'kostn analys', justering: 0.3 } }]);
  });

  it('checks a real workbook with both tabs, as the VP is sent in', async () => {
    const book = new ExcelJS.Workbook();
    const application = { ...instanceAt(12), rows: [['Liljeholmsvägen 18', '640', '2023-03-31', '2022-12-31', '1 280 000', '450 000', 'Flytt', 'x', '', '']] };
    ansokanAvvecklingLokalerWriter.write(book, application, 12);
    kostnadsanalysWriter.write(book, instanceAt(13), 13);
    const workbook = await readWorkbook(new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer));
    const result = validateWorkbook(workbook, templates);
    expect(result.sheets.map((s) => s.template?.id)).toEqual(['ansokan-avveckling-lokaler', 'kostnadsanalys']);
    expect(result.problems.map((p) => `${p.sheet}!${p.cell} ${p.ruleId}`)).toEqual([`Blad1!F12 ${rule.meta.id}`]);
  });
});
