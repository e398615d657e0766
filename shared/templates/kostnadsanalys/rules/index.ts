import amountsAreNumbers from './amounts-are-numbers';
import headerYearsMatchPlanYear from './header-years-match-plan-year';
import intakterNegativeKostnaderPositive from './intakter-negative-kostnader-positive';
import kolumn4Equals1Plus2Plus3 from './kolumn-4-equals-1-plus-2-plus-3';
import summaryLinesEqualTheirParts from './summary-lines-equal-their-parts';

export const rules = [
  amountsAreNumbers,
  headerYearsMatchPlanYear,
  intakterNegativeKostnaderPositive,
  kolumn4Equals1Plus2Plus3,
  summaryLinesEqualTheirParts,
];
