import aktivitetFilled from './aktivitet-filled';
import ansvarigFilled from './ansvarig-filled';
import everyTableHasActivities from './every-table-has-activities';
import everyTableHasHeading from './every-table-has-heading';
import tidplanWithinPlanYear from './tidplan-within-plan-year';
import uppfoljningIsReportingPoints from './uppfoljning-is-reporting-points';

export const rules = [aktivitetFilled, ansvarigFilled, everyTableHasActivities, everyTableHasHeading, tidplanWithinPlanYear, uppfoljningIsReportingPoints];
