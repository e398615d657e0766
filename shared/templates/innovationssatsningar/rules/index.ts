import budgetInOneUnit from './budget-in-one-unit';
import requiredFieldsFilled from './required-fields-filled';
import tidplanHasStartAndEnd from './tidplan-has-start-and-end';
import typIsVerksamhetsutvecklingOrTestbadd from './typ-is-verksamhetsutveckling-or-testbadd';

export const rules = [budgetInOneUnit, requiredFieldsFilled, tidplanHasStartAndEnd, typIsVerksamhetsutvecklingOrTestbadd];
