import { describeTarget } from './support/jest-target';
import { restSurfaceTarget } from './targets/rest-surface';

describeTarget(restSurfaceTarget);
