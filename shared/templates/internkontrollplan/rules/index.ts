import controlContextMatchesVor from './control-context-matches-vor';
import controlReferencesStarredRisk from './control-references-starred-risk';
import hasRequiredColumns from './has-required-columns';
import requiredFields from './required-fields';
import starredRisksHaveControls from './starred-risks-have-controls';

export const rules = [controlContextMatchesVor, controlReferencesStarredRisk, hasRequiredColumns, requiredFields, starredRisksHaveControls];
