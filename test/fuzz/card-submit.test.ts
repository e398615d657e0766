import { describeTarget } from './support/jest-target';
import { cardSubmitTarget } from './targets/card-submit';

describeTarget(cardSubmitTarget);
