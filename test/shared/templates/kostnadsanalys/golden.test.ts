import { instanceAt } from '../../../fixtures/xlsx/instances';
import { type CheckExpectation, goldenSuite } from '../../../support/golden';

const KOLUMN_4 = 'kostnadsanalys/kolumn-4-equals-1-plus-2-plus-3';
const SUMMARY = 'kostnadsanalys/summary-lines-equal-their-parts';
const SIGN = 'kostnadsanalys/intakter-negative-kostnader-positive';

/** The rule that decides each kind of catalogued check; every one holds in the VP 2022 sheet. */
function decidedBy(check: string): string {
  if (check.startsWith('col 4 = 1+2+3')) return KOLUMN_4;
  if (/^(Kostnader|Intäkter \(-\)) = sum of|^Netto = Kostnader \+ Intäkter/.test(check)) return SUMMARY;
  if (check.startsWith('sign convention')) return SIGN;
  throw new Error(`No rule named for catalogued check '${check}'`);
}

// 22 × col 4, 18 summary lines (3 per column), 2 sign conventions: the catalogue finds no error.
const checks: CheckExpectation[] = instanceAt(13).checks.map((c) => ({ check: c.rule, holds: true, silent: [decidedBy(c.rule)] }));

goldenSuite([{ index: 13, template: 'kostnadsanalys', edition: 'vp-2022', checks }]);
