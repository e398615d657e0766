import ansvarigFilled from './ansvarig-filled';
import everyTableHasActivities from './every-table-has-activities';
import tidplanWithinPlanYear from './tidplan-within-plan-year';
import uppfoljningIsReportingPoints from './uppfoljning-is-reporting-points';

export const rules = [ansvarigFilled, everyTableHasActivities, tidplanWithinPlanYear, uppfoljningIsReportingPoints];
