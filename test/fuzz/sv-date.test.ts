import { describeTarget } from './support/jest-target';
import { svDateTarget } from './targets/sv-date';

describeTarget(svDateTarget);
