import controlContextMatchesVorFile from './control-context-matches-vor-file';
import controlReferencesStarredRiskInVorFile from './control-references-starred-risk-in-vor-file';
import starredRisksInVorFileHaveControls from './starred-risks-in-vor-file-have-controls';

export const crossRules = [controlContextMatchesVorFile, controlReferencesStarredRiskInVorFile, starredRisksInVorFileHaveControls];
