import { rules } from '../../../../shared/templates/ansokan-avveckling-lokaler/rules';
import { goldenSuite } from '../../../support/golden';

// An empty form is no application: nothing to demand, nothing to report. Every rule of the pack
// must stay silent on the blank editions, so that a nämnd with no lokaler to give up sees no noise.
const ALL_RULES = rules.map((r) => r.meta.id);
const empty = { check: 'form is empty (no application)', holds: true, silent: ALL_RULES };

goldenSuite([
  { index: 10, template: 'ansokan-avveckling-lokaler', edition: 'ansokan', checks: [empty] },
  { index: 11, template: 'ansokan-avveckling-lokaler', edition: 'ansokan', checks: [empty] },
  { index: 12, template: 'ansokan-avveckling-lokaler', edition: 'vp-2022', checks: [empty] },
]);
