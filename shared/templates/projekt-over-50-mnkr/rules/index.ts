import amountsAreNumbers from './amounts-are-numbers';
import budgetOrTotalDeviationIsCommented from './budget-or-total-deviation-is-commented';
import dateDeviationIsExplained from './date-deviation-is-explained';
import everyPairHasYearLabel from './every-pair-has-year-label';
import groupYearsFollowTheReportYear from './group-years-follow-the-report-year';
import kostnadPositiveIntaktNegative from './kostnad-positive-intakt-negative';
import projectOver50MnkrOrStrategic from './project-over-50-mnkr-or-strategic';
import startDateNotAfterEndDate from './start-date-not-after-end-date';
import summaEqualsSumOfProjectRows from './summa-equals-sum-of-project-rows';
import summaKeepsItsFormulas from './summa-keeps-its-formulas';
import summaRowLabelled from './summa-row-labelled';
import totalPrognosEqualsAckPlusPrognoses from './total-prognos-equals-ack-plus-prognoses';

export const rules = [
  amountsAreNumbers,
  budgetOrTotalDeviationIsCommented,
  dateDeviationIsExplained,
  everyPairHasYearLabel,
  groupYearsFollowTheReportYear,
  kostnadPositiveIntaktNegative,
  projectOver50MnkrOrStrategic,
  startDateNotAfterEndDate,
  summaEqualsSumOfProjectRows,
  summaKeepsItsFormulas,
  summaRowLabelled,
  totalPrognosEqualsAckPlusPrognoses,
];
