import avtalsperiodStartBeforeEnd from './avtalsperiod-start-before-end';
import emailAddressesValid from './email-addresses-valid';
import everySectionHasRows from './every-section-has-rows';
import kategoriklassWithinKategorifamilj from './kategoriklass-within-kategorifamilj';
import kontraktsvardeOver1Mnkr from './kontraktsvarde-over-1-mnkr';
import planeradStartInPlanYear from './planerad-start-in-plan-year';
import requiredFieldsFilled from './required-fields-filled';
import vardeUnitMatchesHeader from './varde-unit-matches-header';

export const rules = [
  avtalsperiodStartBeforeEnd,
  emailAddressesValid,
  everySectionHasRows,
  kategoriklassWithinKategorifamilj,
  kontraktsvardeOver1Mnkr,
  planeradStartInPlanYear,
  requiredFieldsFilled,
  vardeUnitMatchesHeader,
];
