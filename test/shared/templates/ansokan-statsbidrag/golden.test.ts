import { instanceAt } from '../../../fixtures/xlsx/instances';
import { HEADER_ROW } from '../../../fixtures/xlsx/projektbilaga';
import { goldenSuite } from '../../../support/golden';

const rule = (name: string) => `ansokan-statsbidrag/${name}`;
const SUMMA_K = rule('summa-kostnader-equals-sum-of-cost-lines');
const SUMMA_F = rule('summa-finansiering-equals-statsbidrag-plus-egen');
const F_EQ_K = rule('summa-finansiering-equals-summa-kostnader');
const SOKT = rule('sokt-belopp-equals-statsbidrag');
const OVERHEAD = rule('overhead-within-15-percent-of-salary');
const STATED = rule('stated-arithmetic-matches-amount');
const LABELS = rule('sum-labels-cover-tidplan');
const SECTIONS = rule('section-numbering-complete');
const AMOUNTS = rule('amounts-are-numbers');
const IN_ANNEX = 'projektbilaga/matches-statsbidrag-application';
/** The row of a project in the VP 2022 Projektbilaga (instance 36), where the difference is reported. */
const annexRow = (project: string) => HEADER_ROW + 2 + instanceAt(36).rows.findIndex((r) => r[1] === project);

// The fixture (see test/fixtures/xlsx/ansokan-statsbidrag.ts): Sökt belopp in B7, headings 1.1 in
// A16 and 1.3 in A18, the theme boxes in rows 22–26 with their marks in B, Tidplan in A33, cost
// lines in rows 37–42 with "Summa kostnader 2021" in row 43, statsbidrag in row 46, egen
// finansiering in row 47, "Summa finansiering 2021" in row 48; amounts in column B.
const TEMPLATE_FLAWS = [
  {
    rule: LABELS,
    cell: 'A43',
    messageId: 'labelYearShort',
    why: 'the tidplan runs 2021-06-01 – 2022-04-30 under labels that say 2021; the catalogue notes this for all three applications ("All three applications run to April 2022, which is a template flaw") but lists the check only for Etableringscentrum',
  },
  { rule: LABELS, cell: 'A48', messageId: 'labelYearShort', why: 'the same for "Summa finansiering 2021"' },
  {
    rule: SECTIONS,
    cell: 'A18',
    messageId: 'missingSection',
    why: 'the form jumps from 1.1 to 1.3 "in all three applications" (catalogue, T09 structure); the check is listed only for Etableringscentrum',
  },
];

