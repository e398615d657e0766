import ansvarigFilled from './ansvarig-filled';
import maldatumWithinPlanYear from './maldatum-within-plan-year';
import oneVpMalPerRow from './one-vp-mal-per-row';
import requiredFields from './required-fields';
import ubaraIsOneOfFive from './ubara-is-one-of-five';
import uppfoljningFilledAtFollowUp from './uppfoljning-filled-at-follow-up';

export const rules = [ansvarigFilled, maldatumWithinPlanYear, oneVpMalPerRow, requiredFields, ubaraIsOneOfFive, uppfoljningFilledAtFollowUp];
