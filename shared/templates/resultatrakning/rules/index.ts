import amountsAreNumbers from './amounts-are-numbers';
import markedLinesFollowTheirSign from './marked-lines-follow-their-sign';
import summaryLinesEqualTheirParts from './summary-lines-equal-their-parts';
import totaltEqualsSumOfCounterparts from './totalt-equals-sum-of-counterparts';

export const rules = [amountsAreNumbers, markedLinesFollowTheirSign, summaryLinesEqualTheirParts, totaltEqualsSumOfCounterparts];
