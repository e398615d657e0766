import matchesProjektbilaga from './matches-projektbilaga';

export const crossRules = [matchesProjektbilaga];
