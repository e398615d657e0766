import figuresMatchPreviousEdition from './figures-match-previous-edition';
import introCountsNewProjects from './intro-counts-new-projects';
import matchesStatsbidragApplication from './matches-statsbidrag-application';

export const crossRules = [figuresMatchPreviousEdition, introCountsNewProjects, matchesStatsbidragApplication];
