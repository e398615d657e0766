import ackumuleradOverforingEqualsMinusResultat from './ackumulerad-overforing-equals-minus-resultat';
import ackumuleradOverforingWithinCap from './ackumulerad-overforing-within-cap';
import ackumuleradProcentEqualsOverforingOverBruttobudget from './ackumulerad-procent-equals-overforing-over-bruttobudget';
import amountsAreNumbers from './amounts-are-numbers';
import aretsProcentEqualsResultatOverBruttobudget from './arets-procent-equals-resultat-over-bruttobudget';
import aretsResultatWithin5PercentOfBruttobudget from './arets-resultat-within-5-percent-of-bruttobudget';
import columnNumbersAsPrinted from './column-numbers-as-printed';
import headerYearsMatchReportYear from './header-years-match-report-year';
import summaEqualsSumOfUnits from './summa-equals-sum-of-units';
import templateFormulasIntact from './template-formulas-intact';
import tioProcentEquals10PercentOfBruttobudget from './tio-procent-equals-10-percent-of-bruttobudget';
import unitsOrNilStatement from './units-or-nil-statement';
import varav5ProcentEquals5PercentOfBruttobudget from './varav-5-procent-equals-5-percent-of-bruttobudget';

export const rules = [
  ackumuleradOverforingEqualsMinusResultat,
  ackumuleradOverforingWithinCap,
  ackumuleradProcentEqualsOverforingOverBruttobudget,
  amountsAreNumbers,
  aretsProcentEqualsResultatOverBruttobudget,
  aretsResultatWithin5PercentOfBruttobudget,
  columnNumbersAsPrinted,
  headerYearsMatchReportYear,
  summaEqualsSumOfUnits,
  templateFormulasIntact,
  tioProcentEquals10PercentOfBruttobudget,
  unitsOrNilStatement,
  varav5ProcentEquals5PercentOfBruttobudget,
];
