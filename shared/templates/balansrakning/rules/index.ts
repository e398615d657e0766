import amountsAreNumbers from './amounts-are-numbers';
import assetsPositiveLiabilitiesNegative from './assets-positive-liabilities-negative';
import balanceSheetBalances from './balance-sheet-balances';
import summaryLinesEqualTheirParts from './summary-lines-equal-their-parts';
import ubEqualsIbPlusForandring from './ub-equals-ib-plus-forandring';
import ubTotaltEqualsSumOfCounterparts from './ub-totalt-equals-sum-of-counterparts';

export const rules = [
  amountsAreNumbers,
  assetsPositiveLiabilitiesNegative,
  balanceSheetBalances,
  summaryLinesEqualTheirParts,
  ubEqualsIbPlusForandring,
  ubTotaltEqualsSumOfCounterparts,
];
