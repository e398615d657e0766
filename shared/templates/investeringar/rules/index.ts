import amountsAreNumbers from './amounts-are-numbers';
import amountsFilled from './amounts-filled';
import avvikelseEqualsVpMinusPrognos from './avvikelse-equals-vp-minus-prognos';
import avvikelseIsTemplateFormula from './avvikelse-is-template-formula';
import columnYearsMatchReportYear from './column-years-match-report-year';
import titleYearMatchesReportYear from './title-year-matches-report-year';
import utgifterNotNegative from './utgifter-not-negative';

export const rules = [amountsAreNumbers, amountsFilled, avvikelseEqualsVpMinusPrognos, avvikelseIsTemplateFormula, columnYearsMatchReportYear, titleYearMatchesReportYear, utgifterNotNegative];
