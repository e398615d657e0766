import analysStatesGrounds from './analys-states-grounds';
import analysisFiguresMatchResults from './analysis-figures-match-results';
import bedomningIsOneOfThree from './bedomning-is-one-of-three';
import everyControlHasResult from './every-control-has-result';
import requiredFields from './required-fields';
import resultsAreDistinct from './results-are-distinct';
import unitCountsAddUp from './unit-counts-add-up';

export const rules = [analysStatesGrounds, analysisFiguresMatchResults, bedomningIsOneOfThree, everyControlHasResult, requiredFields, resultsAreDistinct, unitCountsAddUp];
