import { describeTarget } from './support/jest-target';
import { odataTarget } from './targets/odata';

describeTarget(odataTarget);