goldenSuite([
  {
    index: 17,
    template: 'ansokan-statsbidrag',
    edition: 'ansokan-2021',
    checks: [
      { check: 'Summa kostnader = sum of cost lines', holds: true, silent: [SUMMA_K] },
      { check: 'salary line = 4 lotsar × 10 månader × (19 550 + 8 100)', holds: true, silent: [STATED] },
      { check: 'overhead = stated 10 % of salary', holds: true, silent: [STATED] },
      { check: 'overhead <= 15 % of löne-/arvodeskostnader', holds: true, silent: [OVERHEAD] },
      { check: 'Externa tjänster = 25 000 + 100 000', holds: true, silent: [STATED] },
      { check: 'Andra verksamhetskostnader = 50 000 + 38 000', holds: true, silent: [STATED] },
      { check: 'SL-kort = 950 × 10 × 4', holds: true, silent: [STATED] },
      // 15 000 per individ och månad × 3 lotsar × the 10 months of the Tidplan (Juli 2021 – april 2022).
      { check: 'Egen finansiering = 15 000 × 10 månader × 3 lotsar', holds: true, silent: [STATED] },
      { check: 'Summa finansiering = statsbidrag + egen finansiering', holds: true, silent: [SUMMA_F] },
      { check: 'Sökt belopp = Finansiering via statsbidrag', holds: false, reported: [{ rule: SOKT, cell: 'B46', messageId: 'mismatch' }] },
      { check: 'Summa finansiering = Summa kostnader', holds: false, reported: [{ rule: F_EQ_K, cell: 'B48', messageId: 'mismatch' }] },
      {
        check: "'Summa ... 2021' label covers the whole tidplan",
        holds: false,
        reported: [
          { rule: LABELS, cell: 'A43', messageId: 'labelYearShort' },
          { rule: LABELS, cell: 'A48', messageId: 'labelYearShort' },
        ],
      },
      { check: 'section numbering complete', holds: false, reported: [{ rule: SECTIONS, cell: 'A18', messageId: 'missingSection' }] },
    ],
    alsoReported: [
      {
        rule: AMOUNTS,
        cell: 'B7',
        messageId: 'numberAsText',
        why: 'Sökt belopp is typed "979 600 kr", text that no sum can read; the catalogue checks this only in Unga når Unga ("unit suffix consistent")',
      },
    ],
  },
  {
    index: 18,
    template: 'ansokan-statsbidrag',
    edition: 'ansokan-2021',
    // The VP 2022 Projektbilaga (instance 36) as a file of its own; the list is the later summary
    // of the application, so a difference is reported there, on the list's cell.
    partners: [36],
    checks: [
      { check: 'Summa kostnader = sum of cost lines', holds: true, silent: [SUMMA_K] },
      { check: 'overhead <= 15 % of löne-/arvodeskostnader', holds: true, silent: [OVERHEAD] },
      { check: 'Summa finansiering = statsbidrag + egen finansiering (blank = 0)', holds: true, silent: [SUMMA_F] },
      { check: 'Sökt belopp = Finansiering via statsbidrag', holds: true, silent: [SOKT] },
      { check: 'Summa finansiering = Summa kostnader', holds: true, silent: [F_EQ_K] },
      {
        check: 'unit suffix consistent',
        holds: false,
        // The amounts typed with "kr" are text; "60 000" and "4 967 000" are numbers.
        reported: ['B7', 'B37', 'B38', 'B39', 'B46', 'B48'].map((cell) => ({ rule: AMOUNTS, cell, messageId: 'numberAsText' })),
      },
      {
        check:
          "cross-check with Projektbilaga VP 2022 ('Unga Når Unga': budget 5 miljoner kr, medfinansiering 1 miljon kr, augusti 2021 - april 2022)",
        holds: false,
        reported: [
          { rule: IN_ANNEX, cell: `D${annexRow('Unga Når Unga')}`, messageId: 'medfinansieringDiffers', document: 36 },
          { rule: IN_ANNEX, cell: `E${annexRow('Unga Når Unga')}`, messageId: 'startDiffers', document: 36 },
        ],
      },
    ],
    alsoReported: TEMPLATE_FLAWS,
  },
  {
    index: 19,
    template: 'ansokan-statsbidrag',
    edition: 'ansokan-2021',
    checks: [
      { check: 'Summa kostnader = sum of cost lines', holds: true, silent: [SUMMA_K] },
      {
        check: 'overhead <= 15 % of löne-/arvodeskostnader (exact, no rounding)',
        holds: true,
        disagree:
          'amounts are whole kronor, so the cap is 15 % of 4 495 392 rounded to whole kronor, 674 309; flagging the 0,20 kr over the unrounded 674 308,80 is the false alarm the catalogue itself warns of (T09 "Edge case for the rule engine")',
        silent: [OVERHEAD],
      },
      { check: 'overhead <= 15 % of salary, rounded to whole kronor', holds: true, silent: [OVERHEAD] },
      { check: 'Summa finansiering = statsbidrag + egen finansiering', holds: true, silent: [SUMMA_F] },
      { check: 'Sökt belopp = Finansiering via statsbidrag', holds: true, silent: [SOKT] },
      { check: 'Summa finansiering = Summa kostnader', holds: true, silent: [F_EQ_K] },
      { check: '1.4 at least one tematisk inriktning chosen', holds: false, reported: [{ rule: rule('tematisk-inriktning-chosen'), cell: 'B22', messageId: 'noneChosen' }] },
      {
        check: 'Sökt belopp carries unit',
        holds: true,
        disagree:
          'in a workbook an amount is a number and its unit belongs to the column ("Kostnad i SEK"); "5 169 701" as a number is the right entry, while a typed "kr" makes it text that no formula reads. The catalogue compares with how the other two applications wrote it, not with the template',
        silent: [AMOUNTS],
      },
    ],
    alsoReported: TEMPLATE_FLAWS,
  },
]);
