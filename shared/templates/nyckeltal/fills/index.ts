import nyckeltalFromUnderlag from './nyckeltal-from-underlag';
import previousYearFromLastReport from './previous-year-from-last-report';
import underlagFromOtherForm from './underlag-from-other-form';

export const fills = [nyckeltalFromUnderlag, underlagFromOtherForm, previousYearFromLastReport];
