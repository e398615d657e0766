import { describeTarget } from './support/jest-target';
import { svNumberTarget } from './targets/sv-number';

describeTarget(svNumberTarget);
