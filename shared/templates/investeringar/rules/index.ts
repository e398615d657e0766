import amountsAreNumbers from './amounts-are-numbers';
import avvikelseEqualsVpMinusPrognos from './avvikelse-equals-vp-minus-prognos';
import columnYearsMatchReportYear from './column-years-match-report-year';
import titleYearMatchesReportYear from './title-year-matches-report-year';

export const rules = [amountsAreNumbers, avvikelseEqualsVpMinusPrognos, columnYearsMatchReportYear, titleYearMatchesReportYear];
