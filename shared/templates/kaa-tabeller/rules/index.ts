import rowTotalsEqualSumOfColumns from './row-totals-equal-sum-of-columns';
import rowsComplete from './rows-complete';
import sharesMatchCounts from './shares-match-counts';
import sharesSumTo100 from './shares-sum-to-100';
import totalsEqualSumOfRows from './totals-equal-sum-of-rows';

export const rules = [rowTotalsEqualSumOfColumns, rowsComplete, sharesMatchCounts, sharesSumTo100, totalsEqualSumOfRows];
