import ackumuleradOverforingEqualsMinusResultat from './ackumulerad-overforing-equals-minus-resultat';
import ackumuleradOverforingWithinCap from './ackumulerad-overforing-within-cap';
import ackumuleradProcentEqualsOverforingOverBruttobudget from './ackumulerad-procent-equals-overforing-over-bruttobudget';
import amountsAreNumbers from './amounts-are-numbers';
import aretsProcentEqualsResultatOverBruttobudget from './arets-procent-equals-resultat-over-bruttobudget';
import aretsResultatWithin5PercentOfBruttobudget from './arets-resultat-within-5-percent-of-bruttobudget';
import headerYearsMatchReportYear from './header-years-match-report-year';
import summaEqualsSumOfUnits from './summa-equals-sum-of-units';
import tioProcentEquals10PercentOfBruttobudget from './tio-procent-equals-10-percent-of-bruttobudget';
import unitsOrNilStatement from './units-or-nil-statement';
import varav5ProcentEquals5PercentOfBruttobudget from './varav-5-procent-equals-5-percent-of-bruttobudget';
import varav5ProcentKeepsItsFormula from './varav-5-procent-keeps-its-formula';

export const rules = [
  ackumuleradOverforingEqualsMinusResultat,
  ackumuleradOverforingWithinCap,
  ackumuleradProcentEqualsOverforingOverBruttobudget,
  amountsAreNumbers,
  aretsProcentEqualsResultatOverBruttobudget,
  aretsResultatWithin5PercentOfBruttobudget,
  headerYearsMatchReportYear,
  summaEqualsSumOfUnits,
  tioProcentEquals10PercentOfBruttobudget,
  unitsOrNilStatement,
  varav5ProcentEquals5PercentOfBruttobudget,
  varav5ProcentKeepsItsFormula,
];
