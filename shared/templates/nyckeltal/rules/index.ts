import bothYearsFilled from './both-years-filled';
import columnYearsMatch from './column-years-match';
import contactFieldsFilled from './contact-fields-filled';
import kfIndikatorMatchesTitle from './kf-indikator-matches-title';
import nyckeltalEqualsUnderlagRatio from './nyckeltal-equals-underlag-ratio';
import precisionMatchesPreviousYear from './precision-matches-previous-year';
import sameUnderlagSameValue from './same-underlag-same-value';
import titleUnitMatchesUnderlagUnit from './title-unit-matches-underlag-unit';
import underlagPresentForPrintedValue from './underlag-present-for-printed-value';
import valuesInRange from './values-in-range';
import valuesOrReason from './values-or-reason';

export const rules = [
  bothYearsFilled,
  columnYearsMatch,
  contactFieldsFilled,
  kfIndikatorMatchesTitle,
  nyckeltalEqualsUnderlagRatio,
  precisionMatchesPreviousYear,
  sameUnderlagSameValue,
  titleUnitMatchesUnderlagUnit,
  underlagPresentForPrintedValue,
  valuesInRange,
  valuesOrReason,
];
