import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { readWorkbook } from '../../../../excel-addin/src/xlsx-adapter/read-workbook';
import { type ValidationResult, validateWorkbook } from '../../../../shared/engine';
import { templates } from '../../../../shared/templates';
import { instanceAt } from '../../../fixtures/xlsx/generate';
import { internkontrollplanWriter } from '../../../fixtures/xlsx/internkontrollplan';
import { vasentlighetsOchRiskanalysWriter } from '../../../fixtures/xlsx/vasentlighets-och-riskanalys';
import { goldenSuite } from '../../../support/golden';

const rule = (name: string) => `internkontrollplan/${name}`;
// The VoR (instance 25) as a file of its own, as ILS-webb exports it; the same checks inside one
// workbook are "the VP 2022 workbook with VoR and internkontrollplan" below.
const REFERENCES = rule('control-references-starred-risk-in-vor-file');
const COVERED = rule('starred-risks-in-vor-file-have-controls');
const CONTEXT = rule('control-context-matches-vor-file');

// Header on row 4; KF-mål headings on rows 5, 7, 9 and 12. Columns: A Process, B Arbetssätt,
// C Systematisk kontroll, D RV, E Oönskad händelse, F Kontrollaktivitet.
goldenSuite([
  {
    index: 26,
    template: 'internkontrollplan',
    edition: 'vp-2022',
    partners: [25],
    checks: [
      { check: 'every IKP row matches a VoR event with the same RV and a blank (star) IKP cell', holds: true, silent: [REFERENCES] },
      { check: 'every VoR event with RV >= 12 appears in the IKP', holds: true, silent: [COVERED] },
      { check: "KF-mål of each IKP row equals the VoR row's KF-mål", holds: true, silent: [`${CONTEXT}:goalMismatch`] },
      {
        check:
          "IKP contains the columns required by the nämnd's own system (Mål, Processer, Arbetssätt, Systematiska kontroller, Metoder för kontroll, Kontrollansvarig)",
        holds: false,
        reported: [{ rule: rule('has-required-columns'), cell: 'G4', messageId: 'missingColumn' }],
      },
      {
        check: 'Process/Arbetssätt/Systematisk kontroll filled (or continued from the row above within the same process)',
        holds: false,
        // Row 14, "Allmänna handlingar registreras inte": blank and merged with nothing.
        reported: ['A14', 'B14', 'C14'].map((cell) => ({ rule: rule('required-fields'), cell, messageId: 'missing' })),
      },
      {
        check: "process of IKP row 'Utlägg via LISA' equals VoR process",
        holds: false,
        // The VoR's nr 25, "Staden betalar ut för ej berättigade utlägg och moms", is its E41.
        reported: [{ rule: CONTEXT, cell: 'A11', messageId: 'processMismatch', partnerCell: 'E41' }],
      },
    ],
  },
]);

describe('the VP 2022 workbook with VoR and internkontrollplan', () => {
  let dir = '';
  let result: ValidationResult;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'namndstod-ikp-'));
    const workbook = new ExcelJS.Workbook();
    vasentlighetsOchRiskanalysWriter.write(workbook, instanceAt(25), 25);
    workbook.worksheets.at(-1)!.name = 'VoR';
    internkontrollplanWriter.write(workbook, instanceAt(26), 26);
    workbook.worksheets.at(-1)!.name = 'Internkontrollplan';
    const path = join(dir, 'vp-2022-intern-kontroll.xlsx');
    await workbook.xlsx.writeFile(path);
    result = validateWorkbook(await readWorkbook(path), templates);
  });
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  const ikpProblems = () => result.problems.filter((p) => p.sheet === 'Internkontrollplan').map((p) => `${p.ruleId} ${p.cell} ${p.messageId}`);

  it('recognises both sheets', () => {
    expect(result.sheets.map((s) => [s.sheet, s.template?.id])).toEqual([
      ['VoR', 'vasentlighets-och-riskanalys'],
      ['Internkontrollplan', 'internkontrollplan'],
    ]);
  });

  it('holds: every control refers to a starred VoR event with the same RV (17 of 17)', () => {
    expect(ikpProblems().filter((p) => p.startsWith(rule('control-references-starred-risk')))).toEqual([]);
  });

  it('holds: every starred VoR event and every RV ≥ 12 has a control', () => {
    expect(ikpProblems().filter((p) => p.startsWith(rule('starred-risks-have-controls')))).toEqual([]);
  });

  it("holds: each control's KF-mål is the VoR event's; fails: 'Utlägg via LISA' reads as Budgetföljsamhet, VoR nr 25 says Redovisning", () => {
    expect(ikpProblems().filter((p) => p.startsWith(rule('control-context-matches-vor')))).toEqual([
      `${rule('control-context-matches-vor')} A11 processMismatch`,
    ]);
    const p = result.problems.find((x) => x.ruleId === rule('control-context-matches-vor'))!;
    expect(p.message.sv).toContain('"Budgetföljsamhet"');
    expect(p.message.sv).toContain('"Redovisning"');
  });

  it('reports on the internkontrollplan nothing beyond the single-sheet findings and the process mismatch', () => {
    expect(ikpProblems().sort()).toEqual(
      [
        `${rule('control-context-matches-vor')} A11 processMismatch`,
        `${rule('has-required-columns')} G4 missingColumn`,
        `${rule('required-fields')} A14 missing`,
        `${rule('required-fields')} B14 missing`,
        `${rule('required-fields')} C14 missing`,
      ].sort(),
    );
  });
});
