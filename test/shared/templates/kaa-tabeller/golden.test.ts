import { instanceAt } from '../../../fixtures/xlsx/instances';
import { type CheckExpectation, type ExpectedReport, goldenSuite } from '../../../support/golden';

const TOTALS = 'kaa-tabeller/totals-equal-sum-of-rows';
const ROW_TOTALS = 'kaa-tabeller/row-totals-equal-sum-of-columns';
const SHARES = 'kaa-tabeller/shares-match-counts';
const SUM100 = 'kaa-tabeller/shares-sum-to-100';

/** holds → nothing at the cell; fails → the problem at the cell. */
function at(index: number, check: string, report: ExpectedReport): CheckExpectation {
  const holds = instanceAt(index).checks.find((c) => c.rule === check)?.holds;
  if (holds === undefined) throw new Error(`instance ${index} has no check '${check}'`);
  return holds ? { check, holds, notReported: [report] } : { check, holds, reported: [report] };
}

/**
 * "Resultat fördelat över Jobbtorgen": title in row 2, headers in row 4, Jobbtorgen from row 5,
 * Totalt in row 11. Columns B Inskrivna, C Avslutade, D Andel avslutade, E/F studier, G/H arbete,
 * I/J studier/arbete.
 */
function jobbtorgChecks(): CheckExpectation[] {
  const instance = instanceAt(37);
  const rowOf = (name: string) => 5 + instance.rows.findIndex((r) => r[0] === name);
  const shareCol: Readonly<Record<string, string>> = { 'andel avslutade': 'D', 'andel studier': 'F', 'andel arbete': 'H', 'andel studier/arbete': 'J' };
  return instance.checks.map((c) => {
    let m = /^(.*): studier\/arbete = studier \+ arbete$/.exec(c.rule);
    if (m) return at(37, c.rule, { rule: ROW_TOTALS, cell: `I${rowOf(m[1]!)}` });
    m = /^(.*): (andel [a-z/]+) = \d+\/\d+ rounded to whole %$/.exec(c.rule);
    if (m) return at(37, c.rule, { rule: SHARES, cell: `${shareCol[m[2]!]}${rowOf(m[1]!)}`, messageId: 'shareMismatch' });
    m = /^Totalt column (.*) = sum of jobbtorg rows$/.exec(c.rule);
    if (m) return at(37, c.rule, { rule: TOTALS, cell: `${'ABCDEFGHIJ'[instance.headers.indexOf(m[1]!)]}11` });
    throw new Error(`no expectation for '${c.rule}'`);
  });
}

const PROSE = 'the claim is in the PM text of the KAA annual report, not in a table: no sheet holds it';

goldenSuite([
  { index: 37, template: 'kaa-tabeller', edition: 'resultat-per-jobbtorg-2019', checks: jobbtorgChecks() },
  {
    index: 38,
    template: 'kaa-tabeller',
    edition: 'uppsok-och-stod-2019',
    // Blocks: "Antal ungdomar i KAA" rows 5–7, the reach table rows 11–16, "stöd" rows 20–22.
    checks: [
      at(38, 'row total [2019 ej nådd]', { rule: ROW_TOTALS, cell: 'D11' }),
      at(38, 'row total [2019 nådd]', { rule: ROW_TOTALS, cell: 'D12' }),
      at(38, 'row total [2019 sökta totalt]', { rule: ROW_TOTALS, cell: 'D13' }),
      at(38, 'row total [2018 ej nådd]', { rule: ROW_TOTALS, cell: 'D14' }),
      at(38, 'row total [2018 nådd]', { rule: ROW_TOTALS, cell: 'D15' }),
      at(38, 'row total [2018 sökta totalt]', { rule: ROW_TOTALS, cell: 'D16' }),
      at(38, 'ej nådd + nådd = sökta (2019, col 1)', { rule: TOTALS, cell: 'B13' }),
      at(38, 'ej nådd + nådd = sökta (2019, col 2)', { rule: TOTALS, cell: 'C13' }),
      at(38, 'ej nådd + nådd = sökta (2019, col 3)', { rule: TOTALS, cell: 'D13' }),
      at(38, 'ej nådd + nådd = sökta (2018, col 1)', { rule: TOTALS, cell: 'B16' }),
      at(38, 'ej nådd + nådd = sökta (2018, col 2)', { rule: TOTALS, cell: 'C16' }),
      at(38, 'ej nådd + nådd = sökta (2018, col 3)', { rule: TOTALS, cell: 'D16' }),
      { check: 'text: nådda ökade med 5,9 % (3323 vs 3139)', holds: true, external: PROSE },
      { check: 'text: sökta ökade med 145 (6099 vs 5954)', holds: true, external: PROSE },
      { check: "summary text: '3323 ungdomar nåddes … en ökning med 184 personer jämfört med 2019'", holds: false, external: PROSE },
      at(38, '8 724 = 3 883 + 4 841 (KAA-registret 2019)', { rule: TOTALS, cell: 'B7' }),
      at(38, '9 035 = 3 982 + 5 053 (KAA-registret 2018)', { rule: TOTALS, cell: 'C7' }),
      at(38, '1023 = 418 + 605 (stöd 2019)', { rule: TOTALS, cell: 'B22' }),
      at(38, '960 = 391 + 569 (stöd 2018)', { rule: TOTALS, cell: 'C22' }),
      { check: 'text: ökning 6,6 % (1023 vs 960)', holds: true, external: PROSE },
    ],
  },
  {
    index: 39,
    template: 'kaa-tabeller',
    edition: 'enkater-2019',
    // "Hur kom du i kontakt med oss?" rows 5–22, Total row 23; the knowledge shares rows 27–31.
    checks: [
      at(39, 'Hur kom du i kontakt med oss? Total = sum of answers', { rule: TOTALS, cell: 'B23' }),
      { check: 'VBE kunskapsskattning T1 2021 (8/31/36/23/2 %) sums to 100 %', holds: true, silent: [SUM100] },
    ],
  },
]);
