import amountsAreNumbers from './amounts-are-numbers';
import avvikelseEqualsBudgetMinusUtfall from './avvikelse-equals-budget-minus-utfall';
import intakterNegativeKostnaderPositive from './intakter-negative-kostnader-positive';
import reconcilesWithResultatrakning from './reconciles-with-resultatrakning';
import summaryLinesEqualTheirParts from './summary-lines-equal-their-parts';

export const rules = [
  amountsAreNumbers,
  avvikelseEqualsBudgetMinusUtfall,
  intakterNegativeKostnaderPositive,
  reconcilesWithResultatrakning,
  summaryLinesEqualTheirParts,
];
