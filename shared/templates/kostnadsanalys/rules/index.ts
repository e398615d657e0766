import amountsAreNumbers from './amounts-are-numbers';
import columnNumbersAsPrinted from './column-numbers-as-printed';
import headerYearsMatchPlanYear from './header-years-match-plan-year';
import intakterNegativeKostnaderPositive from './intakter-negative-kostnader-positive';
import kolumn4Equals1Plus2Plus3 from './kolumn-4-equals-1-plus-2-plus-3';
import lineLabelsPresent from './line-labels-present';
import summaryLinesEqualTheirParts from './summary-lines-equal-their-parts';
import templateFormulasIntact from './template-formulas-intact';

export const rules = [
  amountsAreNumbers,
  columnNumbersAsPrinted,
  headerYearsMatchPlanYear,
  intakterNegativeKostnaderPositive,
  kolumn4Equals1Plus2Plus3,
  lineLabelsPresent,
  summaryLinesEqualTheirParts,
  templateFormulasIntact,
];
