import controlContextMatchesVor from './control-context-matches-vor';
import controlHasGoal from './control-has-goal';
import controlReferencesStarredRisk from './control-references-starred-risk';
import hasRequiredColumns from './has-required-columns';
import requiredFields from './required-fields';
import rvIsARiskValue from './rv-is-a-risk-value';
import starredRisksHaveControls from './starred-risks-have-controls';

export const rules = [controlContextMatchesVor, controlHasGoal, controlReferencesStarredRisk, hasRequiredColumns, requiredFields, rvIsARiskValue, starredRisksHaveControls];
