import ansvarigFilled from './ansvarig-filled';
import requiredFields from './required-fields';
import tidsplanWithinPlanPeriod from './tidsplan-within-plan-period';
import uppfoljningIsReportingPoints from './uppfoljning-is-reporting-points';

export const rules = [ansvarigFilled, requiredFields, tidsplanWithinPlanPeriod, uppfoljningIsReportingPoints];
