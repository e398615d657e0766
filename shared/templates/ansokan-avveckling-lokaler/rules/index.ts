import amountsAreNumbers from './amounts-are-numbers';
import areaIsPositive from './area-is-positive';
import datesAreReadable from './dates-are-readable';
import exactlyOneOfJaNej from './exactly-one-of-ja-nej';
import medelRequestedAsBudgetAdjustment from './medel-requested-as-budget-adjustment';
import medelRequiresBeskrivning from './medel-requires-beskrivning';
import returnAfterContractEndIsCommented from './return-after-contract-end-is-commented';

export const rules = [
  amountsAreNumbers,
  areaIsPositive,
  datesAreReadable,
  exactlyOneOfJaNej,
  medelRequestedAsBudgetAdjustment,
  medelRequiresBeskrivning,
  returnAfterContractEndIsCommented,
];
